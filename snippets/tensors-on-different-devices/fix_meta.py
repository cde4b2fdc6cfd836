"""Fix for a model left on the meta device: give it real memory and load the weights into it."""
import torch
from torch import nn

torch.save(nn.Linear(3, 2).state_dict(), "checkpoint.pt")    # the trained weights, on disk
state_dict = torch.load("checkpoint.pt", weights_only=True)

with torch.device("meta"):
    model = nn.Linear(3, 2)                      # built without memory, as in repro_meta.py

# Either allocate on a real device, then copy the values in ...
model.to_empty(device="cpu")                     # uninitialised memory on the CPU
model.load_state_dict(state_dict)
# ... or let load_state_dict put the checkpoint's own tensors in place of the meta ones.
with torch.device("meta"):
    model2 = nn.Linear(3, 2)
model2.load_state_dict(state_dict, assign=True)

x = torch.randn(4, 3)
for m in (model, model2):
    assert all(p.device.type == "cpu" for p in m.parameters())   # nothing left on meta
    assert torch.equal(m.weight, state_dict["weight"]) and torch.equal(m.bias, state_dict["bias"])
    assert torch.allclose(m(x), x @ state_dict["weight"].T + state_dict["bias"])
print("parameters on", model.weight.device, "| output", tuple(model(x).shape), "| values from the checkpoint")
