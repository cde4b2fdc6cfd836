"""Reproducible random tensors with a seeded torch.Generator."""
import torch

# %% Same seed, same numbers
g1 = torch.Generator().manual_seed(42)
g2 = torch.Generator().manual_seed(42)
a = torch.rand(2, 3, generator=g1)
b = torch.rand(2, 3, generator=g2)
assert torch.equal(a, b)
print(a)

# %% A generator moves on: the next draw differs, re-seeding starts over
assert not torch.equal(torch.rand(2, 3, generator=g1), a)
g1.manual_seed(42)
assert torch.equal(torch.rand(2, 3, generator=g1), a)

# %% A private generator ignores the global seed
torch.manual_seed(0)
c = torch.rand(2, 3, generator=torch.Generator().manual_seed(42))
torch.manual_seed(1)
d = torch.rand(2, 3, generator=torch.Generator().manual_seed(42))
assert torch.equal(c, d) and torch.equal(c, a)

# %% The global stream is shared: one extra random call shifts everything after it
torch.manual_seed(0)
expected = torch.rand(3)
torch.manual_seed(0)
torch.rand(1)  # e.g. a new augmentation
assert not torch.equal(torch.rand(3), expected)

# %% A private generator does not consume the global stream
torch.manual_seed(0)
torch.randn(1000, generator=torch.Generator().manual_seed(7))  # e.g. data augmentation
assert torch.equal(torch.rand(3), expected)  # the global stream is where it was
print("global stream unaffected:", expected)
