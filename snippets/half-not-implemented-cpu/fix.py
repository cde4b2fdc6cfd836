"""Fix: use float16 only where it is meant to run (CUDA); on a CPU keep the model in float32."""
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
# --8<-- [start:fix]
dtype = torch.float16 if device.type == "cuda" else torch.float32
head = nn.Linear(32, 4).to(device=device, dtype=dtype)
# --8<-- [end:fix]
torch.manual_seed(0)
features = torch.randn(10, 32, device=device, dtype=dtype)
pred_boxes = head(features).sigmoid()
tgt_boxes = torch.rand(3, 4, device=device, dtype=dtype)
cost = torch.cdist(pred_boxes, tgt_boxes, p=1)

reference = (pred_boxes.double()[:, None, :] - tgt_boxes.double()[None, :, :]).abs().sum(-1)
assert cost.shape == (10, 3) and torch.allclose(cost.double(), reference, rtol=2e-3, atol=1e-3)
print("device:", device.type, "| dtype:", cost.dtype, "| cost:", tuple(cost.shape))
