"""Alternative: make DDP's parameter list match what the loss uses: freeze (or remove) the unused branch before wrapping."""
import copy
import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

dist.init_process_group("gloo", init_method="file://" + os.path.abspath("rendezvous"), rank=0, world_size=1)


class MultiTaskNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
        self.classifier = nn.Linear(32, 3)
        self.decoder = nn.Linear(32, 16)  # only used for the "reconstruct" task

    def forward(self, x, task="classify"):
        h = self.encoder(x)
        return self.classifier(h) if task == "classify" else self.decoder(h)


net = MultiTaskNet()
# --8<-- [start:fix]
net.decoder.requires_grad_(False)  # not trained in this run: DDP does not wait for its gradients
model = DDP(net)                   # the default find_unused_parameters=False, no graph traversal
optimizer = torch.optim.SGD([p for p in net.parameters() if p.requires_grad], lr=0.1)
# --8<-- [end:fix]
reference = copy.deepcopy(net)
ref_optimizer = torch.optim.SGD([p for p in reference.parameters() if p.requires_grad], lr=0.1)

for step in range(3):
    x, y = torch.randn(8, 16), torch.randint(0, 3, (8,))
    for m, opt in ((model, optimizer), (reference, ref_optimizer)):
        loss = nn.functional.cross_entropy(m(x), y)
        loss.backward()
        opt.step()
        opt.zero_grad()

for (name, p), p_ref in zip(net.named_parameters(), reference.parameters()):
    assert torch.allclose(p, p_ref, atol=1e-6), name
dist.destroy_process_group()
print("3 steps with the decoder frozen; trained:", [n for n, p in net.named_parameters() if p.requires_grad])
