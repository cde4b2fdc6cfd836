"""Fix (needs a CUDA GPU): keep the global CUDA default device, give the DataLoader a CUDA generator."""
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.set_default_device("cuda")
dataset = TensorDataset(torch.arange(64))  # sample i is the number i, to check the shuffle


def epoch_order(seed: int) -> list[int]:
    # --8<-- [start:fix]
    generator = torch.Generator(device="cuda").manual_seed(seed)  # same device as torch.randperm's output
    loader = DataLoader(dataset, batch_size=16, shuffle=True, generator=generator)
    # --8<-- [end:fix]
    order = []
    for (batch,) in loader:
        assert batch.device.type == "cuda"
        order += batch.tolist()
    return order


first = epoch_order(seed=0)
assert sorted(first) == list(range(64))  # every sample exactly once
assert first != list(range(64))          # and shuffled
assert epoch_order(seed=0) == first      # the seeded generator makes the order reproducible
print("64 samples per epoch, shuffled on the GPU, same order for the same seed")
