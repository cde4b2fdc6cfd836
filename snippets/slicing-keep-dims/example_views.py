"""Which indexing results are views of the original tensor (shared memory) and which are copies."""
import torch


def shares_memory(t, base):
    return t.untyped_storage().data_ptr() == base.untyped_storage().data_ptr()


a = torch.randn(16, 3, 320, 320)

# %% Basic indexing (ints, slices, None, ...) and narrow / squeeze / unsqueeze: views
views = {
    "a[0]": a[0], "a[0:1]": a[0:1], "a[None, 0]": a[None, 0], "a[..., 0]": a[..., 0],
    "a.narrow(0, 0, 1)": a.narrow(0, 0, 1), "a[0].unsqueeze(0)": a[0].unsqueeze(0),
    "a[0][None]": a[0][None], "a[:1]": a[:1], "a.select(0, 0)": a.select(0, 0), "a[5]": a[5],
}
for name, t in views.items():
    assert shares_memory(t, a) and t._base is a, name
assert a[0].data_ptr() == a.data_ptr() and a[5].data_ptr() != a.data_ptr()  # a[5] starts later
print("views:", ", ".join(views))

# %% Advanced indexing (lists, index tensors, masks) and index_select: copies
copies = {
    "a[[0]]": a[[0]], "a[torch.tensor([0])]": a[torch.tensor([0])],
    "a.index_select(0, ...)": a.index_select(0, torch.tensor([0])), "a[a[:, 0, 0, 0] > 0]": a[a[:, 0, 0, 0] > 0],
}
for name, t in copies.items():
    assert not shares_memory(t, a) and t._base is None, name
mask = a[:, 0, 0, 0] > 0
assert a[mask].shape == (int(mask.sum()), 3, 320, 320)
print("copies:", ", ".join(copies))

# %% What that means when you write: a view writes through, a copy does not
t = torch.arange(6).reshape(2, 3)
t[0:1][0, 0] = 100  # view
assert t[0, 0] == 100
t[[0]][0, 0] = -1  # copy: the write is lost
assert t[0, 0] == 100
t[[0], 0] = -1  # but an advanced index on the LEFT of = writes in place (index_put_)
assert t[0, 0] == -1
t[[1]] = 0  # the same for a whole row
assert t[1].tolist() == [0, 0, 0]
print(t)

# %% A view keeps the whole storage alive; clone() keeps only the piece
small_view, small_copy = a[0:1], a[0:1].clone()
assert small_view.untyped_storage().nbytes() == a.untyped_storage().nbytes()  # all 16 images
assert small_copy.untyped_storage().nbytes() == a.untyped_storage().nbytes() // 16
print("bytes held: a[0:1]", small_view.untyped_storage().nbytes(),
      "| a[0:1].clone()", small_copy.untyped_storage().nbytes())
