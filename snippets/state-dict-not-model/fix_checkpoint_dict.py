"""Fix for training checkpoints: find the weights inside the dict (or raise a clear error), then load them."""
import torch
from torch import nn

WEIGHT_KEYS = ("state_dict", "model_state_dict", "model", "net", "weights")


def extract_state_dict(checkpoint):
    """The model's weights from whatever torch.load returned: a state_dict or a training checkpoint."""
    if isinstance(checkpoint, nn.Module):
        return checkpoint.state_dict()
    if not isinstance(checkpoint, dict):
        raise TypeError(f"expected a dict or nn.Module from torch.load, got {type(checkpoint).__name__}")
    if checkpoint and all(isinstance(v, torch.Tensor) for v in checkpoint.values()):
        return checkpoint  # already a state_dict: parameter name -> tensor
    for key in WEIGHT_KEYS:
        if isinstance(checkpoint.get(key), dict):
            return extract_state_dict(checkpoint[key])
    raise ValueError(f"no model weights in this checkpoint; its keys are {sorted(checkpoint)}")


def build_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


trained = build_model()
optimizer = torch.optim.Adam(trained.parameters())
torch.save({"epoch": 10, "model_state_dict": trained.state_dict(),
            "optimizer_state_dict": optimizer.state_dict()}, "checkpoint.pth")

# --8<-- [start:fix]
checkpoint = torch.load("checkpoint.pth", map_location="cpu", weights_only=True)
model = build_model()
model.load_state_dict(extract_state_dict(checkpoint))
model.eval()
# --8<-- [end:fix]

x = torch.randn(3, 4)
with torch.no_grad():
    assert torch.equal(model(x), trained(x))
try:
    extract_state_dict({"epoch": 10, "optimizer_state_dict": optimizer.state_dict()})
    raise AssertionError("expected ValueError")
except ValueError as exc:
    print("a checkpoint without weights:", exc)
print("epoch", checkpoint["epoch"], "checkpoint loaded via key 'model_state_dict'")
