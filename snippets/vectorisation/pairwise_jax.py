import jax
import jax.numpy as jnp


def sq_dist(a, b):  # two single points
    return jnp.sum((a - b) ** 2)


A = jnp.array([[0.0, 0.0], [1.0, 2.0], [3.0, 1.0]])  # 3 points
B = jnp.array([[1.0, 1.0], [2.0, 2.0]])  # 2 points

row = jax.vmap(sq_dist, in_axes=(None, 0))  # one a against every b
pairwise = jax.vmap(row, in_axes=(0, None))  # every a against every b
D = pairwise(A, B)


def broadcast(A, B):  # the same by hand: (3, 1, 2) - (1, 2, 2)
    return jnp.sum((A[:, None, :] - B[None, :, :]) ** 2, axis=-1)


ops = [eqn.primitive.name for eqn in jax.make_jaxpr(pairwise)(A, B).eqns]
print("D (3, 2):\n", D, sep="")
print("same as broadcasting:", bool((D == broadcast(A, B)).all()))
print("nested vmap traces to:", ops)
print("identical program:", ops == [e.primitive.name for e in jax.make_jaxpr(broadcast)(A, B).eqns])
print("device:", jax.default_backend())
