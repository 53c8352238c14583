import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
EPOCHS, BATCH = 20, 64

images, labels = load_digits(return_X_y=True)
x_train, x_test, y_train, y_test = train_test_split(
    images / 16.0, labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_test = (torch.tensor(a, dtype=torch.float32, device=device) for a in (x_train, x_test))
y_train, y_test = (torch.tensor(a, device=device) for a in (y_train, y_test))
loader = DataLoader(
    TensorDataset(x_train, y_train),
    batch_size=BATCH,
    shuffle=True,
    drop_last=True,
    generator=torch.Generator().manual_seed(0),
)

steps_per_epoch = len(loader)  # 22: the last, partial batch is dropped

model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 10)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=5e-3)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=EPOCHS * steps_per_epoch)
loss_fn = nn.CrossEntropyLoss()


def train_step(x, y):
    logits = model(x)
    loss = loss_fn(logits, y)
    optimizer.zero_grad()  # .grad accumulates across backward() calls
    loss.backward()  # writes each parameter's .grad
    optimizer.step()  # updates the parameters in place
    scheduler.step()
    return loss.item(), (logits.argmax(1) == y).sum().item()


for epoch in range(1, EPOCHS + 1):
    model.train()  # dropout on
    total, correct = 0.0, 0
    for xb, yb in loader:
        loss, hits = train_step(xb, yb)
        total, correct = total + loss * BATCH, correct + hits
    if epoch % 5 == 0:
        n = steps_per_epoch * BATCH
        print(f"epoch {epoch:2d}  loss {total / n:.4f}  train_acc {correct / n:.4f}")

model.eval()
with torch.no_grad():
    test_accuracy = (model(x_test).argmax(1) == y_test).float().mean().item()
steps = int(optimizer.state[model[0].weight]["step"])  # Adam counts steps per parameter
print(f"optimizer steps {steps} | test accuracy {test_accuracy:.4f} | device: {device}")
