"""Reproduce (needs a CUDA GPU): a distributed launch starts more processes than there are GPUs.

Simulated: instead of running torchrun --nproc_per_node=<too many>, this sets the LOCAL_RANK that
the extra process would get (one past the last GPU).
"""
import os

import torch

os.environ.setdefault("LOCAL_RANK", str(torch.cuda.device_count()))  # torchrun sets this per process

# --8<-- [start:cause]
local_rank = int(os.environ["LOCAL_RANK"])
torch.cuda.set_device(local_rank)  # one process per GPU: rank N needs GPU N
# --8<-- [end:cause]
