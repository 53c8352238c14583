import jax
import jax.numpy as jnp


def log_or_zero(x):  # log where x > 0, else 0: the forward pass is finite
    return jnp.where(x > 0, jnp.log(x), 0.0).sum()


def log_or_zero_fixed(x):  # keep log away from 0, so its gradient stays finite too
    safe_x = jnp.where(x > 0, x, 1.0)
    return jnp.where(x > 0, jnp.log(safe_x), 0.0).sum()


x = jnp.array([4.0, 0.0, 0.25])
loss, grad = jax.value_and_grad(log_or_zero)(x)
print("loss:", loss, "| gradient:", grad)

jax.config.update("jax_debug_nans", True)  # every primitive's output is checked
try:
    jax.jit(jax.grad(log_or_zero))(x)
except FloatingPointError as error:
    print("jax_debug_nans:", str(error).splitlines()[0])
jax.config.update("jax_debug_nans", False)

fixed_grad = jax.grad(log_or_zero_fixed)(x)
print("fixed gradient:", fixed_grad, "| device:", jax.default_backend())
