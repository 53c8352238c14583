import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
x = jnp.asarray(rng.standard_normal((64, 4), dtype=np.float32))
y = x @ jnp.array([[1.0], [-2.0], [0.5], [3.0]])
start = {  # float32 master parameters, the same start for both runs
    "w1": jnp.asarray(rng.standard_normal((4, 8), dtype=np.float32) * 0.5),
    "b1": jnp.zeros(8),
    "w2": jnp.asarray(rng.standard_normal((8, 1), dtype=np.float32) * 0.5),
    "b2": jnp.zeros(1),
}


def loss_fn(params, dtype):
    p = jax.tree.map(lambda a: a.astype(dtype), params)  # a low-precision copy for compute
    h = jax.nn.relu(x.astype(dtype) @ p["w1"] + p["b1"])
    pred = (h @ p["w2"] + p["b2"]).astype(jnp.float32)  # the loss in float32
    return jnp.mean((pred - y) ** 2)


@jax.jit(static_argnums=1)
def step(params, dtype):
    loss, grads = jax.value_and_grad(loss_fn)(params, dtype)  # grads come back in float32
    return jax.tree.map(lambda p, g: p - 0.05 * g, params, grads), loss


def train(dtype):
    params, losses = start, []
    for _ in range(5):
        params, loss = step(params, dtype)
        losses.append(float(loss))
    return np.array(losses), params["w2"].dtype


losses_fp32, _ = train(jnp.float32)
losses_bf16, param_dtype = train(jnp.bfloat16)
max_rel_diff = float(np.max(np.abs(losses_bf16 - losses_fp32) / losses_fp32))

print("float32 losses: ", np.round(losses_fp32, 3))
print("bfloat16 losses:", np.round(losses_bf16, 3))
print("parameters:", param_dtype, "| bfloat16 within 3% of float32:", max_rel_diff < 0.03)
print("device:", jax.default_backend())
