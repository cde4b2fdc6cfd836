"""Reproduce (needs a CUDA GPU): a batch twice as large as the whole GPU memory."""
import torch

device = torch.device("cuda")
total = torch.cuda.get_device_properties(device).total_memory
sample_bytes = 1024 * 1024 * 4                      # one sample: 1024 x 1024 float32 = 4 MiB
# --8<-- [start:cause]
batch = 2 * total // sample_bytes
print(f"GPU memory: {total / 2**30:.0f} GiB | batch of {batch} samples needs {batch * sample_bytes / 2**30:.0f} GiB")
x = torch.randn(batch, 1024, 1024, device=device)
# --8<-- [end:cause]
