"""Fix (needs a CUDA GPU): run inference under no_grad and halve the batch until it fits."""
import torch
from torch import nn

device = torch.device("cuda")
model = nn.Linear(1024, 8).to(device).eval()
total = torch.cuda.get_device_properties(device).total_memory
sample_bytes = 1024 * 1024 * 4                      # one sample: 1024 x 1024 float32 = 4 MiB


# --8<-- [start:fix]
def predict(batch: int) -> torch.Tensor:
    x = torch.randn(batch, 1024, 1024, device=device)
    with torch.no_grad():                           # no activations kept for a backward pass
        return model(x).mean(dim=1)                 # (batch, 8)
# --8<-- [end:fix]


start = batch = 2 * total // sample_bytes           # too large on any GPU
out, halvings = None, 0
while batch >= 1:
    try:
        out = predict(batch)
        break
    except torch.OutOfMemoryError:                  # torch.cuda.OutOfMemoryError before torch 2.5
        pass
    # Retry outside the except block: the exception's traceback keeps the failed frame
    # (and its tensors) alive until the block ends (see the PyTorch FAQ).
    torch.cuda.empty_cache()                        # give cached, unused blocks back to the driver
    batch //= 2
    halvings += 1

assert out is not None and 1 <= batch < start, (start, batch)
assert out.shape == (batch, 8) and out.device.type == "cuda"
assert torch.isfinite(out).all()
assert batch * sample_bytes <= total                # what fits is at most the card's memory
print(f"started at {start} samples, {batch} fit ({batch * sample_bytes / 2**30:.1f} GiB) after {halvings} halvings")
