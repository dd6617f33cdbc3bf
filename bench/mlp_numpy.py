#!/usr/bin/python3
"""The network of bench/mlp.ts in single-threaded numpy (float64), for context: an 8-32-1 tanh MLP,
10,000 rows x 100 full-batch epochs of gradient descent on the mean squared error, lr 0.05. Not the same
data as bench/mlp.ts (numpy's own generator; same sizes and distribution), so compare times, not weights.

    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/mlp_numpy.py
"""
import os
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np  # noqa: E402

ROWS, INPUTS, HIDDEN, EPOCHS, LR = 10_000, 8, 32, 100, 0.05
rng = np.random.default_rng(42)
X = rng.uniform(-1, 1, (ROWS, INPUTS))
y = np.sin(2 * X[:, 0]) + X[:, 1] * X[:, 2] - 0.5 * X[:, 3] + 0.05 * (rng.uniform(size=ROWS) - 0.5)


def train():
    r = np.random.default_rng(1)
    W1 = r.uniform(-1, 1, (INPUTS, HIDDEN)) / np.sqrt(INPUTS)
    b1 = r.uniform(-1, 1, HIDDEN) / np.sqrt(INPUTS)
    W2 = r.uniform(-1, 1, HIDDEN) / np.sqrt(HIDDEN)
    b2 = r.uniform(-1, 1) / np.sqrt(HIDDEN)
    for _ in range(EPOCHS):
        H = np.tanh(X @ W1 + b1)
        e = H @ W2 + b2 - y
        d = 2 * e / ROWS
        gW2 = H.T @ d
        gb2 = d.sum()
        dZ = np.outer(d, W2) * (1 - H * H)
        gW1 = X.T @ dZ
        gb1 = dZ.sum(axis=0)
        W1 -= LR * gW1
        b1 -= LR * gb1
        W2 -= LR * gW2
        b2 -= LR * gb2
    return float(np.mean(e * e))


train()  # warm-up
times = []
for _ in range(5):
    start = time.process_time()
    loss = train()
    times.append(time.process_time() - start)
times.sort()
print(f"numpy {np.__version__} (1 thread), 8-32-1 tanh MLP, {ROWS} rows x {EPOCHS} epochs: median CPU {times[2]:.2f} s of 5 "
      f"[{', '.join(f'{t:.2f}' for t in times)}], final loss {loss:.4f}")
