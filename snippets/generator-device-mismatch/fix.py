"""Fix: no global default device; the DataLoader shuffles on the CPU and each batch is moved to the device."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

# Objects that should live on the GPU are created there explicitly, or inside a scoped block.
with torch.device(device):
    model = nn.Linear(8, 2)
assert torch.get_default_device() == torch.device("cpu")  # the block did not change the global default

dataset = TensorDataset(torch.randn(64, 8), torch.arange(64))  # data stays on the CPU until needed
# --8<-- [start:fix]
loader = DataLoader(dataset, batch_size=16, shuffle=True, generator=torch.Generator().manual_seed(0))
for x, idx in loader:
    x = x.to(device)  # move each batch instead of making CUDA the default device
    out = model(x)
# --8<-- [end:fix]
    assert out.device.type == device.type and out.shape == (len(x), 2)

assert loader.generator.device.type == "cpu"
orders = []
for _ in range(2):  # two epochs from one generator: each a full, different permutation
    orders.append(torch.cat([idx for _, idx in loader]).tolist())
assert sorted(orders[0]) == sorted(orders[1]) == list(range(64))
assert orders[0] != orders[1]
print(f"model on {device.type}, batches moved to it, shuffling on the CPU generator")
