"""Fix: give torch.classes an empty __path__ right after importing torch (at the top of the Streamlit script)."""
import sys

import torch

# --8<-- [start:fix]
torch.classes.__path__ = []  # nothing to watch in torch.classes: it has no source files
# --8<-- [end:fix]


def namespace_paths(module):
    """The third path extractor of Streamlit's watcher, up to release 1.45 (as in repro.py)."""
    try:
        return list(module.__path__._path)
    except AttributeError:
        return []


paths = {name: namespace_paths(module) for name, module in list(sys.modules.items())}
assert paths["torch.classes"] == []  # [].__path__ has no _path: AttributeError, which the watcher skips

# Custom classes are still found: torch.classes only looks them up for names it does not have.
packed = torch.classes.quantized.LinearPackedParamsBase
assert type(packed).__name__ == "ScriptClass"
print(f"every module examined without error; torch.classes.__path__ = {torch.classes.__path__}")
