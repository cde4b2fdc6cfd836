"""Reproduce: one-hot targets built with scatter_ from labels that include the value num_classes."""
import torch

num_classes = 5
labels = torch.tensor([0, 3, 5, 1])                  # 5 is not a valid class for 5 classes
print("labels:", labels.tolist(), "| num_classes:", num_classes)
one_hot = torch.zeros(len(labels), num_classes).scatter_(1, labels.unsqueeze(1), 1.0)
