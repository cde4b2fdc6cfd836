"""Random and constant tensors: shapes, dtypes and value ranges (blog post Pytorch中知识点03, point 7)."""
import torch

# %% Uniform random numbers in [0, 1): the blog post's feature-map shapes
x1 = torch.rand((4, 256, 80, 80))
x2 = torch.rand((4, 512, 40, 40))
x3 = torch.rand((4, 1024, 20, 20))
x4 = torch.rand(4, 2048, 10, 10)  # the size can also be given as separate ints
assert x1.shape == (4, 256, 80, 80) and x2.shape == (4, 512, 40, 40)
assert x3.shape == (4, 1024, 20, 20) and x4.shape == (4, 2048, 10, 10)
assert x1.dtype == torch.float32  # the default dtype
assert x1.min() >= 0 and x1.max() < 1  # 0 can come out, 1 never does
print("rand:", x1.dtype, "min >= 0:", bool(x1.min() >= 0), "max < 1:", bool(x1.max() < 1))

# %% Standard normal numbers: mean 0, standard deviation 1
x = torch.randn((4, 3, 320, 320))
assert x.shape == (4, 3, 320, 320)
assert abs(x.mean().item()) < 0.01 and abs(x.std().item() - 1) < 0.01  # 1.2 M samples
mean_ok, std_ok = abs(x.mean().item()) < 0.01, abs(x.std().item() - 1) < 0.01
print("randn:", x.dtype, "|mean| < 0.01:", mean_ok, "|std - 1| < 0.01:", std_ok)

# %% Integers: randint's high is exclusive
labels = torch.randint(0, 3, (10_000,))  # values 0, 1, 2 -- never 3
assert labels.dtype == torch.int64
assert set(labels.unique().tolist()) == {0, 1, 2}
assert set(torch.randint(3, (10_000,)).unique().tolist()) == {0, 1, 2}  # low defaults to 0
print("randint(0, 3):", labels.unique().tolist(), labels.dtype)

# %% Constants: ones, zeros, full
ones, zeros = torch.ones(2, 3), torch.zeros(2, 3)
assert ones.shape == zeros.shape == (2, 3) and ones.dtype == zeros.dtype == torch.float32
assert ones.sum() == 6 and zeros.sum() == 0
sevens = torch.full((2, 3), 7.0)
assert torch.equal(sevens, 7 * ones)
int_sevens = torch.full((2, 3), 7)
assert int_sevens.dtype == torch.int64  # full infers the dtype from the fill value
assert (int_sevens + 0.5).dtype == torch.float32  # a float result is a new float32 tensor
print(sevens)

# %% Ranges: arange excludes the end; linspace includes it
assert torch.arange(5).tolist() == [0, 1, 2, 3, 4] and torch.arange(5).dtype == torch.int64
assert torch.arange(1, 10, 3).tolist() == [1, 4, 7]
steps = torch.arange(0, 1, 0.25)
assert steps.dtype == torch.float32 and steps.tolist() == [0.0, 0.25, 0.5, 0.75]
grid = torch.linspace(0, 1, 5)
assert grid.dtype == torch.float32 and grid.tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]
print("arange(0, 1, 0.25):", steps)
print("linspace(0, 1, 5):", grid)

# %% Pitfall: a float step can overshoot the "excluded" end
risky = torch.arange(1, 1.3, 0.1)  # length = ceil((1.3 - 1) / 0.1) ...
assert (1.3 - 1) / 0.1 > 3  # ... and in floating point that is 3.0000000000000004
assert len(risky) == 4  # 1.0, 1.1, 1.2 and 1.3 -- the end slipped in
assert len(torch.arange(1, 1.3 - 1e-6, 0.1)) == 3  # the docs: subtract a small epsilon from end
assert len(torch.linspace(1, 1.2, 3)) == 3  # or ask for the number of points instead
print("arange(1, 1.3, 0.1):", risky)
