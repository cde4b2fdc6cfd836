"""Fix: check that prediction and mask have the same shape, then reduce an elementwise product per sample."""
import torch


def dice_score(pred: torch.Tensor, mask: torch.Tensor, eps: float = 1e-6) -> torch.Tensor:
    """Dice coefficient per sample for (N, 1, H, W) predictions and masks."""
    if pred.shape != mask.shape:
        raise ValueError(f"pred {tuple(pred.shape)} and mask {tuple(mask.shape)} must have the same shape")
    dims = tuple(range(1, pred.dim()))                         # every dim except the batch
    # --8<-- [start:fix]
    intersection = (pred * mask).sum(dim=dims)                 # one dot product per sample
    total = pred.sum(dim=dims) + mask.sum(dim=dims)
    # --8<-- [end:fix]
    return (2 * intersection + eps) / (total + eps)


pred = torch.rand(2, 1, 8, 8)
rgb_mask = torch.rand(2, 8, 8, 3).round().permute(0, 3, 1, 2)  # (N, 3, H, W), as in repro.py

try:
    dice_score(pred, rgb_mask)
    raise AssertionError("expected a ValueError for the 3-channel mask")
except ValueError as exc:
    print("caught:", exc)

mask = rgb_mask[:, :1]                                          # the three channels are copies: keep one
scores = dice_score(pred, mask)
assert scores.shape == (2,)
# Same numbers as torch.dot on each flattened sample, now that the lengths agree.
for i in range(2):
    p, m = pred[i].reshape(-1), mask[i].reshape(-1)
    assert p.numel() == m.numel() == 64
    expected = (2 * torch.dot(p, m) + 1e-6) / (p.sum() + m.sum() + 1e-6)
    assert torch.allclose(scores[i], expected)
print("dice per sample:", tuple(scores.shape))
