"""Reproduce: the same code reaching torch._six as an attribute fails with AttributeError instead."""
import torch


def is_path(root):
    return isinstance(root, torch._six.string_classes)  # the pattern of older dataset code


print(is_path("data/images"))
