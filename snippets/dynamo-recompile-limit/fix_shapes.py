"""Fix: mark the sequence dimension dynamic, so one graph handles every length."""
import torch
from torch import nn

torch._dynamo.config.fail_on_recompile_limit_hit = True  # kept on: a regression would raise here
compiled_graphs = []


def counting_backend(gm, example_inputs):
    compiled_graphs.append(gm)
    return gm.forward


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 8)

    def forward(self, x):
        return torch.relu(self.proj(x)).mean(dim=1)


encoder = Encoder()
compiled = torch.compile(encoder, backend=counting_backend)  # no dynamic=False
for seq_len in range(5, 25):
    batch = torch.randn(2, seq_len, 8)
    # --8<-- [start:fix]
    torch._dynamo.mark_dynamic(batch, 1)  # dim 1 (the sequence length) varies between batches
    out = compiled(batch)
    # --8<-- [end:fix]
    assert torch.allclose(out, encoder(batch), atol=1e-6)

assert len(compiled_graphs) == 1, len(compiled_graphs)
print("20 sequence lengths, compiled", len(compiled_graphs), "time")
