"""Fix: reach the model's own attributes through .module (an unwrap helper keeps code working unwrapped)."""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.num_classes = num_classes
        self.backbone = nn.Linear(16, 8)
        self.head = nn.Linear(8, num_classes)

    def forward(self, x):
        return self.head(self.embed(x))

    def embed(self, x):
        return torch.relu(self.backbone(x))


# --8<-- [start:fix]
def unwrap(model: nn.Module) -> nn.Module:
    """The user's model inside a DataParallel/DistributedDataParallel wrapper, or the model itself."""
    wrappers = (nn.DataParallel, nn.parallel.DistributedDataParallel)
    return model.module if isinstance(model, wrappers) else model


model = nn.DataParallel(Classifier())
features = unwrap(model).embed(torch.randn(4, 16))
# --8<-- [end:fix]

assert features.shape == (4, 8)
assert unwrap(model).num_classes == 10
assert unwrap(model) is model.module and unwrap(model.module) is model.module  # works wrapped or not

# Training still calls the wrapper (that is where the batch is split across GPUs).
logits = model(torch.randn(4, 16))
assert logits.shape == (4, 10)

# Save the unwrapped model: its keys have no "module." prefix, so a plain model can load them.
wrapped_keys = list(model.state_dict())
state = unwrap(model).state_dict()
assert wrapped_keys[0] == "module.backbone.weight" and list(state)[0] == "backbone.weight"
plain = Classifier()
plain.load_state_dict(state)
x = torch.randn(2, 16)
assert torch.equal(plain(x), model(x))
print("embed:", tuple(features.shape), "| num_classes:", unwrap(model).num_classes, "| saved keys:", list(state)[:2])
