"""Reproduce: a DataLoader batch (a list of tensors) passed to the model as one argument."""
import torch
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

for batch in loader:               # batch == [x, mask, y]
    # --8<-- [start:cause]
    logits = model(batch)          # the whole list arrives as x; mask is missing
    # --8<-- [end:cause]
