"""Reproduce: int() on torch.where(...) to find a token's position, when the token occurs twice."""
import torch

SEP = 102
input_ids = torch.tensor([101, 7592, 102, 2088, 102])      # two separators
print("SEP positions:", torch.where(input_ids == SEP)[0].tolist())
sep_pos = int(torch.where(input_ids == SEP)[0])
