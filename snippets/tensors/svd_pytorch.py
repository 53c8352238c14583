import re

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], device=device)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)  # A = U @ diag(S) @ Vh
singular_values = S
rebuilt = U @ torch.diag(S) @ Vh

print("U, S, Vh shapes:", tuple(U.shape), tuple(S.shape), tuple(Vh.shape))
print("singular values:", S)
print("rebuilt:", rebuilt)
print("default full_matrices=True gives Vh of shape", tuple(torch.linalg.svd(A).Vh.shape))

U2, S2, V = torch.svd(A)  # legacy API: V, not Vh, so A = U2 @ diag(S2) @ V.T
print("torch.svd V shape:", tuple(V.shape))
print("U2 @ diag(S2) @ V.T == A:", torch.allclose(U2 @ torch.diag(S2) @ V.T, A, atol=1e-5))
doc = " ".join(torch.svd.__doc__.split())
sentence = re.search(r"\S+ is deprecated in favor of \S+ and will be removed[^.]*\.", doc)[0]
print(sentence.replace(":func:", ""))
print("device:", A.device.type)
