import jax


def f(x):
    return x**3 + 2 * x


df = jax.grad(f)
d2f = jax.grad(df)  # grad of a gradient function: just apply it again
d3f = jax.grad(d2f)

derivatives = (df(2.0), d2f(2.0), d3f(2.0))
print("f', f'', f''':", [round(float(d), 4) for d in derivatives])
print("device:", jax.default_backend())
