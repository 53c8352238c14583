import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

rng = np.random.default_rng(0)
shapes = {"wq": (16, 16), "wk": (16, 8), "wv": (16, 8), "wo": (16, 16)}  # (in, out)
shapes |= {"gate": (16, 32), "up": (16, 32), "down": (32, 16)}  # the SwiGLU feed-forward
W = {n: rng.standard_normal(s, dtype=np.float32) / s[0] ** 0.5 for n, s in shapes.items()}
x = rng.standard_normal((2, 6, 16), dtype=np.float32)


def rope(x, pos, base=10000.0):  # x: (B, T, N, H), as in the RoPE example
    half = x.shape[-1] // 2
    freqs = base ** (-jnp.arange(half, dtype=jnp.float32) / half)
    angles = pos[:, None].astype(jnp.float32) * freqs  # (T, H/2)
    cos, sin = jnp.cos(angles)[:, None, :], jnp.sin(angles)[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return jnp.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


class Block(nnx.Module):  # pre-norm: x + attention(norm(x)), then x + mlp(norm(x))
    def __init__(self, rngs):
        self.norm1, self.norm2 = nnx.RMSNorm(16, rngs=rngs), nnx.RMSNorm(16, rngs=rngs)  # eps 1e-6
        for name, (n_in, n_out) in shapes.items():
            setattr(self, name, nnx.Linear(n_in, n_out, use_bias=False, rngs=rngs))

    def __call__(self, x):
        B, T, _ = x.shape
        h, pos = self.norm1(x), jnp.arange(T)
        q = rope(self.wq(h).reshape(B, T, 4, 4), pos)  # 4 query heads
        k = rope(self.wk(h).reshape(B, T, 2, 4), pos)  # 2 K/V heads
        v = self.wv(h).reshape(B, T, 2, 4)
        a = jax.nn.dot_product_attention(q, k, v, is_causal=True)
        x = x + self.wo(a.reshape(B, T, 16))
        h = self.norm2(x)
        return x + self.down(jax.nn.silu(self.gate(h)) * self.up(h))  # SwiGLU feed-forward


block = Block(nnx.Rngs(0))
for name, w in W.items():
    getattr(block, name).kernel[...] = jnp.asarray(w)  # nnx.Linear stores (in, out)
y = np.asarray(nnx.jit(lambda block, x: block(x))(block, jnp.asarray(x)))
n_params = sum(p.size for p in jax.tree.leaves(nnx.state(block, nnx.Param)))
print("parameters:", n_params)
print("y[0, -1, :6]:", np.round(y[0, -1, :6], 4))
print("device:", jax.default_backend())
