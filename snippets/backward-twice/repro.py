"""Reproduce: the forward pass runs once, before the loop, and every step calls backward() on that graph."""
import torch
from torch import nn

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)

# --8<-- [start:cause]
pred = model(x)  # forward pass outside the loop
# --8<-- [end:cause]
for step in range(2):
    loss = nn.functional.mse_loss(pred, y)
    optimizer.zero_grad()
    loss.backward()  # step 0 frees the graph of model(x); step 1 needs it again
    optimizer.step()
    print("step", step, "loss", round(loss.item(), 4))
