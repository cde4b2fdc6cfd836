"""amax / amin over several dims, maximum vs max, and how the gradient treats ties."""
import torch

x = torch.tensor([[1.0, 5.0, 5.0],
                  [7.0, 2.0, 7.0]])

# %% amax / amin reduce one or several dims and return only the values
assert x.amax(dim=1).tolist() == [5.0, 7.0]
assert x.amax(dim=(0, 1)).item() == 7.0
feat = torch.randn(4, 3, 8, 8)
per_channel = feat.amax(dim=(0, 2, 3))  # max of each channel over batch, height, width
assert per_channel.shape == (3,)
assert torch.equal(per_channel, feat.permute(1, 0, 2, 3).reshape(3, -1).max(dim=1).values)
assert feat.amin(dim=(2, 3), keepdim=True).shape == (4, 3, 1, 1)
lo, hi = torch.aminmax(x)  # both at once
assert (lo.item(), hi.item()) == (1.0, 7.0)
print("amax(dim=1):", x.amax(dim=1).tolist(), "| per-channel amax shape:", tuple(per_channel.shape))

# %% Gradient with ties: max(dim) picks one index, amax splits evenly
a = x.clone().requires_grad_()
a.max(dim=1).values.sum().backward()
b = x.clone().requires_grad_()
b.amax(dim=1).sum().backward()
assert a.grad.tolist() == [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]
assert b.grad.tolist() == [[0.0, 0.5, 0.5], [0.5, 0.0, 0.5]]
assert torch.equal(a.grad.sum(dim=1), b.grad.sum(dim=1))  # the same total per row
c = x.clone().requires_grad_()
c.max().backward()  # the full reduction x.max() splits evenly too
assert c.grad.tolist() == [[0.0, 0.0, 0.0], [0.5, 0.0, 0.5]]
print("grad of max(dim=1):", a.grad.tolist())
print("grad of amax(dim=1):", b.grad.tolist())

# %% torch.maximum: elementwise max of two tensors (broadcasting), same shape out
y = torch.tensor([[4.0, 4.0, 9.0]])
both = torch.maximum(x, y)
assert both.shape == (2, 3) and both.tolist() == [[4.0, 5.0, 9.0], [7.0, 4.0, 9.0]]
assert torch.equal(torch.max(x, y), both)  # torch.max(tensor, tensor) is the same op
print("maximum(x, y):", both.tolist())
