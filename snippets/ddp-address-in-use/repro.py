"""Reproduce: a second job starts its process group on the port the first job's rendezvous store listens on."""
import datetime
import os

import torch.distributed as dist


# The first job: rank 0 of a running job serves its rendezvous store (a TCPStore) on MASTER_PORT.
# Simulated in this process; a real second job is another process, the port conflict is the same.
# (29731 or the next port that is free: a fixed number keeps this page's output stable.)
for port in range(29731, 29831):
    try:
        first_job_store = dist.TCPStore("127.0.0.1", port, world_size=2, is_master=True,
                                        timeout=datetime.timedelta(seconds=30), wait_for_workers=False)
        break
    except dist.DistNetworkError:
        continue

# The second job, started with the same MASTER_PORT (torchrun's default is 29500 for every job):
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK="0", WORLD_SIZE="1")
# --8<-- [start:cause]
dist.init_process_group("gloo")  # rank 0 tries to start its own store on MASTER_PORT
# --8<-- [end:cause]
