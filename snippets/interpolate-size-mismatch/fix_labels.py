"""Fix: resize logits to labels.shape[-2:] (height, width), after checking that the labels are (N, H, W)."""
import torch
import torch.nn.functional as F


def as_class_map(labels: torch.Tensor) -> torch.Tensor:
    """Return labels as (N, H, W); accept label images saved as RGB with three equal channels."""
    if labels.dim() == 4 and labels.shape[-1] == 3:
        if not (torch.equal(labels[..., 0], labels[..., 1]) and torch.equal(labels[..., 0], labels[..., 2])):
            raise ValueError("RGB label image with different channels: map the colours to class ids first")
        labels = labels[..., 0]
    if labels.dim() != 3:
        raise ValueError(f"expected labels of shape (N, H, W), got {tuple(labels.shape)}")
    return labels


logits = torch.randn(2, 5, 56, 56, requires_grad=True)
gray = torch.randint(0, 5, (2, 224, 224))
labels_rgb = gray.unsqueeze(-1).expand(-1, -1, -1, 3)   # what the loader produced: (N, H, W, 3)

labels = as_class_map(labels_rgb)
# --8<-- [start:fix]
upsampled = F.interpolate(logits, size=labels.shape[-2:], mode="bilinear")  # (H, W) only
# --8<-- [end:fix]
loss = F.cross_entropy(upsampled, labels)
loss.backward()

assert labels.shape == (2, 224, 224) and torch.equal(labels, gray)
assert upsampled.shape == (2, 5, 224, 224)
assert torch.isfinite(loss) and logits.grad.shape == logits.shape
print("logits:", tuple(upsampled.shape), "| labels:", tuple(labels.shape))
