"""Reproduce: a folder of .png frames is read with a *.jpg pattern, so the list of frames is empty."""
from pathlib import Path

import numpy as np
import torch
from PIL import Image

frames_dir = Path("frames")
frames_dir.mkdir()
for i in range(3):                                         # the files are PNGs
    Image.new("RGB", (4, 4), (i * 80, 0, 0)).save(frames_dir / f"{i:03d}.png")

frames = []
for path in sorted(frames_dir.glob("*.jpg")):              # matches nothing
    frames.append(torch.from_numpy(np.array(Image.open(path))))
print("frames found:", len(frames))
# --8<-- [start:cause]
video = torch.stack(frames)                                # stack([]) has no shape to build
# --8<-- [end:cause]
