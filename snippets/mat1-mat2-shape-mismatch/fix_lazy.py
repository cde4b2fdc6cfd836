"""Fix: nn.LazyLinear infers in_features from the first batch it sees."""
import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3),
    nn.Flatten(),
    nn.LazyLinear(10),  # only out_features is given
)
x = torch.randn(2, 1, 8, 8)
out = model(x)  # the first forward pass creates the weight with the real input width

head = model[2]
assert type(head) is nn.Linear  # after initialisation the module turns into a plain nn.Linear
assert head.in_features == 144 and head.weight.shape == (10, 144)
assert out.shape == (2, 10)

# Create the optimizer after that first pass: before it the weight is an uninitialised placeholder.
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss = out.pow(2).mean()
loss.backward()
optimizer.step()
assert head.weight.grad.shape == (10, 144)
print("LazyLinear inferred in_features =", head.in_features)
