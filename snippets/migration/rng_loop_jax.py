import jax
import jax.numpy as jnp
import numpy as np

x = jnp.zeros(3)


@jax.jit
def noisy_step(key, x):  # pure: the key is an argument like any other
    return x + 0.1 * jax.random.normal(key, x.shape)


def run(seed):
    key = jax.random.key(seed)
    steps = []
    for _ in range(3):
        key, subkey = jax.random.split(key)  # a new key for every use
        steps.append(noisy_step(subkey, x))
    return jnp.stack(steps)


noise, again = run(0), run(0)
steps_differ = not jnp.array_equal(noise[0], noise[1])
rerun_repeats = bool(jnp.array_equal(noise, again))
key = jax.random.key(0)
print("noise per step:\n", np.asarray(noise).round(4))
print("steps differ:", steps_differ, "| re-run repeats:", rerun_repeats)
print("same key twice, same noise:", bool(jnp.array_equal(noisy_step(key, x), noisy_step(key, x))))
print("device:", jax.default_backend())
