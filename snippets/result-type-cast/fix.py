"""Fix: average out of place in float, then store integer buffers back in their own dtype."""
import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))


torch.manual_seed(0)
clients = [make_model() for _ in range(3)]
for c in clients:  # one training-mode batch each, so num_batches_tracked becomes 1
    c(torch.randn(8, 4))
weights = [0.5, 0.3, 0.2]
client_sds = [c.state_dict() for c in clients]

global_sd = {}
for k, v in client_sds[0].items():
    # --8<-- [start:fix]
    avg = sum(w * sd[k].float() for w, sd in zip(weights, client_sds))  # new float tensor
    global_sd[k] = avg if v.is_floating_point() else avg.round().to(v.dtype)
    # --8<-- [end:fix]

global_model = make_model()
global_model.load_state_dict(global_sd)
w_ref = sum(w * c[0].weight for w, c in zip(weights, clients))
assert torch.allclose(global_model[0].weight, w_ref)
assert global_sd["1.num_batches_tracked"].dtype == torch.int64
assert global_sd["1.num_batches_tracked"].item() == 1
print("averaged", len(global_sd), "entries | num_batches_tracked:", global_sd["1.num_batches_tracked"].item())
