"""Alternative: on one machine, `torchrun --standalone` picks a free port for each job by itself."""
import ast
import datetime
import os
import subprocess
import sys

import torch
import torch.distributed as dist

if "WORLD_SIZE" in os.environ:  # a worker process started by torchrun below
    dist.init_process_group("gloo")
    value = torch.tensor([float(dist.get_rank() + 1)])
    dist.all_reduce(value)
    if dist.get_rank() == 0:
        print("worker:", {"world_size": dist.get_world_size(), "sum": value.item(),
                          "port": int(os.environ["MASTER_PORT"])})
    dist.destroy_process_group()
    sys.exit(0)

# Another job is already running on this machine (its rendezvous store simulated here).
busy_port = 29781  # not the port repro.py holds: the harness may run both at once
while True:
    try:
        store = dist.TCPStore("127.0.0.1", busy_port, world_size=2, is_master=True,
                              timeout=datetime.timedelta(seconds=30), wait_for_workers=False)
        break
    except dist.DistNetworkError:
        busy_port += 1

# --8<-- [start:fix]
command = [sys.executable, "-m", "torch.distributed.run",  # the same as the `torchrun` command
           "--standalone", "--nproc_per_node=2", __file__]
# --8<-- [end:fix]
run = subprocess.run(command, capture_output=True, text=True, timeout=100)
assert run.returncode == 0, run.stderr[-2000:]
line = next(line for line in run.stdout.splitlines() if line.startswith("worker:"))
worker = ast.literal_eval(line[len("worker:"):].strip())
assert worker["world_size"] == 2 and worker["sum"] == 3.0  # 1 + 2 from the two ranks
assert worker["port"] != busy_port
print("torchrun --standalone: 2 ranks on a port of their own, all_reduce sum =", worker["sum"])
