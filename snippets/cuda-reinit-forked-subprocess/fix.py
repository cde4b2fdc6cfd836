"""Fix: keep CUDA out of the DataLoader workers. They return CPU tensors; the training loop moves
each batch to the GPU (pinned memory makes that copy asynchronous)."""
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, i):
        image = torch.full((3, 32, 32), float(i))
        return image.flip(-1), i % 2  # CPU work only: fine in any worker process


if __name__ == "__main__":
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Conv2d(3, 4, kernel_size=3).to(device)  # CUDA may be initialised before the workers start
    # --8<-- [start:fix]
    loader = DataLoader(Images(), batch_size=4, num_workers=2, multiprocessing_context="fork",
                        pin_memory=torch.cuda.is_available())
    for images, labels in loader:
        images = images.to(device, non_blocking=True)  # move to the GPU here, in the main process
        labels = labels.to(device, non_blocking=True)
        # --8<-- [end:fix]
        out = model(images)
        assert out.shape == (4, 4, 30, 30) and out.device.type == device.type
        assert images.device.type == labels.device.type == device.type
    if device.type == "cuda":
        assert torch.cuda.is_initialized()  # CUDA was in use in the parent while the workers forked
    print("2 batches of 4 from 2 forked workers, moved to the device in the main process")
