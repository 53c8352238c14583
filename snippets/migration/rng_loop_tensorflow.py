import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def noisy_step(gen, x):  # draws from a generator object that is passed in
    return x + 0.1 * gen.normal(x.shape)


def run(seed):
    with tf.device(device):
        gen = tf.random.Generator.from_seed(seed)  # its state advances with each draw
        x = tf.zeros(3)
        return tf.stack([noisy_step(gen, x) for _ in range(3)])


noise, again = run(0), run(0)
steps_differ = not np.array_equal(noise[0], noise[1])
rerun_repeats = np.array_equal(noise, again)
print("noise per step:\n", noise.numpy().round(4))
print("steps differ:", steps_differ, "| re-run repeats:", rerun_repeats)
print("device:", device[1:4].lower())
