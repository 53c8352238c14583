import copy

import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
EPOCHS, BATCH = 20, 64

images, labels = load_digits(return_X_y=True)
x, x_test, y, y_test = train_test_split(
    images / 16.0, labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
split_sizes = (len(x_train), len(x_val), len(x_test))
x_train, x_val, x_test = (
    torch.tensor(a, dtype=torch.float32, device=device) for a in (x_train, x_val, x_test)
)
y_train, y_val, y_test = (torch.tensor(a, device=device) for a in (y_train, y_val, y_test))
loader = DataLoader(
    TensorDataset(x_train, y_train),
    batch_size=BATCH,
    shuffle=True,
    generator=torch.Generator().manual_seed(0),
)

model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 10)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=5e-3)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=EPOCHS * len(loader))
loss_fn = nn.CrossEntropyLoss()
n_params, steps_per_epoch = sum(p.numel() for p in model.parameters()), len(loader)
print("train/val/test:", split_sizes, "| parameters:", n_params, "| device:", device)


def accuracy(x, y):
    model.eval()  # dropout off
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


best_acc, lrs = 0.0, []
for epoch in range(1, EPOCHS + 1):
    model.train()  # dropout on
    total = 0.0
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()  # per batch: T_max counts batches
        total += loss.item() * len(xb)
    val_acc = accuracy(x_val, y_val)
    if val_acc > best_acc:  # state_dict() holds live tensors: copy them
        best_acc, best_epoch, best_state = val_acc, epoch, copy.deepcopy(model.state_dict())
    lrs.append(scheduler.get_last_lr()[0])
    train_loss = total / len(x_train)
    print(f"epoch {epoch:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}")

epochs_run = epoch
model.load_state_dict(best_state)
test_accuracy = accuracy(x_test, y_test)
print(f"best epoch {best_epoch} of {epochs_run} | test accuracy {test_accuracy:.4f}")
