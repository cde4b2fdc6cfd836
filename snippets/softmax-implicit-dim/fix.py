"""Fix: always name the dimension that holds the classes (usually the last one, dim=-1)."""
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.randn(2, 4, 3)  # (batch, time steps, classes)
# --8<-- [start:fix]
probs = F.softmax(logits, dim=-1)
log_probs = F.log_softmax(logits, dim=-1)
# --8<-- [end:fix]
assert torch.allclose(probs.sum(-1), torch.ones(2, 4))  # a distribution over the classes
assert torch.allclose(log_probs.exp(), probs)

# In a model: nn.Softmax(dim=...) too. Image logits (N, C, H, W) normalise over channels, dim=1.
head = nn.Sequential(nn.Conv2d(3, 5, kernel_size=1), nn.Softmax(dim=1))
seg = head(torch.randn(2, 3, 8, 8))
assert torch.allclose(seg.sum(1), torch.ones(2, 8, 8))
print("class probabilities sum to 1:", [round(v, 3) for v in probs[0].sum(-1).tolist()])
