"""Fix: Streamlit 1.46 and later only read __path__._path of real namespace packages, so torch.classes is skipped."""
import importlib
import os
import sys

import torch


def namespace_paths(module):
    """The third path extractor of Streamlit's watcher from release 1.46 on (streamlit issue 10992)."""
    # --8<-- [start:fix]
    if hasattr(module, "__path__") and type(module.__path__).__name__ == "_NamespacePath":
        return list(module.__path__._path)
    return []
    # --8<-- [end:fix]


# torch 2.13's __path__ is a _ClassNamespace (or [] where fix.py's workaround ran): never a _NamespacePath.
assert type(torch.classes.__path__).__name__ in ("_ClassNamespace", "list")
paths = {name: namespace_paths(module) for name, module in list(sys.modules.items())}
assert paths["torch.classes"] == []

# A real namespace package (a folder without __init__.py) is still watched.
os.makedirs("plugins_ns", exist_ok=True)
sys.path.insert(0, os.getcwd())
plugins = importlib.import_module("plugins_ns")
assert namespace_paths(plugins) == [os.path.join(os.getcwd(), "plugins_ns")]
print(f"torch.classes skipped, namespace package watched: {os.path.basename(namespace_paths(plugins)[0])}")
