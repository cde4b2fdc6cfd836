"""Frozen embeddings + reentrant checkpointing: make the embedding output require grad with a forward hook.

This is what Hugging Face's model.enable_input_require_grads() registers on the input embeddings;
written out here in plain PyTorch.
"""
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint


class TinyLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(10, 4)
        self.block = nn.Linear(4, 4)          # stands for a transformer block with LoRA adapters
        self.head = nn.Linear(4, 1)

    def forward(self, ids):
        h = self.embed(ids)
        h = checkpoint(self.block, h, use_reentrant=True)   # gradient checkpointing, reentrant
        return self.head(h).sum()


torch.manual_seed(0)
model = TinyLM()
model.embed.requires_grad_(False)             # frozen base weights
ids = torch.tensor([[1, 2, 3]])


def make_inputs_require_grads(module, inputs, output):
    output.requires_grad_(True)               # the embedding output becomes part of the graph


hook = model.embed.register_forward_hook(make_inputs_require_grads)
model(ids).backward()
assert model.block.weight.grad is not None and model.block.weight.grad.abs().sum() > 0
assert model.embed.weight.grad is None        # the embeddings stay frozen
grad_hooked = model.block.weight.grad.clone()
hook.remove()                                 # what disable_input_require_grads() does

# Same gradient as non-reentrant checkpointing, which needs no hook at all.
model.zero_grad()
h = checkpoint(model.block, model.embed(ids), use_reentrant=False)
model.head(h).sum().backward()
assert torch.allclose(model.block.weight.grad, grad_hooked)
print("block.weight.grad norm:", round(grad_hooked.norm().item(), 4), "| embed.weight.grad:", model.embed.weight.grad)
