"""Reproduce: an RNN's hidden state is carried from batch to batch, and with it the previous batch's graph."""
import torch
from torch import nn

rnn, head = nn.RNN(4, 8, batch_first=True), nn.Linear(8, 1)
optimizer = torch.optim.SGD([*rnn.parameters(), *head.parameters()], lr=0.1)
hidden = torch.zeros(1, 2, 8)

for step in range(3):
    x, y = torch.randn(2, 5, 4), torch.randn(2, 1)
    out, hidden = rnn(x, hidden)  # hidden still points into the previous step's graph
    loss = nn.functional.mse_loss(head(out[:, -1]), y)
    optimizer.zero_grad()
    loss.backward()  # step 1 walks back into step 0's graph, already freed
    optimizer.step()
    print("step", step, "done")
