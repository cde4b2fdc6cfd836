"""Fix: unpack the DataLoader batch into the arguments forward() expects."""
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 3)

    def forward(self, x, mask):
        return self.fc(x) * mask.unsqueeze(-1)


dataset = TensorDataset(torch.randn(10, 8), torch.ones(10), torch.randint(0, 3, (10,)))
loader = DataLoader(dataset, batch_size=4)
model = Tagger()

seen = 0
for batch in loader:
    # --8<-- [start:fix]
    x, mask, y = batch             # one name per tensor of the batch
    logits = model(x, mask)        # the inputs, in the order of forward(self, x, mask)
    # --8<-- [end:fix]
    loss = F.cross_entropy(logits, y)
    assert logits.shape == (len(x), 3) and torch.isfinite(loss)
    seen += len(x)
assert seen == len(dataset)

# Batches that are dicts (Hugging Face style) are unpacked by name instead:
inputs = {"x": torch.randn(2, 8), "mask": torch.ones(2)}
assert model(**inputs).shape == (2, 3)
print("samples seen:", seen)
