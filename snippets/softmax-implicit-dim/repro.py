"""Reproduce: F.softmax without dim on (batch, time, classes) logits normalises over the batch."""
import warnings

import torch
import torch.nn.functional as F

logits = torch.randn(2, 4, 3)  # a sequence tagger's output: (batch, time steps, classes)
# --8<-- [start:cause]
probs = F.softmax(logits)  # no dim: for a 3-D input the old default is dim 0, the batch
# --8<-- [end:cause]
print("sum over the classes (should be 1):", [round(v, 3) for v in probs[0].sum(-1).tolist()])
print("sum over the batch:", [round(v, 3) for v in probs.sum(0)[0].tolist()])

# The rule behind the default, by number of dimensions (warnings silenced for this table only).
chosen = {}
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for ndim in range(5):
        x = torch.randn([2] * ndim)
        chosen[ndim] = next(d for d in range(max(ndim, 1)) if torch.equal(F.softmax(x), F.softmax(x, dim=d)))
print("implicit dim by number of input dimensions:", chosen)
