"""Find the culprit: anomaly detection prints the forward line whose saved tensor was overwritten."""
import warnings

import torch

x = torch.randn(4, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.set_detect_anomaly(True):  # debugging only: it slows autograd down
        y = x.sigmoid()  # sigmoid's backward needs its output y
        y.mul_(2)        # ... which is overwritten here
        try:
            y.sum().backward()
            raise AssertionError("expected a RuntimeError")
        except RuntimeError as exc:
            assert "backtrace further above shows the operation" in str(exc)

report = next(str(w.message) for w in caught if "Error detected in" in str(w.message))
assert "SigmoidBackward0" in report and "y = x.sigmoid()" in report
print(report.splitlines()[0])

# The fix once the line is known: multiply out of place.
y = x.sigmoid() * 2
y.sum().backward()
s = torch.sigmoid(x.detach())
assert torch.allclose(x.grad, 2 * s * (1 - s))
print("x.grad == 2 * sigmoid(x) * (1 - sigmoid(x))")
