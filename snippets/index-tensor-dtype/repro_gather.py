"""Reproduce: DQN actions kept as floats in a replay buffer, then used with gather()."""
import torch
from torch import nn

q_net = nn.Linear(4, 2)  # 2 actions
states = torch.randn(3, 4)
actions = torch.tensor([0.0, 1.0, 1.0])  # stored in a float array with the rewards
q_values = q_net(states)  # (3, 2)
q_values.gather(1, actions.unsqueeze(1))  # pick Q(s, a) for the action taken
