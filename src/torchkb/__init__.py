"""torchkb: bilingual PyTorch knowledge points whose every snippet is run against real PyTorch.

The package is grouped by part: ``verification`` runs the snippets, ``matching`` finds the page
for a pasted error, ``site`` generates what the MkDocs build shows. ``kp`` (the knowledge-point
format) and ``cli`` serve all of them.
"""

from pathlib import Path

__version__ = "0.1.0"

# The checkout this package is installed from (editable install): snippets/, docs/, build/.
REPO_ROOT = Path(__file__).resolve().parents[2]
