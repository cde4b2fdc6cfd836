"""Writing into an expanded tensor: some ops refuse, others silently write to the shared memory."""
import torch

x = torch.zeros(2, 3)
e = x.unsqueeze(0).expand(4, -1, -1)  # 4 "copies" that are one memory block

# %% Vectorised in-place ops refuse
try:
    e.add_(1)
except RuntimeError as err:
    print("e.add_(1):", err)
else:
    raise AssertionError("add_ on an expanded tensor should fail")

# %% Indexed writes and fill_ go through, to x and to every "copy"
e[0, 0, 0] = 5.0
assert x[0, 0] == 5.0 and e[3, 0, 0] == 5.0  # one write, visible everywhere
e.fill_(7.0)
assert torch.all(x == 7.0)
print("after e[0, 0, 0] = 5 and e.fill_(7): x =", x.tolist())

# %% Clone (or repeat) before writing
c = e.clone()
c.add_(1)
c[0, 0, 0] = -1.0
assert torch.all(x == 7.0) and c[1, 0, 0] == 8.0 and c.stride() == (6, 3, 1)
print("clone: independent copy, strides", c.stride())
