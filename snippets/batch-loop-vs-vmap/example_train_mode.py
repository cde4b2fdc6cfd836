"""When the loop is NOT the batch: train-mode BatchNorm (per-batch statistics) and Dropout (randomness)."""
import torch
from torch import nn
from torch.func import replace_all_batch_norm_modules_, vmap

net = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU())
x = torch.randn(5, 3, 8, 8)


def loop(x):
    return torch.cat([net(x[i][None]) for i in range(len(x))])


# %% train(): each 1-sample call uses that sample's mean/var, the batch uses the batch's
net.train()
with torch.no_grad():
    looped = loop(x)
    assert net[1].num_batches_tracked == 5  # running stats updated once per sample ...
    batched = net(x)
    assert net[1].num_batches_tracked == 6  # ... and once for the whole batch
assert not torch.allclose(looped, batched, atol=1e-3)
print("train mode, loop == batch:", torch.allclose(looped, batched, atol=1e-3))
try:  # BatchNorm1d on (B, features): one sample has one value per channel
    nn.BatchNorm1d(4).train()(torch.randn(1, 4))
except ValueError as err:
    print("BatchNorm1d, 1 sample:", err)
else:
    raise AssertionError("BatchNorm1d on one sample in train mode should fail")

# %% eval(): the running statistics are used, so every sample is treated the same
net.eval()
with torch.no_grad():
    looped, batched = loop(x), net(x)
assert torch.allclose(looped, batched, rtol=1e-5, atol=1e-5)
print("eval mode, loop == batch:", torch.allclose(looped, batched, rtol=1e-5, atol=1e-5))

# %% vmap refuses BatchNorm in train mode (it would update running stats per sample)
net.train()
try:
    vmap(lambda xi: net(xi[None])[0])(x)
except RuntimeError as err:
    print("vmap in train mode:", str(err).splitlines()[0])
else:
    raise AssertionError("vmap over a training BatchNorm should fail")

# %% replace_all_batch_norm_modules_ drops the running stats: vmap then equals the loop
replace_all_batch_norm_modules_(net)
assert net[1].running_mean is None and not net[1].track_running_stats
with torch.no_grad():
    assert torch.allclose(vmap(lambda xi: net(xi[None])[0])(x), loop(x), rtol=1e-5, atol=1e-5)
print("after replace_all_batch_norm_modules_: vmap == loop")

# %% Dropout: vmap wants to know whether samples share one random mask or get their own
drop = nn.Dropout(p=0.5).train()
ones = torch.ones(4, 6)
try:
    vmap(drop)(ones)
except RuntimeError as err:
    print("vmap(dropout):", str(err).split(".")[0])
else:
    raise AssertionError("vmap over a random op without randomness= should fail")
same = vmap(drop, randomness="same")(ones)
assert all(torch.equal(same[0], row) for row in same)  # one mask for every sample
different = vmap(drop, randomness="different")(ones)
assert set(different.unique().tolist()) <= {0.0, 2.0}  # kept values are scaled by 1 / (1 - p)
assert not all(torch.equal(different[0], row) for row in different)  # a mask per sample
print("randomness='same': every row equal:", all(torch.equal(same[0], row) for row in same))
