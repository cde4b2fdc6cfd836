"""Reproduce: a detector converted with .half() runs on a CPU; its box-matching cost uses torch.cdist."""
import torch
from torch import nn

head = nn.Linear(32, 4).half()  # box head, converted to float16 for "fast" inference
features = torch.randn(10, 32, dtype=torch.float16)  # 10 object queries
pred_boxes = head(features).sigmoid()  # Linear and sigmoid do run in float16 on a CPU
print("pred_boxes:", pred_boxes.dtype, pred_boxes.device)
tgt_boxes = torch.rand(3, 4, dtype=torch.float16)
# --8<-- [start:cause]
cost = torch.cdist(pred_boxes, tgt_boxes, p=1)  # L1 box cost, as in DETR's Hungarian matcher
# --8<-- [end:cause]
