"""Fix: unfreeze only the parameters that can have gradients (floating point or complex)."""
import torch
from torch import nn


class Int8Linear(nn.Module):
    """A weight-only quantized linear layer: int8 weight plus one float scale, both frozen."""

    def __init__(self, weight: torch.Tensor):
        super().__init__()
        scale = weight.abs().amax() / 127
        self.qweight = nn.Parameter(torch.round(weight / scale).to(torch.int8), requires_grad=False)
        self.scale = nn.Parameter(scale, requires_grad=False)

    def forward(self, x):
        return x @ (self.qweight.float() * self.scale).T


model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), Int8Linear(torch.randn(2, 4)))
# --8<-- [start:fix]
for p in model.parameters():
    p.requires_grad_(p.is_floating_point() or p.is_complex())
# --8<-- [end:fix]
trainable = [name for name, p in model.named_parameters() if p.requires_grad]
assert trainable == ["0.weight", "0.bias", "2.scale"], trainable
assert not model[2].qweight.requires_grad

model(torch.randn(3, 4)).sum().backward()
assert model[0].weight.grad is not None and model[2].scale.grad is not None
assert model[2].qweight.grad is None
print("trainable:", trainable, "| int8 weight stays frozen")
