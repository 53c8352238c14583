import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx


class EncoderBlock(nnx.Module):  # post-norm Transformer encoder block
    def __init__(self, dim=16, heads=4, hidden=32, *, rngs):
        self.attn = nnx.MultiHeadAttention(
            num_heads=heads, in_features=dim, decode=False, rngs=rngs
        )
        self.norm1 = nnx.LayerNorm(dim, epsilon=1e-5, rngs=rngs)  # Flax default: 1e-6
        self.ff = nnx.Sequential(
            nnx.Linear(dim, hidden, rngs=rngs), nnx.relu, nnx.Linear(hidden, dim, rngs=rngs)
        )
        self.norm2 = nnx.LayerNorm(dim, epsilon=1e-5, rngs=rngs)

    def __call__(self, x, mask):
        a = self.attn(x, mask=mask, sow_weights=True)  # True = attend; sows the weights
        h = self.norm1(x + a)
        return self.norm2(h + self.ff(h))


rng = np.random.default_rng(0)
x = jnp.asarray(rng.standard_normal((2, 5, 16), dtype=np.float32))
valid = jnp.arange(5) < jnp.array([[5], [3]])  # the second sequence has 2 padding steps
block = EncoderBlock(rngs=nnx.Rngs(0))
# nnx.capture collects what the layers sow; nnx.jit compiles the whole forward pass.
forward = nnx.jit(nnx.capture(lambda block, x, mask: block(x, mask), nnx.Intermediate))
y, sown = forward(block, x, valid[:, None, None, :])  # mask (N, heads, T, S)
weights = sown["attn"]["attention_weights"][0]  # a tuple: one entry per call

params = nnx.state(block, nnx.Param)
print("device:", jax.default_backend())
print(jax.tree.map(jnp.shape, nnx.to_pure_dict(params["attn"])))
n_params = sum(p.size for p in jax.tree.leaves(params))
padded_weight = float(weights[1, :, :, 3:].sum())  # attention paid to the padded keys
print("output:", y.shape, "| weights (N, heads, T, S):", weights.shape)
print("parameters:", n_params, "| weight on padding:", padded_weight)
