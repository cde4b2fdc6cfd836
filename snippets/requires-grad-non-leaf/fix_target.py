"""Fix: a target that must not be differentiated is detached (or computed under no_grad)."""
import torch
import torch.nn.functional as F
from torch import nn

teacher = nn.Linear(16, 4)
student = nn.Linear(16, 4)
x = torch.randn(8, 16)
optimizer = torch.optim.SGD(student.parameters(), lr=0.1)

# --8<-- [start:fix]
with torch.no_grad():                     # or: target = teacher(x).softmax(dim=-1).detach()
    target = teacher(x).softmax(dim=-1)
# --8<-- [end:fix]
assert not target.requires_grad and target.grad_fn is None

before = student.weight.detach().clone()
loss = F.kl_div(student(x).log_softmax(dim=-1), target, reduction="batchmean")
loss.backward()
optimizer.step()
assert student.weight.grad is not None and not torch.equal(student.weight, before)
assert teacher.weight.grad is None        # nothing flowed into the teacher
print(f"distillation loss {loss.item():.4f}; student updated, teacher untouched")
