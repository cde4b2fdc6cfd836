"""Fix (needs a CUDA GPU and Triton): check the ids on the host and mask every load in the kernel."""
import torch
import torch.nn.functional as F
import triton
import triton.language as tl


@triton.jit
def gather_rows_kernel(table_ptr, ids_ptr, out_ptr, num_rows, dim, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    token = tl.load(ids_ptr + row)
    cols = tl.arange(0, BLOCK)
    in_row = cols < dim
    # --8<-- [start:fix]
    valid = (token >= 0) & (token < num_rows)
    safe_token = tl.where(valid, token, 0)                 # an index that is always inside the table
    values = tl.load(table_ptr + safe_token * dim + cols, mask=in_row)
    values = tl.where(valid, values, 0.0)                  # rows of bad ids come out as zeros
    # --8<-- [end:fix]
    tl.store(out_ptr + row * dim + cols, values, mask=in_row)


def gather_rows(table, ids, check=True):
    if check:  # one host-side check names the bad value; it costs a GPU sync, so do it once per batch
        bad = ids[(ids < 0) | (ids >= table.shape[0])]
        if bad.numel():
            raise ValueError(f"ids out of range 0..{table.shape[0] - 1}: {bad.tolist()}")
    out = torch.empty(ids.numel(), table.shape[1], device=table.device, dtype=table.dtype)
    gather_rows_kernel[(ids.numel(),)](table, ids, out, table.shape[0], table.shape[1],
                                       BLOCK=triton.next_power_of_2(table.shape[1]))
    return out


device = torch.device("cuda")
table = torch.randn(100, 64, device=device)
good = torch.tensor([3, 17, 99, 42], device=device)
bad = torch.tensor([3, 17, 1_000_000_000, 42], device=device)

assert torch.equal(gather_rows(table, good), F.embedding(good, table))  # same rows as PyTorch's lookup

try:
    gather_rows(table, bad)
    raise AssertionError("expected a ValueError")
except ValueError as exc:
    assert "1000000000" in str(exc)

unchecked = gather_rows(table, bad, check=False)  # the masked kernel stays inside the table
torch.cuda.synchronize()                          # no illegal memory access to report
assert torch.all(unchecked[2] == 0) and torch.equal(unchecked[[0, 1, 3]], table[[3, 17, 42]])
print("valid ids match F.embedding; a bad id is reported on the host and never read on the GPU")
