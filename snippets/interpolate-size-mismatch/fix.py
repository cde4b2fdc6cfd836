"""Fix: give F.interpolate a batch of images (N, C, H, W): add the batch dimension, remove it afterwards."""
import torch
import torch.nn.functional as F

image = torch.rand(3, 224, 224)  # (C, H, W)

# --8<-- [start:fix]
batch = image.unsqueeze(0)                                          # (1, C, H, W)
resized = F.interpolate(batch, size=(112, 112), mode="bilinear").squeeze(0)
# --8<-- [end:fix]
assert resized.shape == (3, 112, 112)

# scale_factor works the same way once the input is 4-D.
halved = F.interpolate(image[None], scale_factor=0.5, mode="bilinear")[0]
assert torch.equal(halved, resized)

# A whole batch needs no unsqueeze: every image is resized independently.
images = torch.stack([image, torch.rand(3, 224, 224)])              # (2, C, H, W)
out = F.interpolate(images, size=(112, 112), mode="bilinear")
assert out.shape == (2, 3, 112, 112)
assert torch.equal(out[0], resized)

# Masks without a channel dimension, (N, H, W): add it with unsqueeze(1); nearest keeps the label values.
masks = torch.randint(0, 5, (2, 224, 224))
small = F.interpolate(masks.unsqueeze(1).float(), size=(112, 112), mode="nearest").squeeze(1).long()
assert small.shape == (2, 112, 112)
assert set(small.unique().tolist()) <= set(range(5))
print("image:", tuple(resized.shape), "| batch:", tuple(out.shape), "| masks:", tuple(small.shape))
