"""torchkb: PyTorch knowledge points whose every snippet is run against real PyTorch."""

__version__ = "0.1.0"
