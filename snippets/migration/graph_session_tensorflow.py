import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(9)
x = rng.standard_normal((8, 3), dtype=np.float32)
y = rng.standard_normal((8, 1), dtype=np.float32)
w0 = 0.5 * rng.standard_normal((3, 1), dtype=np.float32)
LR = 0.1

# TF1 style: build a graph first, then run it in a session. The tf.Graph() context keeps
# eager execution on everywhere else in the process.
graph = tf.Graph()
with graph.as_default(), tf.device(device):
    x_in = tf.compat.v1.placeholder(tf.float32, shape=(None, 3), name="x")
    y_in = tf.compat.v1.placeholder(tf.float32, shape=(None, 1), name="y")
    w_var = tf.compat.v1.Variable(w0)
    b_var = tf.compat.v1.Variable(tf.zeros(1))
    loss_op = tf.reduce_mean((x_in @ w_var + b_var - y_in) ** 2)
    train_op = tf.compat.v1.train.GradientDescentOptimizer(LR).minimize(loss_op)
    init_op = tf.compat.v1.global_variables_initializer()
with tf.compat.v1.Session(graph=graph) as sess:
    sess.run(init_op)
    loss_v1, _ = sess.run([loss_op, train_op], feed_dict={x_in: x, y_in: y})
    w_v1, b_v1 = sess.run([w_var, b_var])

# TF2 style: variables hold their values from creation; a tf.function replaces the session.
with tf.device(device):
    w = tf.Variable(w0)
    b = tf.Variable(tf.zeros(1))

    @tf.function
    def train_step(x, y):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((x @ w + b - y) ** 2)
        dw, db = tape.gradient(loss, [w, b])
        w.assign_sub(LR * dw)
        b.assign_sub(LR * db)
        return loss

    loss = float(train_step(x, y))
w_new, b_new = w.numpy(), b.numpy()

print("TF1 placeholders:", [op.name for op in graph.get_operations() if op.type == "Placeholder"])
print(f"TF1 session:  loss {loss_v1:.4f}  w {w_v1.ravel().round(4)}  b {b_v1.round(4)}")
print(f"TF2 function: loss {loss:.4f}  w {w_new.ravel().round(4)}  b {b_new.round(4)}")
print("same result:", bool(np.allclose(w_v1, w_new) and np.allclose(loss_v1, loss)))
print("eager outside the graph:", tf.executing_eagerly(), "| device:", device[1:4].lower())
