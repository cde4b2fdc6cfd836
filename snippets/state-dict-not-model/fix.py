"""Fix: build the model from its code, then copy the saved weights into it with load_state_dict."""
import torch
from torch import nn


def build_model():
    """The architecture lives in code; the file only has the numbers."""
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


trained = build_model()
torch.save(trained.state_dict(), "model.pth")

# --8<-- [start:fix]
model = build_model()
model.load_state_dict(torch.load("model.pth", map_location="cpu", weights_only=True))
model.eval()
# --8<-- [end:fix]

x = torch.randn(3, 4)
with torch.no_grad():
    assert torch.equal(model(x), trained(x))  # the same weights give the same predictions
assert not model.training
print("loaded", len(model.state_dict()), "tensors into", type(model).__name__, "| output:", tuple(model(x).shape))
