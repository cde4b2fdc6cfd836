"""Reproduce (simulated, no Streamlit needed): what Streamlit's file watcher does with every imported module.

Streamlit 1.45 and earlier read a package's directories with `list(module.__path__._path)`
(streamlit/watcher/local_sources_watcher.py) and skipped modules that raise AttributeError.
torch.classes answers every attribute lookup by looking for a TorchScript custom class instead.
"""
import sys

import torch  # noqa: F401  (importing torch registers the module torch.classes)


def namespace_paths(module):
    """The third path extractor of Streamlit's watcher, up to release 1.45."""
    try:
        return list(module.__path__._path)
    except AttributeError:  # plain modules and regular packages: nothing to add
        return []


# --8<-- [start:cause]
for name, module in list(sys.modules.items()):   # the watcher visits every imported module
    namespace_paths(module)                       # torch.classes raises RuntimeError, not AttributeError
# --8<-- [end:cause]
