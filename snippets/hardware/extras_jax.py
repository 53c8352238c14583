from importlib.metadata import metadata, packages_distributions

import jax

meta = metadata(packages_distributions()["jax"][0])
requires = meta.get_all("Requires-Dist") or []

print(meta["Name"], meta["Version"])
print("extras:", meta.get_all("Provides-Extra"))
for extra in ("tpu", "cuda13", "rocm7-local"):
    pulls = [r.split(";")[0] for r in requires if f'extra == "{extra}"' in r]
    print(f"[{extra}] ->", [p for p in pulls if not p.startswith("jaxlib")])
print("device:", jax.devices()[0].platform)
