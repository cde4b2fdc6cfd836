"""Fix, for reduced precision on a CPU: float32 weights + autocast(bfloat16); autocast runs cdist in float32."""
import torch
from torch import nn

torch.manual_seed(0)
head = nn.Linear(32, 4)  # float32 weights
features = torch.randn(10, 32)
tgt_boxes = torch.rand(3, 4)

# --8<-- [start:fix]
with torch.autocast("cpu", dtype=torch.bfloat16):
    pred_boxes = head(features).sigmoid()  # linear runs in bfloat16
    cost = torch.cdist(pred_boxes, tgt_boxes, p=1)  # on autocast's float32 list
# --8<-- [end:fix]
assert pred_boxes.dtype == torch.bfloat16 and cost.dtype == torch.float32

reference = torch.cdist(head(features).sigmoid(), tgt_boxes, p=1)  # all float32
assert torch.allclose(cost, reference, atol=0.05)  # bfloat16 keeps about 3 significant digits
print("pred_boxes:", pred_boxes.dtype, "| cost:", cost.dtype, tuple(cost.shape))
