"""Multi-label (any number of labels per sample): C logits, BCEWithLogitsLoss, float multi-hot targets."""
import torch
from torch import nn

logits = torch.randn(4, 5)  # 4 samples, 5 independent labels
target = torch.tensor([[1, 0, 1, 0, 0],
                       [0, 0, 0, 0, 0],
                       [1, 1, 1, 1, 1],
                       [0, 1, 0, 0, 1]]).float()  # multi-hot, float, same shape as logits
loss = nn.BCEWithLogitsLoss()(logits, target)

# One independent binary cross-entropy per (sample, label), averaged over all of them.
p = torch.sigmoid(logits)
manual = -(target * torch.log(p) + (1 - target) * torch.log(1 - p)).mean()
assert torch.allclose(loss, manual, atol=1e-6)

# Independent probabilities, not a distribution: rows need not sum to 1, so a softmax or
# CrossEntropyLoss would be wrong here. Predict each label with its own threshold.
assert not torch.allclose(p.sum(dim=1), torch.ones(4))
pred = (logits > 0).int()  # same as p > 0.5
assert pred.shape == target.shape
print(f"BCEWithLogitsLoss: {loss.item():.4f} | predicted labels per sample: {pred.sum(dim=1).tolist()}")
