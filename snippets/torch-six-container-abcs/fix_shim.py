"""Last resort for third-party code you cannot edit: register a stand-in torch._six before importing it."""
import collections.abc
import math
import sys
import types

import torch

if "torch._six" not in sys.modules and not hasattr(torch, "_six"):
    six = types.ModuleType("torch._six")
    six.container_abcs = collections.abc
    six.string_classes = (str, bytes)
    six.int_classes = int
    six.inf = math.inf
    sys.modules["torch._six"] = six
    torch._six = six

# The old library code now imports and runs unchanged:
from torch._six import container_abcs, inf, string_classes  # noqa: E402

assert container_abcs is collections.abc and inf == torch.inf
assert isinstance("data/images", torch._six.string_classes)
assert isinstance({"a": 1}, container_abcs.Mapping)
print("torch._six stand-in:", sorted(n for n in vars(torch._six) if not n.startswith("__")))
