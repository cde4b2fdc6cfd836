"""Fix: move every input to the device the model's parameters are on; create new tensors there too."""
import torch
from torch import nn


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)
        # A constant tensor: register it as a buffer so model.to(device) moves it with the weights.
        self.register_buffer("scale", torch.tensor([2.0, 0.5]))

    def forward(self, x):
        noise = torch.zeros(x.shape[0], 2, device=x.device)   # new tensors: on the input's device
        return self.fc(x) * self.scale + noise


def predict(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    # --8<-- [start:fix]
    device = next(model.parameters()).device     # where the model really is
    return model(x.to(device))                    # Tensor.to returns a new tensor: use the result
    # --8<-- [end:fix]


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")   # picked at run time
model = Scaled().to(device)
x = torch.randn(4, 3)                            # from a DataLoader: on the CPU
out = predict(model, x)
assert out.device == model.fc.weight.device == model.scale.device
assert out.shape == (4, 2)

# Same numbers as a CPU computation of the same layer.
w, b = model.fc.weight.detach().cpu(), model.fc.bias.detach().cpu()
expected = (x @ w.T + b) * torch.tensor([2.0, 0.5])
assert torch.allclose(out.cpu(), expected, atol=1e-5)

# Without a GPU, the meta device checks the same thing: every tensor the model touches (input,
# buffer, the zeros made in forward) must follow it there, or the call raises.
on_meta = predict(Scaled().to("meta"), x)
assert on_meta.device.type == "meta" and on_meta.shape == (4, 2)
print("output on the model's device:", out.device == model.fc.weight.device, "| shape", tuple(out.shape),
      "| meta model -> output on", on_meta.device)
