import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


class EncoderBlock(keras.layers.Layer):  # post-norm Transformer encoder block
    def __init__(self, dim=16, heads=4, hidden=32):
        super().__init__()
        self.attn = keras.layers.MultiHeadAttention(num_heads=heads, key_dim=dim // heads)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-5)  # Keras default: 1e-3
        self.ff = keras.Sequential(
            [keras.layers.Dense(hidden, activation="relu"), keras.layers.Dense(dim)]
        )
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-5)

    def call(self, x, valid):  # valid: True = attend to that key
        a, weights = self.attn(x, x, attention_mask=valid, return_attention_scores=True)
        h = self.norm1(x + a)
        return self.norm2(h + self.ff(h)), weights


rng = np.random.default_rng(0)
x = rng.standard_normal((2, 5, 16), dtype=np.float32)
valid = np.arange(5) < np.array([[5], [3]])  # the second sequence has 2 padding steps
with tf.device(device):
    block = EncoderBlock()
    y, weights = block(x, valid[:, None, :])  # mask (N, T, S), broadcast over the T queries

print("device:", device[1:4].lower())
print({"/".join(w.path.split("/")[-2:]): tuple(w.shape) for w in block.attn.weights})
n_params = block.count_params()
padded_weight = float(tf.reduce_sum(weights[1, :, :, 3:]))  # attention paid to the padded keys
print("output:", tuple(y.shape), "| weights (N, heads, T, S):", tuple(weights.shape))
print("parameters:", n_params, "| weight on padding:", padded_weight)
