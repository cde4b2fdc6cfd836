"""Fix: upgrade pandas (>= 1.1 for NumPy 1.20+); the operations that failed now work."""
import numpy as np
import pandas as pd

# The check that broke is gone from pandas since 1.1; the pandas installed here is newer.
assert tuple(int(part) for part in pd.__version__.split(".")[:2]) >= (1, 1), pd.__version__

# The user-facing calls from the reports: a scalar broadcast into a column ...
# --8<-- [start:fix]
# pip install --upgrade pandas   (>= 1.1; any current release works with NumPy >= 1.20)
df = pd.DataFrame({"code": ["AAPL", "MSFT", "XOM"], "is_spx": "Y"})
# --8<-- [end:fix]
assert df.shape == (3, 2) and df["is_spx"].tolist() == ["Y", "Y", "Y"]
# ... a Series from a scalar and an index, an empty frame with named columns, describe().
assert pd.Series("Y", index=range(3)).tolist() == ["Y", "Y", "Y"]
empty = pd.DataFrame([], columns=["clicks", "impressions"])
assert empty.shape == (0, 2) and list(empty.columns) == ["clicks", "impressions"]
stats = pd.DataFrame({"x": [1.0, 2.0, 3.0]}).describe()
assert stats.loc["mean", "x"] == 2.0 and stats.loc["count", "x"] == 3

# The right way to spell "object dtype" works on every NumPy version:
assert np.empty(3, dtype=np.dtype(np.object_)).dtype == object
print(df.to_string())
