"""Reproduce (needs a CUDA GPU): a shuffling DataLoader after torch.set_default_device("cuda")."""
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.set_default_device("cuda")  # factory functions, torch.randperm included, now create CUDA tensors
dataset = TensorDataset(torch.randn(64, 8), torch.randint(0, 2, (64,)))
loader = DataLoader(dataset, batch_size=16, shuffle=True)  # RandomSampler with a CPU torch.Generator()

# --8<-- [start:cause]
for x, y in loader:  # the sampler calls torch.randperm(64, generator=<CPU generator>) on the GPU
    pass
# --8<-- [end:cause]
