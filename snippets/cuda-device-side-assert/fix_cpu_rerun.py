"""Debugging: run the failing step on the CPU, where the same bug raises an error that names the value."""
import torch
import torch.nn.functional as F
from torch import nn

num_classes, vocab_size = 10, 100
classifier = nn.Linear(16, num_classes)
embedding = nn.Embedding(vocab_size, 16)
x = torch.randn(8, 16)
labels = torch.tensor([0, 3, 9, 10, 2, 5, 1, 7])  # the batch that failed on the GPU, moved with .cpu()
token_ids = torch.tensor([[5, 17, 100, 2]])       # 100 is past the last row (99)

for name, step in [("cross_entropy", lambda: F.cross_entropy(classifier(x), labels)),
                   ("embedding", lambda: embedding(token_ids))]:
    try:
        step()                 # same code, same data, on the CPU
    except IndexError as exc:  # the message a device-side assert hides
        print(f"{name}: IndexError: {exc}")
        messages = {"cross_entropy": "Target 10 is out of bounds.", "embedding": "index out of range in self"}
        assert str(exc) == messages[name], (name, str(exc))
    else:
        raise AssertionError(f"{name}: expected an IndexError on the CPU")
