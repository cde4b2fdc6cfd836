"""Fix: derive num_workers from the CPUs this process may actually use."""
import os
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

# Same one-CPU restriction as in the reproducer (a container limit, `taskset`, a one-core job).
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


# --8<-- [start:fix]
def available_cpus() -> int:
    """CPUs this process may run on: respects cpusets and taskset (Linux); os.cpu_count() elsewhere."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


num_workers = min(2, available_cpus())  # what you would like, capped by what you have
# --8<-- [end:fix]

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(TensorDataset(torch.arange(8.0)), batch_size=4, num_workers=num_workers)
    batches = [x for (x,) in loader]
assert not [w for w in caught if "worker processes in total" in str(w.message)], caught
assert num_workers == 1 and torch.equal(torch.cat(batches), torch.arange(8.0))
print(f"num_workers={num_workers}: no warning, {len(batches)} batches")
