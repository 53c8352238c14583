import jax


def f_full(x):
    return x**3 + 2 * x


def f_stop(x):  # same value; stop_gradient(x**2) is a constant to jax.grad
    return jax.lax.stop_gradient(x**2) * x + 2 * x


values = (f_full(2.0), f_stop(2.0))
grad_full = jax.grad(f_full)(2.0)
grad_stop = jax.grad(f_stop)(2.0)
print("values:", float(values[0]), float(values[1]))
print("gradients:", float(grad_full), float(grad_stop))
print("device:", jax.default_backend())
