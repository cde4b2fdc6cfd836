"""Fix for fine-tuning: drop the checkpoint entries whose shape differs, then load with strict=False."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        self.hidden = nn.Linear(8, 4)
        self.fc = nn.Linear(4, num_classes)

    def forward(self, x):
        return self.fc(torch.relu(self.hidden(x)))


torch.save(Net(num_classes=10).state_dict(), "pretrained.pt")
pretrained = torch.load("pretrained.pt", weights_only=True)

model = Net(num_classes=5)
fresh_fc = model.fc.weight.detach().clone()

# strict=False alone is not enough: it forgives missing and unexpected keys, not shape mismatches.
try:
    model.load_state_dict(pretrained, strict=False)
    raise AssertionError("expected a size mismatch")
except RuntimeError as exc:
    assert "size mismatch for fc.weight" in str(exc)

own = model.state_dict()
compatible = {k: v for k, v in pretrained.items() if k in own and v.shape == own[k].shape}
result = model.load_state_dict(compatible, strict=False)
assert result.missing_keys == ["fc.weight", "fc.bias"]  # stays freshly initialised: train it
assert result.unexpected_keys == []

assert torch.equal(model.hidden.weight, pretrained["hidden.weight"])  # backbone loaded
assert torch.equal(model.hidden.bias, pretrained["hidden.bias"])
assert torch.equal(model.fc.weight, fresh_fc)  # new 5-class head untouched
print("loaded:", sorted(compatible), "| missing:", result.missing_keys)
