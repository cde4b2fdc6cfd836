"""Fix: use what torch._six re-exported, straight from the standard library (and torch.inf)."""
import math

import torch

# --8<-- [start:fix]
import collections.abc as container_abcs  # was: from torch._six import container_abcs
string_classes = (str, bytes)  # torch._six.string_classes on Python 3 (often only `str` is meant)
int_classes = int  # torch._six.int_classes on Python 3
inf = math.inf  # torch._six.inf; torch.inf is the same value
# --8<-- [end:fix]


def kind(elem):
    """The type dispatch of an old-style collate function, which is what these names were for."""
    if isinstance(elem, torch.Tensor):
        return "tensor"
    if isinstance(elem, string_classes):  # before Sequence: a str is a Sequence too
        return "string"
    if isinstance(elem, int_classes):
        return "int"
    if isinstance(elem, container_abcs.Mapping):
        return "mapping"
    if isinstance(elem, container_abcs.Sequence):
        return "sequence"
    return "other"


samples = [torch.ones(2), "img.png", b"raw", 3, {"label": 1}, [1, 2], (1, 2), 2.5]
kinds = [kind(s) for s in samples]
assert kinds == ["tensor", "string", "string", "int", "mapping", "sequence", "sequence", "other"], kinds
assert isinstance("abc", container_abcs.Sequence)

# inf: what `from torch._six import inf` was used for, e.g. max-norm gradient clipping.
assert inf == torch.inf == float("inf")
p = torch.nn.Parameter(torch.zeros(2))
p.grad = torch.tensor([3.0, -4.0])
total = torch.nn.utils.clip_grad_norm_([p], max_norm=1.0, norm_type=inf)
assert total.item() == 4.0  # the largest absolute gradient
assert torch.allclose(p.grad, torch.tensor([0.75, -1.0]))
print("kinds:", kinds)
print("clip_grad_norm_(norm_type=inf) ->", total.item(), [round(g, 4) for g in p.grad.tolist()])
