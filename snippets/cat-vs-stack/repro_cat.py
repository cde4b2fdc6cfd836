"""Reproduce: torch.cat needs equal sizes in every dimension except the one it joins along."""
import torch

a = torch.randn(2, 3)
b = torch.randn(2, 4)
torch.cat([a, b], dim=0)  # joins rows, but the rows have 3 and 4 columns
