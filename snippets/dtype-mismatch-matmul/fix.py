"""Fix: convert NumPy data to float32 once, where it enters PyTorch (or make the model float64 on purpose)."""
import numpy as np
import torch
from torch import nn

features = np.random.rand(4, 3)                 # float64
model = nn.Linear(3, 2)

# 1. Cast at the boundary; the three spellings give the same float32 tensor.
# --8<-- [start:fix]
a = torch.from_numpy(features).float()                      # from_numpy shares memory; .float() makes a float32 copy
# --8<-- [end:fix]
b = torch.as_tensor(features, dtype=torch.float32)
c = torch.from_numpy(features.astype(np.float32))
assert a.dtype == b.dtype == c.dtype == model.weight.dtype == torch.float32
assert torch.equal(a, b) and torch.equal(a, c)
out = model(a)
assert out.dtype == torch.float32 and out.shape == (4, 2)
# Same result as doing the maths by hand in float64, to float32 precision.
ref = features @ model.weight.detach().double().numpy().T + model.bias.detach().double().numpy()
assert np.allclose(out.detach().numpy(), ref, atol=1e-6)

# 2. Convolutions too: cast the image, not the layer.
image = torch.from_numpy(np.random.rand(1, 1, 5, 5)).float()
assert nn.Conv2d(1, 2, kernel_size=3)(image).dtype == torch.float32

# 3. When float64 precision is really wanted, convert the model instead (slower, twice the memory).
model64 = nn.Linear(3, 2).double()
out64 = model64(torch.from_numpy(features))
assert model64.weight.dtype == out64.dtype == torch.float64
print("float32 path:", out.dtype, tuple(out.shape), "| float64 model:", out64.dtype, tuple(out64.shape))
