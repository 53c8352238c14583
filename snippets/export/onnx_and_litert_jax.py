import os
import tempfile

import jax
import jax.numpy as jnp
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from jax.experimental import jax2tf

rng = np.random.default_rng(0)
shapes = [(4, 8), (8,), (8, 3), (3,)]  # kernels as (in, out)
w1, b1, w2, b2 = (rng.standard_normal(s, dtype=np.float32) / 2 for s in shapes)
x = rng.standard_normal((5, 4), dtype=np.float32)


def predict(x):
    return jnp.tanh(x @ w1 + b1) @ w2 + b2


# jax2tf wraps the StableHLO of `predict` in one TF op; lower it for CPU, where LiteRT runs
predict_tf = jax2tf.convert(
    predict,
    polymorphic_shapes=["(batch, 4)"],
    native_serialization_platforms=("cpu",),
    with_gradient=False,  # inference only: no gradient function in the SavedModel
)
module = tf.Module()
module.predict = tf.function(  # autograph=False: AutoGraph would try to rewrite JAX's code
    predict_tf, input_signature=[tf.TensorSpec([None, 4], name="x")], autograph=False
)
with tf.device("/CPU:0"), tempfile.TemporaryDirectory() as tmp:
    tf.saved_model.save(module, os.path.join(tmp, "mlp"), signatures=module.predict)
    serve = tf.saved_model.load(os.path.join(tmp, "mlp")).signatures["serving_default"]
    y_tf = serve(x=tf.constant(x))["output_0"].numpy()  # JAX's program, run by TensorFlow
    converter = tf.lite.TFLiteConverter.from_saved_model(os.path.join(tmp, "mlp"))
    flatbuffer = converter.convert()

interpreter = Interpreter(model_content=flatbuffer)
y_loaded = interpreter.get_signature_runner("serving_default")(x=x)["output_0"]

y = jax.jit(predict)(x)
max_abs_diff = float(max(np.abs(y_tf - y).max(), np.abs(y_loaded - y).max()))
print("TF ops:", [op.type for op in module.predict.get_concrete_function().graph.get_operations()])
print("signatures:", interpreter.get_signature_list())
print("y_loaded[0]:", y_loaded[0].round(4))
print(f"max |y_loaded - y| (TF and LiteRT): {max_abs_diff:.4f}")
print("device:", jax.default_backend(), "| TF and LiteRT: CPU")
