"""Reproduce: reentrant activation checkpointing after a frozen layer (the LoRA / fine-tuning setup)."""
import torch
from torch.utils.checkpoint import checkpoint

frozen = torch.nn.Linear(3, 3).requires_grad_(False)   # e.g. frozen embeddings
block = torch.nn.Linear(3, 1)                           # trainable, checkpointed
x = torch.randn(4, 3)

h = frozen(x)                                           # requires_grad=False
out = checkpoint(block, h, use_reentrant=True)          # no input requires grad -> no graph
out.sum().backward()
