"""Fix: start every attack step from a fresh leaf, adv.detach().requires_grad_()."""
import torch
import torch.nn.functional as F
from torch import nn

model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 8 * 8, 10)).eval()
images = torch.rand(4, 3, 8, 8)
labels = torch.tensor([0, 1, 2, 3])
eps, alpha = 8 / 255, 2 / 255

adv = images.clone()
for step in range(3):
    # --8<-- [start:fix]
    adv = adv.detach().requires_grad_(True)   # a new leaf that shares adv's values
    loss = F.cross_entropy(model(adv), labels)
    grad, = torch.autograd.grad(loss, adv)
    adv = adv.detach() + alpha * grad.sign()  # the update is data, not part of a graph
    # --8<-- [end:fix]
    adv = torch.min(torch.max(adv, images - eps), images + eps).clamp(0, 1)
    assert not adv.requires_grad and adv.is_leaf

with torch.no_grad():
    clean_loss = F.cross_entropy(model(images), labels).item()
    adv_loss = F.cross_entropy(model(adv), labels).item()
assert (adv - images).abs().max() <= eps + 1e-6 and 0 <= adv.min() and adv.max() <= 1
assert adv_loss > clean_loss                                # the attack did its job
assert all(p.grad is None for p in model.parameters())      # autograd.grad touched no .grad
print(f"loss on clean images {clean_loss:.3f} -> on adversarial images {adv_loss:.3f}")
