"""Fix: give each job its own free port; port 0 lets the operating system choose one."""
import datetime
import os
import socket

import torch
import torch.distributed as dist

# The first job keeps running on its port (here 29731 or the next free one).
first_job_store = None
for port in range(29731, 29831):
    try:
        first_job_store = dist.TCPStore("127.0.0.1", port, world_size=2, is_master=True,
                                        timeout=datetime.timedelta(seconds=30), wait_for_workers=False)
        break
    except dist.DistNetworkError:
        continue
busy_port = port


# --8<-- [start:fix]
def free_port():
    """A port nothing listens on right now: bind to port 0 and read which one the OS gave."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(free_port()), RANK="0", WORLD_SIZE="1")
# --8<-- [end:fix]
dist.init_process_group("gloo")
assert int(os.environ["MASTER_PORT"]) != busy_port
value = torch.tensor([3.0])
dist.all_reduce(value)  # the process group works: a sum over the one rank
assert value.item() == 3.0 and dist.get_world_size() == 1
dist.destroy_process_group()
print("second job started on its own free port next to the first job; all_reduce ok")
