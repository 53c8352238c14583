import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

# Task: is a sequence of 8 numbers in ascending order? About half of them are.
rng = np.random.default_rng(0)
x = rng.random((768, 8, 1), dtype=np.float32)  # (N, T, F): batch, time, features
y = rng.integers(0, 2, 768)
x[y == 1] = np.sort(x[y == 1], axis=1)
x, y = torch.tensor(x, device=device), torch.tensor(y, dtype=torch.float32, device=device)
x_train, y_train, x_test, y_test = x[:512], y[:512], x[512:], y[512:]


class SortedClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=16, batch_first=True)  # default: (T, N, F)
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        outputs, (h_n, c_n) = self.lstm(x)  # outputs (N, T, 16); h_n and c_n (layers, N, 16)
        return self.head(outputs[:, -1]).squeeze(-1)  # last time step -> one logit


model = SortedClassifier().to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
loss_fn = nn.BCEWithLogitsLoss()
for _ in range(10):
    model.train()
    for idx in torch.randperm(512).split(32):
        loss = loss_fn(model(x_train[idx]), y_train[idx])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

model.eval()
with torch.no_grad():
    logits = model(x_test)
test_accuracy = ((logits > 0).float() == y_test).float().mean().item()

lstm = model.lstm
print({name: tuple(p.shape) for name, p in lstm.named_parameters()})
weight_counts = (lstm.weight_ih_l0.numel(), lstm.weight_hh_l0.numel())  # input, recurrent
n_bias = lstm.bias_ih_l0.numel() + lstm.bias_hh_l0.numel()
print("input/recurrent weights:", weight_counts, "| biases:", n_bias)
print(f"test accuracy {test_accuracy:.4f} | device: {device}")
