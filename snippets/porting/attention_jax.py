import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx
from safetensors.numpy import load_file, save_file

# nn.MultiheadAttention's own layout: q, k and v projections packed in one (3 * 16, 16) weight.
rng = np.random.default_rng(2)
save_file(
    {
        "in_proj_weight": rng.standard_normal((48, 16), dtype=np.float32) / 4,
        "in_proj_bias": rng.standard_normal(48, dtype=np.float32) / 10,
        "out_proj.weight": rng.standard_normal((16, 16), dtype=np.float32) / 4,
        "out_proj.bias": rng.standard_normal(16, dtype=np.float32) / 10,
    },
    "attention.safetensors",
)
x = rng.standard_normal((2, 5, 16), dtype=np.float32)

attn = nnx.MultiHeadAttention(num_heads=4, in_features=16, decode=False, rngs=nnx.Rngs(0))
state = load_file("attention.safetensors")
# Unpack q, k, v; transpose each (out, in) block to (in, out); split out into (heads, dim).
w_qkv = state["in_proj_weight"].reshape(3, 16, 16).transpose(0, 2, 1).reshape(3, 16, 4, 4)
b_qkv = state["in_proj_bias"].reshape(3, 4, 4)
for i, proj in enumerate((attn.query, attn.key, attn.value)):
    proj.kernel[...] = jnp.asarray(w_qkv[i])
    proj.bias[...] = jnp.asarray(b_qkv[i])
w_out = state["out_proj.weight"].T.reshape(4, 4, 16)  # (heads, dim, out)
attn.out.kernel[...] = jnp.asarray(w_out)
attn.out.bias[...] = jnp.asarray(state["out_proj.bias"])
y = np.asarray(attn(jnp.asarray(x)))
params = nnx.to_pure_dict(nnx.state(attn, nnx.Param))
print({f"{m}/{n}": v.shape for m, d in params.items() for n, v in d.items()})
print("y[0, 0, :6]:", np.round(y[0, 0, :6], 4))
print("device:", jax.default_backend())
