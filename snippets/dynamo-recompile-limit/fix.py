"""Fix: keep the changing number in a tensor (a buffer), so one compiled graph serves every step."""
import torch
from torch import nn

compiled_graphs = []


def counting_backend(gm, example_inputs):  # the "eager" backend, counting each compilation
    compiled_graphs.append(gm)
    return gm.forward


class FadeInBlock(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)
        # --8<-- [start:fix]
        self.register_buffer("step", torch.tensor(0), persistent=False)  # a tensor, not an int

    def forward(self, x):
        alpha = torch.clamp(self.step / 10, max=1.0)  # computed in the graph from the tensor's value
        # --8<-- [end:fix]
        return (1 - alpha) * x + alpha * self.fc(x)


def reference(model, x, step):  # the original int-based code, run eagerly
    alpha = min(1.0, step / 10)
    return (1 - alpha) * x + alpha * model.fc(x)


model = FadeInBlock()
compiled = torch.compile(model, fullgraph=True, backend=counting_backend)
x = torch.randn(4, 16)
for step in range(20):
    model.step.fill_(step)  # update in place: same tensor, new value
    assert torch.allclose(compiled(x), reference(model, x, step), atol=1e-6)

assert len(compiled_graphs) == 1, len(compiled_graphs)
print("20 steps, compiled", len(compiled_graphs), "time; outputs match the int version")
