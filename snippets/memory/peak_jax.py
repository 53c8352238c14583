import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
x = jnp.asarray(rng.standard_normal((512, 64), dtype=np.float32))
w1 = jnp.asarray(rng.standard_normal((6, 64, 1024), dtype=np.float32) / 8)  # six blocks
w2 = jnp.asarray(rng.standard_normal((6, 1024, 64), dtype=np.float32) / 8)


def block(h, w):
    return h + jnp.tanh(h @ w[0]) @ w[1], None


def temp_mib(block_fn):  # XLA's buffer plan for the compiled gradient: nothing runs
    def loss(ws):
        h, _ = jax.lax.scan(block_fn, x, ws)  # a loop over the blocks, not unrolled
        return jnp.mean(h**2)

    compiled = jax.jit(jax.grad(loss)).lower((w1, w2)).compile()
    return compiled.memory_analysis().temp_size_in_bytes / 2**20


policies = jax.checkpoint_policies
plain = temp_mib(block)
remat = temp_mib(jax.checkpoint(block, policy=policies.nothing_saveable))
dots = temp_mib(jax.checkpoint(block, policy=policies.dots_with_no_batch_dims_saveable))
ratio = remat / plain

print(f"temporaries, no checkpointing:   {plain:5.1f} MiB")
print(f"nothing_saveable:                {remat:5.1f} MiB")
print(f"dots_with_no_batch_dims_saveable: {dots:5.1f} MiB")
print(f"checkpointed / plain: {ratio:.2f}")
print("device:", jax.default_backend())
