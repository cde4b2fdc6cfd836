"""Reproduce: an iterative (PGD-style) attack sets requires_grad on the image it just computed."""
import torch
import torch.nn.functional as F
from torch import nn

model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 8 * 8, 10)).eval()
images = torch.rand(4, 3, 8, 8)
labels = torch.tensor([0, 1, 2, 3])
eps, alpha = 8 / 255, 2 / 255

adv = images.clone()
for step in range(3):
    print(f"step {step}: adv.is_leaf = {adv.is_leaf}")
    # --8<-- [start:cause]
    adv.requires_grad = True           # fine at step 0; at step 1 adv was computed by the update below
    loss = F.cross_entropy(model(adv), labels)
    grad, = torch.autograd.grad(loss, adv)
    adv = adv + alpha * grad.sign()    # recorded by autograd: adv is no longer a leaf
    # --8<-- [end:cause]
    adv = torch.min(torch.max(adv, images - eps), images + eps).clamp(0, 1)
