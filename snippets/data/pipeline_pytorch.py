import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
raw_x = rng.normal(5.0, 2.0, size=(64, 3)).astype(np.float32)
raw_y = rng.integers(0, 3, size=64)
mean, std = raw_x.mean(axis=0), raw_x.std(axis=0)


class Normalised(Dataset):
    def __len__(self):
        return len(raw_x)

    def __getitem__(self, i):  # runs in a worker process, one sample at a time
        x = torch.from_numpy((raw_x[i] - mean) / std)
        y = torch.nn.functional.one_hot(torch.tensor(raw_y[i]), 3).float()
        return x, y


if __name__ == "__main__":  # workers may re-import this file (spawn on macOS/Windows)
    loader = DataLoader(
        Normalised(),
        batch_size=16,
        shuffle=True,
        num_workers=2,
        prefetch_factor=2,
        pin_memory=device == "cuda",  # page-locked memory: async copies to the GPU
        generator=torch.Generator().manual_seed(0),
    )
    xs, ys = [], []
    for xb, yb in loader:
        xs.append(xb.to(device, non_blocking=True))
        ys.append(yb.to(device, non_blocking=True))
    x, y = torch.cat(xs), torch.cat(ys)
    num_batches, num_samples = len(xs), len(x)
    feature_mean, feature_std = x.mean(0), x.std(0, correction=0)
    class_counts = y.sum(0)
    print("batches:", num_batches, "samples:", num_samples, "device:", x.device.type)
    print("batch shapes:", tuple(xb.shape), tuple(yb.shape))
    print(f"max |mean|: {feature_mean.abs().max():.4f} | std:", feature_std.cpu().numpy().round(4))
    print("class counts:", class_counts.tolist())
