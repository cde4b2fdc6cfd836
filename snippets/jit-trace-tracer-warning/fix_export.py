"""Fix, the current way: torch.export with dynamic shapes instead of the deprecated torch.jit.trace."""
import torch
import torch.nn.functional as F
from torch import nn
from torch.export import Dim, export


class Fuse(nn.Module):
    def forward(self, c, att):
        att = F.interpolate(att, c.size()[2:], mode="bilinear", align_corners=False)
        return c * att


# Height and width of both inputs may vary; batch and channels stay as in the example.
H, W, h, w = Dim("H", min=2), Dim("W", min=2), Dim("h", min=2), Dim("w", min=2)
dynamic_shapes = {"c": {2: H, 3: W}, "att": {2: h, 3: w}}
model = Fuse().eval()
example = (torch.randn(1, 4, 32, 32), torch.randn(1, 4, 16, 16))
exported = export(model, example, dynamic_shapes=dynamic_shapes).module()

for c_hw, att_hw in [((32, 32), (16, 16)), ((24, 40), (24, 40))]:  # two sizes, neither specialised
    c, att = torch.randn(1, 4, *c_hw), torch.randn(1, 4, *att_hw)
    out = exported(c, att)
    assert torch.allclose(out, model(c, att)), (c_hw, att_hw)
    print(f"c {c_hw}, att {att_hw}: exported {tuple(out.shape)} == eager")


# The blog post's original `if` does not fail silently under torch.export: the branch becomes a guard
# that rejects inputs taking the other branch, instead of computing a wrong result.
class FuseIf(nn.Module):
    def forward(self, c, att):
        if c.size()[2:] != att.size()[2:]:
            att = F.interpolate(att, c.size()[2:], mode="bilinear", align_corners=False)
        return c * att


guarded = export(FuseIf().eval(), example, dynamic_shapes=dynamic_shapes).module()
assert torch.allclose(guarded(*example), FuseIf()(*example))
try:
    guarded(torch.randn(1, 4, 16, 16), torch.randn(1, 4, 16, 16))
except AssertionError as exc:
    print("original `if`, other branch:", str(exc).splitlines()[0])
else:
    raise AssertionError("expected the guard to reject inputs of equal sizes")
