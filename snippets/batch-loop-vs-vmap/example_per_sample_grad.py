"""Per-sample gradients: torch.func.vmap(torch.func.grad(...)) vs a loop of backward() calls."""
import torch
from torch import nn
from torch.func import functional_call, grad, vmap

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
params = {name: p.detach() for name, p in model.named_parameters()}
xs, ys = torch.randn(6, 4), torch.randn(6, 1)


# %% The loss of ONE sample, as a function of the parameters
def sample_loss(params, x, y):
    pred = functional_call(model, params, (x[None],))  # a batch of one
    return nn.functional.mse_loss(pred, y[None])


# %% vmap over the samples (dim 0 of xs and ys), not over the parameters (None)
per_sample = vmap(grad(sample_loss), in_dims=(None, 0, 0))(params, xs, ys)
for name, g in per_sample.items():
    assert g.shape == (6, *params[name].shape)  # one gradient per sample
    print(f"{name}: {tuple(g.shape)}")

# %% The same with a loop: one backward() per sample
for i in range(len(xs)):
    model.zero_grad()
    nn.functional.mse_loss(model(xs[i:i + 1]), ys[i:i + 1]).backward()
    for name, p in model.named_parameters():
        assert torch.allclose(p.grad, per_sample[name][i], rtol=1e-5, atol=1e-6)

# %% Their mean is the gradient of the batch-mean loss
model.zero_grad()
nn.functional.mse_loss(model(xs), ys).backward()
for name, p in model.named_parameters():
    assert torch.allclose(p.grad, per_sample[name].mean(dim=0), rtol=1e-5, atol=1e-6)
print("vmap(grad) == loop of backward(); mean == batch gradient")
