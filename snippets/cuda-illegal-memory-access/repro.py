"""Reproduce (needs a CUDA GPU and Triton): a custom embedding-lookup kernel without a bounds check gets a bad id."""
import torch
import triton
import triton.language as tl


@triton.jit
def gather_rows_kernel(table_ptr, ids_ptr, out_ptr, dim, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    token = tl.load(ids_ptr + row)                        # no check that 0 <= token < number of rows
    cols = tl.arange(0, BLOCK)
    in_row = cols < dim
    values = tl.load(table_ptr + token * dim + cols, mask=in_row)
    tl.store(out_ptr + row * dim + cols, values, mask=in_row)


def gather_rows(table, ids):
    out = torch.empty(ids.numel(), table.shape[1], device=table.device, dtype=table.dtype)
    gather_rows_kernel[(ids.numel(),)](table, ids, out, table.shape[1], BLOCK=triton.next_power_of_2(table.shape[1]))
    return out


device = torch.device("cuda")
table = torch.randn(100, 64, device=device)                # 100 embeddings of size 64
ids = torch.tensor([3, 17, 1_000_000_000, 42], device=device)  # one corrupted id

# --8<-- [start:cause]
out = gather_rows(table, ids)   # the kernel reads far outside `table`; Python is not told yet
print(out.sum().item())         # a later call that waits for the GPU reports the failure
# --8<-- [end:cause]
