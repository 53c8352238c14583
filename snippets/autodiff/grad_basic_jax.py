import jax


def f(x):
    return x**3 + 2 * x


df = jax.grad(f)  # a new function that returns df/dx
y = f(2.0)
grad = df(2.0)

print("y:", y)
print("dy/dx:", grad)
print("value_and_grad(f)(2.0):", *jax.value_and_grad(f)(2.0))  # both in one pass
print("device:", jax.default_backend())
