"""Fix: match the files that are really there, and fail with a clear message when none are found."""
from pathlib import Path

import numpy as np
import torch
from PIL import Image

frames_dir = Path("frames")
frames_dir.mkdir()
for i in range(3):
    Image.new("RGB", (4, 4), (i * 80, 0, 0)).save(frames_dir / f"{i:03d}.png")

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}


def load_video(folder: Path) -> torch.Tensor:
    # --8<-- [start:fix]
    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    if not paths:
        raise ValueError(f"no image files ({', '.join(sorted(IMAGE_SUFFIXES))}) in {folder}")
    frames = [torch.from_numpy(np.array(Image.open(p))) for p in paths]
    return torch.stack(frames)                             # (T, H, W, C)
    # --8<-- [end:fix]


video = load_video(frames_dir)
assert video.shape == (3, 4, 4, 3)
assert video[:, 0, 0, 0].tolist() == [0, 80, 160]          # frames in file-name order

empty = Path("empty")
empty.mkdir()
try:
    load_video(empty)
    raise AssertionError("expected a ValueError")
except ValueError as exc:
    assert "no image files" in str(exc)                    # names the folder, not a tensor list
print("video:", tuple(video.shape))
