# %% [markdown]
# # 训练一个手写数字分类器：TensorFlow
#
# 本教程用 TensorFlow 上的 Keras 一步一步地训练一个读取手写数字的小型网络，每一步都停下来说明为什么这样做。读完之后，你会得到一个能正确分类 95% 以上未见过的数字的模型、一张训练过程的曲线图，以及一个显示模型仍会混淆哪些数字的混淆矩阵。
#
# 数据是 scikit-learn 自带的 UCI 手写数字数据集：1,797 张 8 × 8 像素的灰度图像，因此全程离线运行，在普通电脑的 CPU 上不到一分钟就能跑完。有 GPU 时代码会使用 GPU。同一个教程也有 [PyTorch](digits_pytorch.ipynb) 版和 [JAX](digits_jax.ipynb) 版，数据、划分、模型和学习率调度都相同；[端到端训练](../training.md) 把三者并排对比。
#
# ## 1. 准备工作
#
# Keras 3 可以运行在多个后端上；在第一次 `import keras` 之前设置 `KERAS_BACKEND`，就选定了 TensorFlow。`keras.utils.set_random_seed` 一次性为 Python、NumPy 和后端设置种子，从而固定初始权重、dropout 掩码以及 `fit` 打乱数据的顺序，所以在同一台机器上运行这个 notebook 两次，打印出的数字完全相同。在 GPU 上最后几位仍可能不同（[随机性与可复现性](../randomness.md) 介绍了消除这种差异的开关）。
# %%
import math
import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.metrics import ConfusionMatrixDisplay, confusion_matrix
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
EPOCHS, BATCH = 20, 64

# %% [markdown]
# ## 2. 把数据分成三份
#
# 五分之一的图像留作**测试**集，只在最后看一次。其余部分再拿出五分之一作为**验证**集，Keras 在每个 epoch 之后评估它，并据此决定保留哪一组权重。如果改用测试集来挑选，它的分数就只是一个偏乐观的估计，而不再是测量结果。`stratify` 让十个类别在每一份中的比例保持一致。
#
# 像素值在 0 到 16 之间；除以 16 后落在 0 到 1 之间，在这个范围内，默认的权重初始化和学习率都表现良好。除法得到的是 float64，所以数组要转换成 float32，即模型权重的数据类型。`fit` 直接接收 NumPy 数组并自行分批；之所以要知道每个 epoch 有多少个 batch，只是为了下一步的学习率调度。
# %%
images, labels = load_digits(return_X_y=True)
x, x_test, y, y_test = train_test_split(
    (images / 16.0).astype("float32"), labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
split_sizes = (len(x_train), len(x_val), len(x_test))
steps_per_epoch = math.ceil(len(x_train) / BATCH)

# %% [markdown]
# ## 3. 模型、损失与优化器
#
# 每张图像被展平成 64 个数。对这份数据来说，一个 128 个单元的隐藏层就足够了；dropout 在每个训练步随机关掉其中五分之一的单元，防止网络只依赖少数几个单元。最后一层返回十个 **logits**，每个数字一个分数，不做 softmax，并用 `from_logits=True` 告诉损失函数这一点：它会在内部完成 softmax，而且采用的形式在分数很大时依然准确。
#
# Adam 的初始学习率是 0.005，`CosineDecay` 把它平滑地降到最后一步的零。Keras 的调度在每个优化器步都会求值，所以 `decay_steps` 以 batch 计，而不是以 epoch 计。`compile` 把优化器、损失和评估指标绑定到模型上；模型在 `tf.device` 下构建，因此它的权重位于所选的设备上。
# %%
with tf.device(device):
    model = keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dropout(0.2),
            keras.layers.Dense(10),
        ]
    )
    schedule = keras.optimizers.schedules.CosineDecay(5e-3, decay_steps=EPOCHS * steps_per_epoch)
    model.compile(
        optimizer=keras.optimizers.Adam(schedule),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
n_params = model.count_params()
print("train/val/test:", split_sizes, "| parameters:", n_params, "| device:", device[1:4].lower())

# %% [markdown]
# ## 4. 用 `fit` 训练
#
# 训练循环由 Keras 来写：`fit` 负责打乱数据、分批、执行每一步（前向、损失、梯度、更新），训练时打开 dropout、评估验证集时关闭它，并把每个 epoch 的指标收集到它返回的 `History` 中。
#
# 回调（callback）挂在这个循环上。`EpochLog` 每个 epoch 打印一行，包括调度当时的学习率。`EarlyStopping` 加上 `restore_best_weights=True` 会保留验证准确率最好的那个 epoch 的权重副本；`patience=EPOCHS` 表示这里实际上永远不会提前停止，它只在训练结束时把最好的权重放回去。
# %%
class EpochLog(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs):
        lrs.append(float(self.model.optimizer.learning_rate))
        train_loss, val_acc = logs["loss"], logs["val_accuracy"]
        print(
            f"epoch {epoch + 1:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}"
        )


# patience=EPOCHS: never stop early, only restore the best epoch's weights at the end
best = keras.callbacks.EarlyStopping("val_accuracy", patience=EPOCHS, restore_best_weights=True)
lrs = []
with tf.device(device):
    history = model.fit(
        x_train,
        y_train,
        batch_size=BATCH,
        epochs=EPOCHS,
        validation_data=(x_val, y_val),
        callbacks=[EpochLog(), best],
        verbose=0,
    )

# %% [markdown]
# ## 5. 在测试集上看一次
#
# `EarlyStopping` 已经把最好那个 epoch 的权重放了回去，所以可以直接在测试集上评估模型，这是第一次、也是唯一一次。它的准确率就是要报告的数字。
# %%
with tf.device(device):
    test_accuracy = model.evaluate(x_test, y_test, verbose=0)[1]
epochs_run = len(history.history["loss"])
best_epoch = best.best_epoch + 1  # Keras counts epochs from 0
print(f"best epoch {best_epoch} of {epochs_run} | test accuracy {test_accuracy:.4f}")

# %% [markdown]
# ## 6. 训练曲线
#
# `history.history` 为每个指标保存了每个 epoch 的一个值。左图是训练损失，右图是验证准确率，虚线标出保留了权重的那个 epoch。损失一开始下降很快，随着学习率变小而趋于平缓。验证准确率远在最后一个 epoch 之前就已稳定。之后的 epoch 只花时间、不再带来提升，更小的 `patience` 可以省下的正是这部分时间。
# %%
epochs = range(1, epochs_run + 1)
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2), layout="constrained")
left.plot(epochs, history.history["loss"], marker="o")
left.set(title="Training loss", xlabel="epoch", ylabel="cross-entropy", yscale="log")
right.plot(epochs, history.history["val_accuracy"], marker="o", color="tab:green")
right.set(title="Validation accuracy", xlabel="epoch", ylabel="accuracy")
for ax in (left, right):
    ax.axvline(best_epoch, linestyle=":", color="grey")
    ax.set_xticks([1, *range(5, epochs_run + 1, 5)])
    ax.grid(alpha=0.3)
plt.show()

# %% [markdown]
# ## 7. 模型会混淆哪些数字？
#
# 一个准确率数字看不出错误出在哪里。混淆矩阵对每个真实数字（行）统计模型把它识别成了什么（列）：对角线上是正确答案，其他每个格子都是错误。每个数字只有大约 36 张测试图像，每个错误都很显眼，所以应把它看作哪些字形较难的提示，而不是排名。`predict` 以 NumPy 数组返回 logits，最大的那个就是预测的数字。
# %%
with tf.device(device):
    predicted = model.predict(x_test, verbose=0).argmax(1)
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
# - **用 XLA 编译。** 给 `model.compile` 传入 `jit_compile=True`，比较前后一个 epoch 的用时；[编译](../compilation.md) 解释了编译器记录什么、何时重新追踪。对这么小的模型，预计差别不大。
# - **去掉学习率调度。** 给 Adam 一个固定的学习率 0.005 重新训练：损失曲线在后期会更抖，最好的 epoch 也会变。
# - **提前停止。** 设置 `patience=5`，让 `fit` 在验证准确率连续五个 epoch 没有提升时停下，把测试准确率与完整训练的结果比较。
# - **把像素当作图像。** 在前面加上 `keras.layers.Reshape((8, 8, 1))` 和一个 `Conv2D` 层；[层与模型](../layers.md) 展示了各框架如何搭建模型。
# - **保存模型**：用 `model.save("digits.keras")` 保存，并在一个新进程中加载，做法见 [保存与加载](../saving.md)。
# - **切换后端。** 这段代码除了 `tf.device` 之外只用了 Keras 的 API，所以设置 `KERAS_BACKEND="jax"` 后大部分代码无须修改就能运行；[Keras 3](../keras.md) 说明了哪些能直接沿用。
# - **阅读 [PyTorch](digits_pytorch.ipynb) 或 [JAX](digits_jax.ipynb) 版的相同步骤**，在那里训练循环要自己写。
