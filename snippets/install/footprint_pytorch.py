from importlib.metadata import distribution


def installed_megabytes(name):
    return sum(f.size or 0 for f in distribution(name).files) / 1e6


for name in ["torch"]:
    print(f"{name} {distribution(name).version}: {installed_megabytes(name):.0f} MB installed")
