"""Fix: reduce to one element first (sum, mean), then call .item(); use .tolist() for many values."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(10, 3)
x, labels = torch.randn(8, 10), torch.randint(0, 3, (8,))

with torch.no_grad():
    preds = model(x).argmax(dim=1)
# --8<-- [start:fix]
correct = (preds == labels).sum().item()  # one Python int: how many are right
# --8<-- [end:fix]
assert isinstance(correct, int) and correct == sum(p == l for p, l in zip(preds.tolist(), labels.tolist()))
accuracy = (preds == labels).float().mean().item()
assert accuracy == correct / len(labels)

# All the values, for logging or JSON: .tolist() works for any shape.
per_sample = (preds == labels).tolist()
assert len(per_sample) == 8 and sum(per_sample) == correct

# .item() needs exactly one element, whatever the number of dimensions.
assert torch.tensor([[3.5]]).item() == 3.5
print(f"accuracy: {correct}/{len(labels)}")
