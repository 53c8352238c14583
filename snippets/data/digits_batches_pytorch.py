import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"

images, targets = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels, values 0..16
x_train, x_test, y_train, y_test = train_test_split(images, targets, test_size=0.2, random_state=0)

train_set = TensorDataset(torch.tensor(x_train / 16.0, dtype=torch.float32), torch.tensor(y_train))
train_loader = DataLoader(
    train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0)
)

xb, yb = next(iter(train_loader))
xb, yb = xb.to(device), yb.to(device)
split_sizes = (len(x_train), len(x_test))
num_batches = len(train_loader)
first_shapes = (tuple(xb.shape), tuple(yb.shape))
pixel_range = (xb.min().item(), xb.max().item())
print("train/test:", split_sizes, "| batches of 64:", num_batches)
print("first batch:", first_shapes, xb.dtype, yb.dtype)
print("pixel range:", pixel_range, "| device:", xb.device.type)
