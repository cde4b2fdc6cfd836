"""dtype, device and the *_like constructors (same shape, dtype and device as the input)."""
import torch

# %% dtype and device arguments
device = "cpu"  # or "cuda", "cuda:1", "mps" ... wherever the tensor should live
m = torch.zeros(2, 3, dtype=torch.float16, device=device)
assert m.dtype == torch.float16 and m.device == torch.device(device)
idx = torch.ones(2, 3, dtype=torch.long)
assert idx.dtype == torch.int64
print(m.dtype, m.device, "|", idx.dtype)

# %% *_like copies shape, dtype and device from its input
base = torch.tensor([[1, 2, 3], [4, 5, 6]], dtype=torch.int16)
for like in (torch.zeros_like(base), torch.ones_like(base), torch.full_like(base, 9),
             torch.empty_like(base), torch.randint_like(base, 10)):
    assert like.shape == base.shape and like.dtype == base.dtype and like.device == base.device
assert torch.zeros_like(base).sum() == 0 and torch.full_like(base, 9).sum() == 54
mask = base > 2
assert torch.zeros_like(mask).dtype == torch.bool  # a bool mask gives a bool "zeros"
print(torch.ones_like(base))

# %% Override the dtype: rand_like / randn_like need a floating-point dtype
noise = torch.rand_like(base, dtype=torch.float32)
assert noise.shape == base.shape and noise.dtype == torch.float32
try:
    torch.rand_like(base)  # int16 input -> int16 output: not possible for rand
except NotImplementedError as e:
    print("rand_like(int16 tensor):", type(e).__name__, "-", e)
else:
    raise AssertionError("rand_like on an integer tensor should fail")
