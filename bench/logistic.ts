/**
 * L2-regularised logistic regression on standardised inputs, fitted by Newton's method: the small model behind the
 * detector's weights (core/detect-article.ts). Same objective as scikit-learn's `LogisticRegression(C)`: the sum of
 * log-losses plus |w|² / 2C, the intercept not penalised. A dozen inputs and a thousand pages solve in milliseconds.
 */
export interface Model {
  /** Weights on the raw (unstandardised) inputs, and the intercept. */
  weights: number[];
  bias: number;
}

export function fitLogistic(inputs: number[][], labels: boolean[], c: number): Model {
  const n = inputs.length;
  const d = inputs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => inputs.reduce((sum, row) => sum + row[j]!, 0) / n);
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(inputs.reduce((sum, row) => sum + (row[j]! - mean[j]!) ** 2, 0) / n) || 1);
  // Standardised rows with a leading 1 for the intercept.
  const x = inputs.map((row) => [1, ...row.map((value, j) => (value - mean[j]!) / scale[j]!)]);
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < 50; step += 1) {
    const gradient = w.map((wj, j) => (j === 0 ? 0 : wj / c));
    const hessian = w.map((_, i) => w.map((__, j) => (i === j && i > 0 ? 1 / c : 0)));
    for (let i = 0; i < n; i += 1) {
      const row = x[i]!;
      const p = 1 / (1 + Math.exp(-row.reduce((sum, value, j) => sum + value * w[j]!, 0)));
      const residual = p - (labels[i] ? 1 : 0);
      const curvature = p * (1 - p);
      for (let j = 0; j <= d; j += 1) {
        gradient[j]! += residual * row[j]!;
        for (let k = 0; k <= d; k += 1) hessian[j]![k]! += curvature * row[j]! * row[k]!;
      }
    }
    const delta = solve(hessian, gradient);
    let moved = 0;
    for (let j = 0; j <= d; j += 1) {
      w[j]! -= delta[j]!;
      moved = Math.max(moved, Math.abs(delta[j]!));
    }
    if (moved < 1e-9) break;
  }
  const weights = Array.from({ length: d }, (_, j) => w[j + 1]! / scale[j]!);
  const bias = w[0]! - weights.reduce((sum, weight, j) => sum + weight * mean[j]!, 0);
  return { weights, bias };
}

export function scoreOf(model: Model, row: number[]): number {
  return row.reduce((sum, value, j) => sum + value * model.weights[j]!, model.bias);
}

/** Solves a x = b by Gaussian elimination with partial pivoting (the Hessian is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i]!]);
  const size = m.length;
  for (let col = 0; col < size; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < size; row += 1) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = col + 1; row < size; row += 1) {
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= size; k += 1) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = m[row]![size]!;
    for (let k = row + 1; k < size; k += 1) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}
