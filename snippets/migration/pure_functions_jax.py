import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

rng = np.random.default_rng(0)
x, y = rng.standard_normal((4, 3), dtype=np.float32), rng.standard_normal((4, 2), dtype=np.float32)
w, b = rng.standard_normal((3, 2), dtype=np.float32), rng.standard_normal(2, dtype=np.float32)


def loss_fn(params, x, y):  # plain JAX: the parameters are an argument (a pytree)
    return jnp.mean((x @ params["w"] + params["b"] - y) ** 2)


loss, grads = jax.value_and_grad(loss_fn)({"w": w, "b": b}, x, y)  # grads: same tree
grad_w, grad_b, loss = grads["w"], grads["b"], float(loss)

# Flax NNX: a stateful module like nn.Linear, split into structure + arrays for JAX
model = nnx.Linear(3, 2, rngs=nnx.Rngs(0))
model.kernel[...], model.bias[...] = w, b  # NNX stores the kernel as (in, out)
graphdef, state = nnx.split(model)


def loss_of_state(state, x, y):
    return jnp.mean((nnx.merge(graphdef, state)(x) - y) ** 2)


nnx_grads = jax.grad(loss_of_state)(state, x, y)

print(f"loss {loss:.4f}")
print("grads['w'] (in, out):\n", np.asarray(grad_w).round(4))
print("NNX state paths:", sorted(nnx.to_pure_dict(state)))
print("same gradient:", bool(jnp.allclose(nnx_grads["kernel"][...], grad_w)))
print("device:", jax.default_backend())
