"""Fix for "Bus error ... out of shared memory": size num_workers and prefetch_factor to what /dev/shm can hold."""
import torch
from torch.utils.data import DataLoader, Dataset

# `docker run` without --shm-size gives the container 64 MB of /dev/shm. Check yours with
# shutil.disk_usage("/dev/shm").total; raise it with --shm-size=8g (or --ipc=host).
SHM_BYTES = 64 * 2**20


class Images(Dataset):
    def __len__(self):
        return 64

    def __getitem__(self, i):
        return torch.full((3, 128, 128), float(i))  # 192 KiB per image


def shm_in_flight(batch_bytes: int, num_workers: int, prefetch_factor: int) -> int:
    # Every batch a worker has finished waits in shared memory until the main process is done with
    # it: up to num_workers * prefetch_factor queued batches, plus the one being trained on.
    return batch_bytes * (num_workers * prefetch_factor + 1)


dataset, batch_size = Images(), 32
batch_bytes = dataset[0].nbytes * batch_size                                  # 6 MiB
assert shm_in_flight(batch_bytes, num_workers=8, prefetch_factor=4) > SHM_BYTES  # 198 MiB: Bus error
# --8<-- [start:fix]
for num_workers, prefetch_factor in [(8, 4), (8, 2), (4, 2), (2, 2), (1, 2)]:
    if shm_in_flight(batch_bytes, num_workers, prefetch_factor) <= SHM_BYTES // 2:  # keep headroom
        break
loader = DataLoader(dataset, batch_size=batch_size, num_workers=num_workers, prefetch_factor=prefetch_factor)
# --8<-- [end:fix]
seen = torch.cat([batch[:, 0, 0, 0] for batch in loader])
assert torch.equal(seen, torch.arange(64.0))  # every image arrived, in order
need = shm_in_flight(batch_bytes, num_workers, prefetch_factor)
print(f"num_workers={num_workers}, prefetch_factor={prefetch_factor}: {need / 2**20:.0f} MiB of /dev/shm in flight")
