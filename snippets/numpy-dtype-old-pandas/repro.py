"""Reproduce (simulated): the dtype check of pandas <= 1.0, run on the NumPy installed here (>= 1.20).

pd.DataFrame({"code": [...], "is_spx": "Y"}) broadcasts the scalar "Y" into a column. pandas 0.25.3
did that in pandas/core/dtypes/cast.py; the lines below are its code path with the same arguments.
"""
import numpy as np

# infer_dtype_from_scalar("Y") returned the scalar *type* np.object_, not np.dtype(object) ...
dtype = np.object_

# ... and construct_1d_arraylike_from_scalar("Y", length, dtype) then did:
# --8<-- [start:cause]
if not isinstance(dtype, (np.dtype, type(np.dtype))):  # False on NumPy >= 1.20, see the page
    dtype = dtype.dtype  # np.object_.dtype is the attribute *descriptor* of numpy.generic
# --8<-- [end:cause]
print("type(np.dtype) is", type(np.dtype).__name__, "-> dtype =", dtype)
subarr = np.empty(3, dtype=dtype)
