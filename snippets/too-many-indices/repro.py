"""Reproduce: squeeze() turns the (K, 5) detections of one image into (5,) when K == 1."""
import torch


def box_areas(dets):                          # dets: (K, 5) rows of x1, y1, x2, y2, score
    return (dets[:, 2] - dets[:, 0]) * (dets[:, 3] - dets[:, 1])


# Detector outputs for a batch of one image: (1, K, 5). Fixed values stand in for a model.
two_boxes = torch.tensor([[[10., 20., 50., 80., 0.9], [0., 0., 10., 10., 0.6]]])
one_box = torch.tensor([[[10., 20., 50., 80., 0.9]]])

for out in (two_boxes, one_box):
    # --8<-- [start:cause]
    dets = out.squeeze()                      # meant to drop the batch dim only
    # --8<-- [end:cause]
    print(tuple(out.shape), "->", tuple(dets.shape))
    print("areas:", box_areas(dets).tolist())
