"""Fine-tuning a pretrained model with batches of one: freeze its BatchNorm layers."""
import torch
from torch import nn

torch.manual_seed(0)
BATCHNORMS = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d, nn.SyncBatchNorm)


def freeze_batchnorm(model: nn.Module) -> nn.Module:
    """Put every BatchNorm layer in eval mode: it then uses its running statistics."""
    for m in model.modules():
        if isinstance(m, BATCHNORMS):
            m.eval()                   # running_mean / running_var are used and no longer updated
            m.requires_grad_(False)    # optional: keep the affine weight and bias fixed too
    return model


# A "pretrained" model: its BatchNorm has running statistics from earlier training.
model = nn.Sequential(nn.Linear(8, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
for _ in range(20):
    model(torch.randn(32, 8) * 3 + 1)
stats = model[1].running_mean.clone(), model[1].running_var.clone()

# 1. model.train() switches every submodule back to training mode: freeze after each call.
model.train()
freeze_batchnorm(model)
model(torch.randn(1, 8)).pow(2).mean().backward()           # a batch of one, no error
assert model[0].weight.grad is not None and model[1].weight.grad is None
assert torch.equal(model[1].running_mean, stats[0]) and torch.equal(model[1].running_var, stats[1])


# 2. Or replace the layers: a frozen BatchNorm2d written out (torchvision ships the same idea as
#    torchvision.ops.FrozenBatchNorm2d): statistics and affine parameters are buffers, never trained.
class FrozenBatchNorm2d(nn.Module):
    def __init__(self, num_features: int, eps: float = 1e-5):
        super().__init__()
        self.eps = eps
        self.register_buffer("weight", torch.ones(num_features))
        self.register_buffer("bias", torch.zeros(num_features))
        self.register_buffer("running_mean", torch.zeros(num_features))
        self.register_buffer("running_var", torch.ones(num_features))

    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):
        state_dict.pop(prefix + "num_batches_tracked", None)   # BatchNorm2d's counter: not needed
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)

    def forward(self, x):
        scale = self.weight * (self.running_var + self.eps).rsqrt()
        shift = self.bias - self.running_mean * scale
        return x * scale.view(1, -1, 1, 1) + shift.view(1, -1, 1, 1)


bn = nn.BatchNorm2d(4)
for _ in range(20):
    bn(torch.randn(8, 4, 5, 5) * 2 - 1)                      # "pretrained" statistics
frozen = FrozenBatchNorm2d(4)
frozen.load_state_dict(bn.state_dict())                      # loads a BatchNorm2d checkpoint as is
x = torch.randn(1, 4, 1, 1)                                  # one sample, 1x1 map: BatchNorm2d would raise
assert torch.allclose(frozen(x), bn.eval()(x), atol=1e-6)    # same as BatchNorm2d in eval mode
assert list(frozen.parameters()) == []                       # nothing for the optimizer to change
print("frozen BatchNorm1d: running stats unchanged | FrozenBatchNorm2d == BatchNorm2d.eval() on a batch of one")
