"""Fix for text labels: map each class name to an index once, then build an int64 tensor."""
import torch

labels = ["positive", "negative", "neutral", "positive"]

# --8<-- [start:fix]
classes = sorted(set(labels))  # fixed order: ['negative', 'neutral', 'positive']
class_to_idx = {name: i for i, name in enumerate(classes)}
y = torch.tensor([class_to_idx[name] for name in labels])
# --8<-- [end:fix]

assert y.dtype == torch.int64 and y.tolist() == [2, 0, 1, 2]
assert [classes[i] for i in y.tolist()] == labels  # decodes back
print("classes:", classes, "| y:", y.tolist())
