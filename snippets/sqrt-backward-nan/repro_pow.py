"""Reproduce: the blog post's line without a torch.where after it. At 0, sqrt's backward returns
inf (not nan), so anomaly mode names the next node: PowBackward0 computes 2 * 0 * inf = nan."""
import torch
import torch.nn.functional as F

pred = torch.zeros(1, 1, 6, 6)
pred[..., 3:] = 1.0
pred.requires_grad_()
sobel_x = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]]).view(1, 1, 3, 3)
grad_x = F.conv2d(pred, sobel_x, padding=1)
grad_y = F.conv2d(pred, sobel_x.transpose(2, 3), padding=1)

grad_mag = torch.sqrt(grad_x**2 + grad_y**2)
with torch.autograd.detect_anomaly():
    grad_mag.mean().backward()
