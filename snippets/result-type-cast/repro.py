"""Reproduce: averaging client models in place (federated averaging) hits BatchNorm's int64 counter."""
import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))


clients = [make_model() for _ in range(3)]
weights = [0.5, 0.3, 0.2]  # e.g. proportional to each client's data
global_sd = {k: torch.zeros_like(v) for k, v in clients[0].state_dict().items()}
print({k: str(v.dtype) for k, v in global_sd.items() if not v.is_floating_point()})

for w, client in zip(weights, clients):
    for k, v in client.state_dict().items():
        # --8<-- [start:cause]
        global_sd[k].add_(v * w)  # in place: the result keeps global_sd[k]'s dtype
        # --8<-- [end:cause]
