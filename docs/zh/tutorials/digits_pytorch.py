# %% [markdown]
# # 训练一个手写数字分类器：PyTorch
#
# 本教程一步一步地训练一个读取手写数字的小型网络，每一步都停下来说明为什么这样做。读完之后，你会得到一个能正确分类 95% 以上未见过的数字的模型、一张训练过程的曲线图，以及一个显示模型仍会混淆哪些数字的混淆矩阵。
#
# 数据是 scikit-learn 自带的 UCI 手写数字数据集：1,797 张 8 × 8 像素的灰度图像，因此全程离线运行，在普通电脑的 CPU 上不到一分钟就能跑完。有 GPU 时代码会使用 GPU。同一个教程也有 [TensorFlow](digits_tensorflow.ipynb) 版和 [JAX](digits_jax.ipynb) 版，数据、划分、模型和学习率调度都相同；[端到端训练](../training.md) 把三者并排对比。
#
# ## 1. 准备工作
#
# 为 PyTorch 设置随机种子后，初始权重、dropout 掩码以及数据加载器打乱数据的顺序都固定下来，所以在同一台机器上运行这个 notebook 两次，打印出的数字完全相同。在 GPU 上最后几位仍可能不同，因为它的某些 kernel 累加顺序不同（[随机性与可复现性](../randomness.md) 介绍了消除这种差异的开关）。
# %%
import copy

import matplotlib.pyplot as plt
import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.metrics import ConfusionMatrixDisplay, confusion_matrix
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
EPOCHS, BATCH = 20, 64

# %% [markdown]
# ## 2. 把数据分成三份
#
# 五分之一的图像留作**测试**集，只在最后看一次。其余部分再拿出五分之一作为**验证**集，每个 epoch 之后都用它来挑选最好的权重。如果改用测试集来挑选，它的分数就只是一个偏乐观的估计，而不再是测量结果。`stratify` 让十个类别在每一份中的比例保持一致。
#
# 像素值在 0 到 16 之间；除以 16 后落在 0 到 1 之间，在这个范围内，默认的权重初始化和学习率都表现良好。张量使用 float32，与模型权重的数据类型一致，并且只移到设备上一次，因为整个数据集都放得进内存。数据加载器用自己的、设置了种子的生成器来打乱数据。
# %%
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

# %% [markdown]
# ## 3. 模型、损失与优化器
#
# 每张图像被展平成 64 个数。对这份数据来说，一个 128 个单元的隐藏层就足够了；dropout 在每个训练步随机关掉其中五分之一的单元，防止网络只依赖少数几个单元。最后一层返回十个 **logits**，每个数字一个分数，不做 softmax：`nn.CrossEntropyLoss` 会在内部完成 softmax，而且采用的形式在分数很大时依然准确。
#
# Adam 的初始学习率是 0.005，余弦调度把它平滑地降到最后一步的零。调度器在每个 batch 之后前进一步，所以它的长度 `T_max` 以 batch 计，而不是以 epoch 计。
# %%
model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 10)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=5e-3)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=EPOCHS * len(loader))
loss_fn = nn.CrossEntropyLoss()
n_params, steps_per_epoch = sum(p.numel() for p in model.parameters()), len(loader)
print("train/val/test:", split_sizes, "| parameters:", n_params, "| device:", device)

# %% [markdown]
# ## 4. 训练循环
#
# PyTorch 把训练循环交给你来写。每一步在一个 batch 上运行模型、计算损失、清除上一步留下的梯度（`zero_grad`，因为 PyTorch 会把新梯度累加到旧梯度上）、反向传播并更新权重。
#
# `model.train()` 和 `model.eval()` 负责打开和关闭 dropout：学习时必须打开，评估时必须关闭。`torch.no_grad()` 在评估时不记录计算图，既省内存又省时间。每个 epoch 结束后，由验证准确率决定是否保存一份权重副本。`state_dict()` 返回的是训练仍在不断修改的活张量，所以副本必须是深拷贝。
#
# 每个 epoch 的损失和准确率都记在 `history` 里，供第 6 步画图使用。
# %%
def accuracy(x, y):
    model.eval()  # dropout off
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


best_acc, lrs = 0.0, []
history = {"train_loss": [], "val_acc": []}
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
    history["train_loss"].append(train_loss)
    history["val_acc"].append(val_acc)
    print(f"epoch {epoch:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}")

# %% [markdown]
# ## 5. 在测试集上看一次
#
# 训练跑完了所有 epoch；现在把验证效果最好的那个 epoch 的权重放回模型，测试集第一次、也是唯一一次被使用。它的准确率就是要报告的数字。
# %%
epochs_run = epoch
model.load_state_dict(best_state)
test_accuracy = accuracy(x_test, y_test)
print(f"best epoch {best_epoch} of {epochs_run} | test accuracy {test_accuracy:.4f}")

# %% [markdown]
# ## 6. 训练曲线
#
# 左图是训练损失，右图是验证准确率，虚线标出保留了权重的那个 epoch。损失一开始下降很快，随着学习率变小而趋于平缓。验证准确率远在最后一个 epoch 之前就已稳定。之后的 epoch 只花时间、不再带来提升，所以在更长的训练中，保留最好的 epoch（或提前停止）更加重要。
# %%
epochs = range(1, epochs_run + 1)
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2), layout="constrained")
left.plot(epochs, history["train_loss"], marker="o")
left.set(title="Training loss", xlabel="epoch", ylabel="cross-entropy", yscale="log")
right.plot(epochs, history["val_acc"], marker="o", color="tab:green")
right.set(title="Validation accuracy", xlabel="epoch", ylabel="accuracy")
for ax in (left, right):
    ax.axvline(best_epoch, linestyle=":", color="grey")
    ax.set_xticks([1, *range(5, epochs_run + 1, 5)])
    ax.grid(alpha=0.3)
plt.show()

# %% [markdown]
# ## 7. 模型会混淆哪些数字？
#
# 一个准确率数字看不出错误出在哪里。混淆矩阵对每个真实数字（行）统计模型把它识别成了什么（列）：对角线上是正确答案，其他每个格子都是错误。每个数字只有大约 36 张测试图像，每个错误都很显眼，所以应把它看作哪些字形较难的提示，而不是排名。
# %%
model.eval()
with torch.no_grad():
    predicted = model(x_test).argmax(1).cpu().numpy()
truth = y_test.cpu().numpy()
matrix = confusion_matrix(truth, predicted)
mistakes = matrix - np.diag(np.diag(matrix))
true_digit, read_as = np.unravel_index(mistakes.argmax(), mistakes.shape)
print(
    f"{mistakes.sum()} of {len(truth)} test digits misread; most often "
    f"{true_digit} read as {read_as} ({mistakes[true_digit, read_as]} times)"
)
fig, ax = plt.subplots(figsize=(4.5, 4.5), layout="constrained")
ConfusionMatrixDisplay(matrix).plot(ax=ax, cmap="Blues", colorbar=False)
ax.set_title("Confusion matrix, test set")
plt.show()

# %% [markdown]
# ## 下一步可以尝试什么
#
# - **编译训练步。** 用 `torch.compile` 包装模型，比较编译前后一个 epoch 的用时；[编译](../compilation.md) 解释了它记录什么、何时重新编译。对这么小的模型，第一个 epoch 预计会更慢，而不是更快。
# - **去掉学习率调度。** 删掉 `scheduler.step()`，以固定学习率重新训练：损失曲线在后期会更抖，最好的 epoch 也会变。
# - **提前停止。** 当验证准确率连续五个 epoch 没有提升时跳出循环，把测试准确率与完整训练的结果比较。
# - **把像素当作图像。** 把每个输入变形为 1 × 8 × 8，并把第一层换成 `nn.Conv2d`；[层与模型](../layers.md) 展示了各框架如何搭建模型。
# - **把最好的权重保存**到磁盘，并在一个新进程中加载，做法见 [保存与加载](../saving.md)。
# - **在支持的 GPU 上用 bfloat16 训练**，参照 [混合精度](../mixed_precision.md)。
# - **阅读 [TensorFlow](digits_tensorflow.ipynb) 或 [JAX](digits_jax.ipynb) 版的相同步骤**：Keras 的 `fit` 替你写好了这个循环；在 JAX 中要像这里一样自己写循环，但训练步是一个纯函数。
