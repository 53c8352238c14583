# %% [markdown]
# # 训练一个手写数字分类器：JAX
#
# 本教程用 JAX、Flax NNX 和 Optax 一步一步地训练一个读取手写数字的小型网络，每一步都停下来说明为什么这样做。读完之后，你会得到一个能正确分类 95% 以上未见过的数字的模型、一张训练过程的曲线图，以及一个显示模型仍会混淆哪些数字的混淆矩阵。
#
# 数据是 scikit-learn 自带的 UCI 手写数字数据集：1,797 张 8 × 8 像素的灰度图像，因此全程离线运行，在普通电脑的 CPU 上不到一分钟就能跑完。JAX 找到 GPU 时会使用 GPU。同一个教程也有 [PyTorch](digits_pytorch.ipynb) 版和 [TensorFlow](digits_tensorflow.ipynb) 版，数据、划分、模型和学习率调度都相同；[端到端训练](../training.md) 把三者并排对比。
#
# ## 1. 准备工作
#
# JAX 本身是一个数组函数库，带有自动微分和编译器。模型来自 **Flax NNX**，它把参数放在普通的 Python 对象里；优化器和学习率调度来自 **Optax**。JAX 没有全局随机种子：随机性来自显式的 key，这里由 `nnx.Rngs(0)` 分发（第 3 步）。下面设置了种子的 NumPy 生成器负责打乱数据。两者合在一起，保证在同一台机器上第二次运行时打印出相同的数字（[随机性与可复现性](../randomness.md) 解释了其中的区别）。
# %%
import jax
import matplotlib.pyplot as plt
import numpy as np
import optax
from flax import nnx
from sklearn.datasets import load_digits
from sklearn.metrics import ConfusionMatrixDisplay, confusion_matrix
from sklearn.model_selection import train_test_split

EPOCHS, BATCH = 20, 64
order = np.random.default_rng(0)  # shuffles the training set each epoch

# %% [markdown]
# ## 2. 把数据分成三份
#
# 五分之一的图像留作**测试**集，只在最后看一次。其余部分再拿出五分之一作为**验证**集，每个 epoch 之后都用它来挑选最好的权重。如果改用测试集来挑选，它的分数就只是一个偏乐观的估计，而不再是测量结果。`stratify` 让十个类别在每一份中的比例保持一致。
#
# 像素值在 0 到 16 之间；除以 16 后落在 0 到 1 之间，在这个范围内，默认的权重初始化和学习率都表现良好。除法得到的是 float64，所以数组要转换成 float32，即模型权重的数据类型（除非打开 64 位模式，否则 JAX 反正也会把它们收窄）。它们仍是 NumPy 数组：编译后的函数收到每个 batch 时，JAX 才把它复制到设备上。
# %%
images, labels = load_digits(return_X_y=True)
x, x_test, y, y_test = train_test_split(
    (images / 16.0).astype("float32"), labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
split_sizes = (len(x_train), len(x_val), len(x_test))
steps_per_epoch = -(-len(x_train) // BATCH)  # ceiling division

# %% [markdown]
# ## 3. 模型、损失与优化器
#
# 每张图像被展平成 64 个数。对这份数据来说，一个 128 个单元的隐藏层就足够了；dropout 在每个训练步随机关掉其中五分之一的单元，防止网络只依赖少数几个单元。NNX 的层在构建时从 `rngs` 取随机 key：线性层用它抽取初始权重，dropout 层则保留一个随机流用来生成掩码。最后一层返回十个 **logits**，每个数字一个分数；第 4 步中的损失函数自己完成 softmax。
#
# Adam 的初始学习率是 0.005，Optax 的余弦调度把它平滑地降到最后一步的零。调度只是关于步数的普通函数，而优化器按更新次数计数，所以 `decay_steps` 以 batch 计，而不是以 epoch 计。`nnx.Optimizer` 把 Adam 的状态放在模型旁边；`wrt=nnx.Param` 指定它更新哪些变量。
# %%
rngs = nnx.Rngs(0)  # parameters and dropout masks both draw from it
model = nnx.Sequential(
    nnx.Linear(64, 128, rngs=rngs),
    nnx.relu,
    nnx.Dropout(0.2, rngs=rngs),
    nnx.Linear(128, 10, rngs=rngs),
)
schedule = optax.cosine_decay_schedule(5e-3, decay_steps=EPOCHS * steps_per_epoch)
optimizer = nnx.Optimizer(model, optax.adam(schedule), wrt=nnx.Param)
n_params = sum(p.size for p in jax.tree.leaves(nnx.state(model, nnx.Param)))
print("train/val/test:", split_sizes, "| parameters:", n_params, "| device:", jax.default_backend())

# %% [markdown]
# ## 4. 编译后的训练步
#
# 在 JAX 中，训练步要写成一个函数。`nnx.value_and_grad` 对损失关于模型参数求导，并同时返回损失；`optimizer.update` 把 Adam 的更新原地应用到模型上。`nnx.jit` 在第一次见到某个 batch 形状时用 XLA 编译整个训练步；之后相同形状的调用复用编译好的代码。每个 epoch 的最后一个 batch 较小，所以会再编译一次，而且只在第一个 epoch 发生。
#
# `accuracy` 也以同样的方式编译。两者都把模型作为参数传入，而不是读取全局变量，这样 `nnx.jit` 才能追踪它修改了哪些参数。
# %%
@nnx.jit
def train_step(model, optimizer, x, y):
    def loss_fn(model):
        return optax.softmax_cross_entropy_with_integer_labels(model(x), y).mean()

    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)  # new parameters written back into model
    return loss


@nnx.jit
def accuracy(model, x, y):
    return (model(x).argmax(1) == y).mean()


# %% [markdown]
# ## 5. 训练循环
#
# 循环本身是普通的 Python。每个 epoch 重新抽取训练图像的顺序，并按 batch 逐批遍历。`model.train()` 和 `model.eval()` 负责打开和关闭 dropout：学习时必须打开，评估时必须关闭。`float(...)` 会等待设备，并把损失取回为 Python 数字；否则 JAX 会异步地继续往前执行。
#
# 每个 epoch 结束后，由验证准确率决定是否保留这组权重。`nnx.state(model)` 引用的是活的变量，下一个训练步会覆盖它们，所以要用 `nnx.clone` 复制。每个 epoch 的损失和准确率都记在 `history` 里，供第 7 步画图使用。
# %%
best_acc, lrs = 0.0, []
history = {"train_loss": [], "val_acc": []}
for epoch in range(1, EPOCHS + 1):
    model.train()  # dropout on
    perm, total = order.permutation(len(x_train)), 0.0
    for i in range(0, len(x_train), BATCH):
        idx = perm[i : i + BATCH]
        total += float(train_step(model, optimizer, x_train[idx], y_train[idx])) * len(idx)
    model.eval()  # dropout off
    val_acc = float(accuracy(model, x_val, y_val))
    if val_acc > best_acc:  # nnx.state() holds live variables: clone them
        best_acc, best_epoch, best_state = val_acc, epoch, nnx.clone(nnx.state(model))
    lrs.append(float(schedule(optimizer.step[...])))
    train_loss = total / len(x_train)
    history["train_loss"].append(train_loss)
    history["val_acc"].append(val_acc)
    print(f"epoch {epoch:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}")

# %% [markdown]
# ## 6. 在测试集上看一次
#
# 训练跑完了所有 epoch；现在 `nnx.update` 把验证效果最好的那个 epoch 的权重写回模型，测试集第一次、也是唯一一次被使用。它的准确率就是要报告的数字。
# %%
epochs_run = epoch
nnx.update(model, best_state)
test_accuracy = float(accuracy(model, x_test, y_test))
print(f"best epoch {best_epoch} of {epochs_run} | test accuracy {test_accuracy:.4f}")

# %% [markdown]
# ## 7. 训练曲线
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
# ## 8. 模型会混淆哪些数字？
#
# 一个准确率数字看不出错误出在哪里。混淆矩阵对每个真实数字（行）统计模型把它识别成了什么（列）：对角线上是正确答案，其他每个格子都是错误。每个数字只有大约 36 张测试图像，每个错误都很显眼，所以应把它看作哪些字形较难的提示，而不是排名。`np.asarray` 把预测结果从设备上取回为 NumPy 数组。
# %%
predicted = np.asarray(model(x_test).argmax(1))  # model.eval() above: dropout is off
matrix = confusion_matrix(y_test, predicted)
mistakes = matrix - np.diag(np.diag(matrix))
true_digit, read_as = np.unravel_index(mistakes.argmax(), mistakes.shape)
print(
    f"{mistakes.sum()} of {len(y_test)} test digits misread; most often "
    f"{true_digit} read as {read_as} ({mistakes[true_digit, read_as]} times)"
)
fig, ax = plt.subplots(figsize=(4.5, 4.5), layout="constrained")
ConfusionMatrixDisplay(matrix).plot(ax=ax, cmap="Blues", colorbar=False)
ax.set_title("Confusion matrix, test set")
plt.show()

# %% [markdown]
# ## 下一步可以尝试什么
#
# - **测量编译时间。** 在一个 batch 上调用一次 `train_step` 并计时，再给第二次调用计时：第一次包含了 XLA 的编译。[编译](../compilation.md) 解释了 `jit` 记录什么、何时重新编译。
# - **去掉学习率调度。** 传入固定的学习率 `optax.adam(5e-3)` 重新训练：损失曲线在后期会更抖，最好的 epoch 也会变。
# - **提前停止。** 当验证准确率连续五个 epoch 没有提升时跳出循环，把测试准确率与完整训练的结果比较。
# - **把像素当作图像。** 把每个输入变形为 8 × 8 × 1，并把 `nnx.Conv` 层放在最前面；[层与模型](../layers.md) 展示了各框架如何搭建模型。
# - **用 `vmap` 批量评估**，或者写出逐样本的损失，让 [向量化](../vectorisation.md) 把它变成批量版本。
# - **用 Orbax 保存最好的状态**，并在一个新进程中恢复，做法见 [保存与加载](../saving.md)。
# - **阅读 [PyTorch](digits_pytorch.ipynb) 或 [TensorFlow](digits_tensorflow.ipynb) 版的相同步骤**：PyTorch 的循环与这里相似，而 Keras 的 `fit` 替你写好了循环。
