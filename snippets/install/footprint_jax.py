from importlib.metadata import PackageNotFoundError, distribution


def installed_megabytes(name):
    return sum(f.size or 0 for f in distribution(name).files) / 1e6


for name in ["jax", "jaxlib", "jax-cuda12-plugin", "flax", "optax"]:
    try:
        print(f"{name} {distribution(name).version}: {installed_megabytes(name):.0f} MB installed")
    except PackageNotFoundError:
        pass  # jax-cuda12-plugin is only there with `jax[cuda12]`
