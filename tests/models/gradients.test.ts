import { describe, expect, it } from "vitest";
import { LinearRegression, LogisticRegression, mulberry32, type RegressionLoss } from "../../src/index.js";

// Every gradient a model trains with (the compiled kernel's, via lossAndGradient) against central
// differences of its loss (evaluated from lossExpression, the course's tree over the same rows).
const random = mulberry32(11);
const X = Array.from({ length: 12 }, () => [2 * random() - 1, 2 * random() - 1, 2 * random() - 1]);
const yReal = X.map(([a, b, c]) => 1.5 * (a as number) - 2 * (b as number) + 0.5 * (c as number) + 0.3 + random());
const yLabel = X.map(([a, b]) => ((a as number) + (b as number) > 0 ? 1 : 0));
const h = 1e-6;

function checkAgainstCentralDifferences(model: LinearRegression | LogisticRegression, y: number[]): void {
  const { gradient } = model.lossAndGradient(X, y);
  const loss = model.lossExpression(X, y);
  const at = model.parameters();
  const engine = loss.gradient(at);
  for (const name of Object.keys(at)) {
    const up = loss.eval({ ...at, [name]: (at[name] as number) + h });
    const down = loss.eval({ ...at, [name]: (at[name] as number) - h });
    expect(gradient[name]).toBeCloseTo((up - down) / (2 * h), 6);
    expect(gradient[name]).toBeCloseTo(engine[name] as number, 10);
  }
  expect(model.lossAndGradient(X, y).loss).toBeCloseTo(loss.eval(at), 10);
}

describe("gradients agree with central differences", () => {
  it.each<RegressionLoss>(["mse", "sse", "mae", "smoothL1"])("LinearRegression, loss %s", (loss) => {
    const model = new LinearRegression().fit(X, yReal, 3, 0.05, { seed: 1, loss });
    checkAgainstCentralDifferences(model, yReal);
  });

  it("LogisticRegression, binary cross-entropy", () => {
    const model = new LogisticRegression().fit(X, yLabel, 3, 0.5, { seed: 1 });
    checkAgainstCentralDifferences(model, yLabel);
  });
});
