"""Reproduce: code written for PyTorch 1.x imports helpers from torch._six, which PyTorch 2.0 removed."""
# --8<-- [start:cause]
from torch._six import container_abcs, string_classes, int_classes  # noqa: F401
# --8<-- [end:cause]
