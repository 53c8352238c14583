from importlib.metadata import PackageNotFoundError, distribution


def installed_megabytes(name):
    return sum(f.size or 0 for f in distribution(name).files) / 1e6


for name in ["tensorflow-cpu", "tensorflow", "keras"]:
    try:
        print(f"{name} {distribution(name).version}: {installed_megabytes(name):.0f} MB installed")
    except PackageNotFoundError:
        pass  # the GPU install is `tensorflow`, the CPU-only one `tensorflow-cpu`
