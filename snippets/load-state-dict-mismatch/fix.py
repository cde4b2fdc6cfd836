"""Fix: strip the 'module.' prefix before loading (or save model.module.state_dict() in the first place)."""
import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


class Net(nn.Module):
    def __init__(self, num_classes=5):
        super().__init__()
        self.hidden = nn.Linear(8, 4)
        self.fc = nn.Linear(4, num_classes)

    def forward(self, x):
        return self.fc(torch.relu(self.hidden(x)))


trained = nn.DataParallel(Net())
torch.save(trained.state_dict(), "checkpoint.pt")

model = Net()
state_dict = torch.load("checkpoint.pt", weights_only=True)
# --8<-- [start:fix]
consume_prefix_in_state_dict_if_present(state_dict, "module.")  # edits the dict in place
# --8<-- [end:fix]
result = model.load_state_dict(state_dict)  # strict=True: every key must match
assert result.missing_keys == [] and result.unexpected_keys == []

# Every tensor arrived, bit for bit, and the model computes what the trained one does.
reference = trained.module.state_dict()
assert model.state_dict().keys() == reference.keys()
assert all(torch.equal(model.state_dict()[k], reference[k]) for k in reference)
x = torch.randn(3, 8)
assert torch.equal(model(x), trained(x))

# Better at the source: save the unwrapped module, so the keys never get the prefix.
torch.save(trained.module.state_dict(), "checkpoint_clean.pt")
clean = torch.load("checkpoint_clean.pt", weights_only=True)
assert list(clean) == ["hidden.weight", "hidden.bias", "fc.weight", "fc.bias"]
print("loaded keys:", list(state_dict))
