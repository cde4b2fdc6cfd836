"""Fix: remove only the batch dimension (squeeze(0) or out[0]), so K detections stay (K, 5) for every K."""
import torch


def box_areas(dets):
    if dets.dim() != 2 or dets.shape[1] != 5:
        raise ValueError(f"expected detections of shape (K, 5), got {tuple(dets.shape)}")
    return (dets[:, 2] - dets[:, 0]) * (dets[:, 3] - dets[:, 1])


two_boxes = torch.tensor([[[10., 20., 50., 80., 0.9], [0., 0., 10., 10., 0.6]]])
one_box = torch.tensor([[[10., 20., 50., 80., 0.9]]])
no_box = torch.zeros(1, 0, 5)

for out, expected in ((two_boxes, [2400.0, 100.0]), (one_box, [2400.0]), (no_box, [])):
    # --8<-- [start:fix]
    dets = out.squeeze(0)                     # (1, K, 5) -> (K, 5), also for K == 1 and K == 0
    # --8<-- [end:fix]
    assert dets.dim() == 2 and torch.equal(dets, out[0])
    assert box_areas(dets).tolist() == expected

# A single box that arrives as (5,) from elsewhere: make it a one-row matrix first.
single = torch.tensor([10., 20., 50., 80., 0.9])
assert box_areas(single.reshape(-1, 5)).tolist() == [2400.0]
assert torch.equal(torch.atleast_2d(single), single.unsqueeze(0))
print("areas for one box:", box_areas(one_box.squeeze(0)).tolist())
