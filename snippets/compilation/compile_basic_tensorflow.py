import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def mlp(x, w1, w2):
    h = tf.nn.relu(x @ w1)
    return (h @ w2) * 0.5 + 1.0


with tf.device(device):
    x = tf.reshape(tf.range(-6.0, 6.0), (3, 4))
    w1 = tf.reshape(tf.range(-4.0, 4.0), (4, 2))
    w2 = tf.constant([[1.0], [-1.0]])

    eager = mlp(x, w1, w2)
    graph_mlp = tf.function(mlp)  # traces to a graph, run by TensorFlow's executor
    xla_mlp = tf.function(mlp, jit_compile=True)  # the same graph, compiled by XLA
    graph = graph_mlp(x, w1, w2)
    compiled = xla_mlp(x, w1, w2)

print("eager:   ", tf.reshape(eager, [-1]).numpy())
print("graph:   ", tf.reshape(graph, [-1]).numpy())
print("compiled:", tf.reshape(compiled, [-1]).numpy())
print("same values:", bool(tf.reduce_all(eager == graph) and tf.reduce_all(eager == compiled)))
print("device:", compiled.device.rsplit(":", 2)[-2].lower())
