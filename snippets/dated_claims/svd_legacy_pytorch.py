import warnings

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.set_printoptions(precision=4, sci_mode=False)

A = torch.tensor([[3.0, 1.0, 4.0], [1.0, 5.0, 9.0]], device=device)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)  # A = U @ diag(S) @ Vh
singular_values = S
rebuilt = U @ torch.diag(S) @ Vh
abs_v = Vh.mT.abs()  # V, with each column's arbitrary sign removed

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    U2, S2, V = torch.svd(A)  # legacy: returns V, not Vh; `some=True` = reduced form
print("torch.linalg.svd -> U, S, Vh shapes:", tuple(U.shape), tuple(S.shape), tuple(Vh.shape))
print("torch.svd        -> U, S, V  shapes:", tuple(U2.shape), tuple(S2.shape), tuple(V.shape))
print("singular values:", S)
print("rebuilt:", rebuilt)
print("torch.svd's V equals Vh.mT:", torch.allclose(V, Vh.mT, atol=1e-6))
print("warning raised by torch.svd:", [w.category.__name__ for w in caught] or "none")
print("docstring marks it deprecated:", "deprecated in favor of" in torch.svd.__doc__)
print("full_matrices=True <-> some=False:", tuple(torch.svd(A, some=False).V.shape))
print("device:", A.device.type)
