"""Fix: express the branch with tensor operations, so the whole forward() is one graph."""
import torch
from torch import nn


class ClippedHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        h = self.fc(x)
        # --8<-- [start:fix]
        # Divide by max(norm, 1): the same as `if norm > 1: h = h / norm`, without a Python branch.
        h = h / torch.clamp(h.norm(), min=1.0)
        # --8<-- [end:fix]
        return h


def reference(model, x):  # the original code, run eagerly
    h = model.fc(x)
    norm = h.norm()
    return h / norm if norm > 1.0 else h


model = ClippedHead()
compiled = torch.compile(model, fullgraph=True, backend="eager")  # raises if anything breaks the graph
small, large = 0.01 * torch.randn(2, 8), 100 * torch.randn(2, 8)
for x in (small, large):  # both sides of the old branch
    assert torch.allclose(compiled(x), reference(model, x), atol=1e-6)
assert model.fc(small).norm() <= 1.0 < model.fc(large).norm()  # the inputs really take both sides

explanation = torch._dynamo.explain(model)(large)
assert explanation.graph_count == 1 and explanation.graph_break_count == 0
print("one graph, no graph breaks; output matches eager on both sides of the branch")
