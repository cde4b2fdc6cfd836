"""Reproduce: sqrt(gx**2 + gy**2) is exactly 0 on flat pixels; keeping only the strong edges with
torch.where sends a zero gradient into sqrt there, and 0 / (2 * sqrt(0)) = 0 / 0 = nan."""
import torch
import torch.nn.functional as F

pred = torch.zeros(1, 1, 6, 6)
pred[..., 3:] = 1.0  # flat regions and one vertical edge
pred.requires_grad_()  # stands for a network's output
sobel_x = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]]).view(1, 1, 3, 3)
grad_x = F.conv2d(pred, sobel_x, padding=1)
grad_y = F.conv2d(pred, sobel_x.transpose(2, 3), padding=1)

# --8<-- [start:cause]
grad_mag = torch.sqrt(grad_x**2 + grad_y**2)  # the blog post's line
print("pixels with grad_mag == 0:", int((grad_mag == 0).sum()), "of", grad_mag.numel())
edges = torch.where(grad_mag > 1.0, grad_mag, torch.zeros_like(grad_mag))  # keep strong edges
# --8<-- [end:cause]

# Anomaly mode makes backward stop at the first node that returns nan and name it.
# (Enabled before the forward pass, it also prints where that node was created.)
with torch.autograd.detect_anomaly():
    edges.mean().backward()
