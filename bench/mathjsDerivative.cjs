// Runs in a worker thread (so a case can be stopped at a time cap): mathjs `derivative` on one case.
const { parentPort, workerData } = require("node:worker_threads");
const math = require(workerData.mathjs);
const { formula, simplify } = workerData;
let start = performance.now();
try {
  const parsed = math.parse(formula);
  start = performance.now();
  const derivative = math.derivative(parsed, "x", { simplify });
  const ms = performance.now() - start;
  let nodes = null;
  let printed = null;
  try {
    let count = 0;
    derivative.traverse(() => count++);
    nodes = count;
    printed = derivative.toString().length;
  } catch (_error) {
    // recursive traversal or printing overflowed: report the time without the size
  }
  parentPort.postMessage({ ms, nodes, printed });
} catch (error) {
  parentPort.postMessage({
    ms: performance.now() - start,
    error: `${error.constructor.name}: ${String(error.message).slice(0, 60)}`,
  });
}
