"""Fix: join the process group when started by torchrun, and run as a plain single process otherwise."""
import ast
import os
import subprocess
import sys

import torch
import torch.distributed as dist
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


# --8<-- [start:fix]
def setup_distributed():
    """True when this process is one of several started by torchrun, after joining their group."""
    if "WORLD_SIZE" in os.environ:  # torchrun sets RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT
        dist.init_process_group("gloo")  # "nccl" for GPUs
    return dist.is_available() and dist.is_initialized()
# --8<-- [end:fix]


def main():
    distributed = setup_distributed()
    dataset = TensorDataset(torch.arange(10))
    sampler = DistributedSampler(dataset, shuffle=False) if distributed else None
    loader = DataLoader(dataset, batch_size=2, sampler=sampler)
    seen = [int(i) for (batch,) in loader for i in batch]
    if not distributed:
        return [seen]
    per_rank = [None] * dist.get_world_size()
    dist.all_gather_object(per_rank, seen)
    dist.destroy_process_group()
    return per_rank


if "WORLD_SIZE" in os.environ:  # one of the processes started by torchrun below
    result = main()
    if os.environ["RANK"] == "0":
        print("per rank:", result)
else:
    # 1. `python fix.py`: one process, no process group, the whole dataset.
    assert main() == [list(range(10))]
    # 2. `torchrun --standalone --nproc_per_node=2 fix.py`: two processes share the dataset.
    run = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
                          __file__], capture_output=True, text=True, timeout=100)
    assert run.returncode == 0, run.stderr[-2000:]
    line = next(line for line in run.stdout.splitlines() if line.startswith("per rank:"))
    per_rank = ast.literal_eval(line[len("per rank:"):].strip())
    assert sorted(sum(per_rank, [])) == list(range(10)) and [len(r) for r in per_rank] == [5, 5]
    print("python: 1 process, 10 samples | torchrun --nproc_per_node=2: samples per rank", per_rank)
