import jax
import jax.numpy as jnp
from jax.experimental import checkify


def rms_normalise(x):
    checkify.check(jnp.isfinite(x).all(), "input has NaN or Inf: {x}", x=x)  # a user check
    return x / jnp.sqrt(jnp.mean(x**2))


# checkify adds the checks and returns (error, result); jit cannot raise from data
checked = jax.jit(checkify.checkify(rms_normalise, errors=checkify.all_checks))
err, good = checked(jnp.array([2.0, -2.0, 2.0, -2.0]))
print("good input:", good, "| error:", err.get())
err, _ = checked(jnp.zeros(4))
caught = err.get() is not None
print("zeros:", err.get())
try:
    err.throw()  # turns the error value into an exception, outside jit
except checkify.JaxRuntimeError as error:
    print("throw():", type(error).__name__)
print("device:", jax.default_backend())
