"""Fix: keep two genuinely different branches with torch.cond, which Dynamo captures as one op."""
import torch
from torch import nn


class ClippedHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        h = self.fc(x)
        norm = h.norm()
        # --8<-- [start:fix]
        h = torch.cond(norm > 1.0, lambda h, n: h / n, lambda h, n: h.clone(), (h, norm))
        # --8<-- [end:fix]
        return h


model = ClippedHead()
compiled = torch.compile(model, fullgraph=True, backend="eager")
for x in (0.01 * torch.randn(2, 8), 100 * torch.randn(2, 8)):
    h = model.fc(x)
    expected = h / h.norm() if h.norm() > 1.0 else h
    assert torch.allclose(compiled(x), expected, atol=1e-6)
print("torch.cond: both branches captured in one graph, results match eager")
