// Reference solutions the model tests compare against: closed-form least squares and Newton's method
// (IRLS) for L2-regularised logistic regression. Plain loops, no engine.

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and well-conditioned here). */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r]![col]!) > Math.abs(M[pivot]![col]!)) pivot = r;
    [M[col], M[pivot]] = [M[pivot]!, M[col]!];
    for (let r = col + 1; r < n; r++) {
      const factor = M[r]![col]! / M[col]![col]!;
      for (let c = col; c <= n; c++) M[r]![c]! -= factor * M[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = M[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= M[r]![c]! * x[c]!;
    x[r] = sum / M[r]![r]!;
  }
  return x;
}

/** Rows with a trailing 1 for the intercept. */
function withOnes(X: number[][]): number[][] {
  return X.map((row) => [...row, 1]);
}

/** Least squares through the normal equations (A^T A) w = A^T y; returns [slopes..., intercept]. */
export function leastSquares(X: number[][], y: number[]): number[] {
  const A = withOnes(X);
  const p = A[0]!.length;
  const AtA = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => A.reduce((s, row) => s + row[i]! * row[j]!, 0)),
  );
  const Aty = Array.from({ length: p }, (_, i) => A.reduce((s, row, r) => s + row[i]! * y[r]!, 0));
  return solve(AtA, Aty);
}

/**
 * Logistic regression as scikit-learn's default fits it (L2 penalty, C = 1: minimise
 * sum_i BCE_i + 0.5 |w|^2, intercept not penalised), by Newton's method / IRLS. Returns [w..., b].
 */
export function logisticNewton(X: number[][], y: number[], iterations = 25): number[] {
  const A = withOnes(X);
  const p = A[0]!.length;
  const w = new Array<number>(p).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gradient = w.map((wj, j) => (j < p - 1 ? wj : 0));
    const H = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j && i < p - 1 ? 1 : 0)));
    A.forEach((row, r) => {
      const z = row.reduce((s, v, j) => s + v * w[j]!, 0);
      const prob = 1 / (1 + Math.exp(-z));
      const weight = prob * (1 - prob);
      for (let i = 0; i < p; i++) {
        gradient[i]! += (prob - y[r]!) * row[i]!;
        for (let j = 0; j < p; j++) H[i]![j]! += weight * row[i]! * row[j]!;
      }
    });
    const step = solve(H, gradient);
    for (let j = 0; j < p; j++) w[j]! -= step[j]!;
  }
  return w;
}

/** Predictions of [slopes..., intercept] on rows. */
export function linearPredict(coefficients: number[], X: number[][]): number[] {
  const d = X[0]!.length;
  return X.map((row) => row.reduce((s, v, j) => s + v * coefficients[j]!, coefficients[d]!));
}
