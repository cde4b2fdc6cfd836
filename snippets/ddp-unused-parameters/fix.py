"""Fix: find_unused_parameters=True lets DDP finish the reduction without the parameters that got no gradient."""
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
# The indices in the error count the parameters that require grad, in named_parameters() order.
names = [name for name, p in net.named_parameters() if p.requires_grad]
assert names[4:6] == ["decoder.weight", "decoder.bias"]  # "did not receive grad for rank 0: 4 5"

reference = copy.deepcopy(net)  # the same model trained without DDP
decoder_before = net.decoder.weight.detach().clone()
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
ref_optimizer = torch.optim.SGD(reference.parameters(), lr=0.1)
# --8<-- [start:fix]
model = DDP(net, find_unused_parameters=True)
# --8<-- [end:fix]
for step in range(3):
    x, y = torch.randn(8, 16), torch.randint(0, 3, (8,))
    for m, opt in ((model, optimizer), (reference, ref_optimizer)):
        loss = nn.functional.cross_entropy(m(x), y)
        loss.backward()
        opt.step()
        opt.zero_grad()

for (name, p), p_ref in zip(net.named_parameters(), reference.parameters()):
    assert torch.allclose(p, p_ref, atol=1e-6), name  # same training as without DDP
assert torch.equal(net.decoder.weight, decoder_before)  # the unused branch is left alone
dist.destroy_process_group()
print("3 steps with find_unused_parameters=True; unused:", names[4:6], "unchanged")
