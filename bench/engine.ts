/**
 * Engine benchmarks: ratios measured in one run. Not a test (no assertions); see bench/README.md.
 *   npm run bench:engine        (npx tsx bench/engine.ts)
 * Each figure is the median of several samples after a warm-up. Targets are printed beside the ratios.
 */
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { all, create } from "mathjs";
import {
  compile,
  compileSum,
  constant,
  cos,
  exp,
  sigmoid,
  sin,
  sqrt,
  tanh,
  variable,
  type Expression,
} from "../src/index.js";
import { formatNs, time, timeOnce } from "./measure.js";

const math = create(all!);
const x = variable("x");
const y = variable("y");
const z = variable("z");
const lines: string[] = [];
const say = (line = ""): void => {
  console.log(line);
  lines.push(line);
};
const benchStart = performance.now();

// ---------------------------------------------------------------------------------------------------
// 1. gradient / eval on a 1,000-node tree (the tree walker), and the same for compiled code

/**
 * A deterministic pseudo-random expression with `size` distinct nodes over x, y, z: each new node applies a
 * bounded operation (sin, tanh, sigmoid, +, -, *, a / (1 + b^2)) to the newest node and a random older one.
 */
function randomTree(size: number, seed = 42): Expression {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool: Expression[] = [x, y, z];
  let nodes = 3;
  while (nodes < size) {
    const a = pool[pool.length - 1]!;
    const b = pool[Math.floor(random() * pool.length)]!;
    const k = Math.floor(random() * 7);
    let e: Expression;
    if (k === 0) e = a.add(b);
    else if (k === 1) e = a.sub(b);
    else if (k === 2) {
      e = tanh(a.mul(b));
      nodes += 1;
    } else if (k === 3) {
      e = a.div(constant(1).add(b.mul(b)));
      nodes += 4;
    } else if (k === 4) e = sin(a);
    else if (k === 5) e = tanh(a);
    else {
      e = sigmoid(a.mul(constant(0.5)));
      nodes += 2;
    }
    nodes += 1;
    pool.push(e);
  }
  return pool[pool.length - 1]!;
}

const tree = randomTree(1000);
const env = { x: 0.7, y: -1.2, z: 0.3 };
let treeNodes = 0;
{
  const seen = new Set<Expression>();
  const stack: Expression[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push(...node.children);
  }
  treeNodes = seen.size;
}
const evalTime = time(() => tree.eval(env));
const gradientTime = time(() => tree.gradient(env).x);
const compiledTree = compile(tree, { variables: ["x", "y", "z"], gradient: true });
const treeInputs = [0.7, -1.2, 0.3];
const treeGradient = new Float64Array(3);
const compiledValueTime = time(() => compiledTree(treeInputs), { warmupMs: 1500 });
const compiledGradientTime = time(() => compiledTree.valueAndGradient!(treeInputs, treeGradient), { warmupMs: 1500 });

say(`## 1. gradient / eval, a ${treeNodes}-node tree over x, y, z`);
say();
say(`| | eval | gradient | gradient / eval | target |`);
say(`|---|---|---|---|---|`);
say(
  `| tree walker (\`e.eval\`, \`e.gradient\`) | ${formatNs(evalTime.ns)} | ${formatNs(gradientTime.ns)} | **${(gradientTime.ns / evalTime.ns).toFixed(2)}** | <= 3 |`,
);
say(
  `| compiled (\`f(inputs)\`, \`f.valueAndGradient\`) | ${formatNs(compiledValueTime.ns)} | ${formatNs(compiledGradientTime.ns)} | **${(compiledGradientTime.ns / compiledValueTime.ns).toFixed(2)}** | |`,
);
say(
  `| tree walker / compiled | ${(evalTime.ns / compiledValueTime.ns).toFixed(0)}x | ${(gradientTime.ns / compiledGradientTime.ns).toFixed(0)}x | | |`,
);
say();

// ---------------------------------------------------------------------------------------------------
// 2. compiled evaluation vs a hand-written arrow function (same calling convention) and vs mathjs

// f(x, y, z) = tanh(0.5 x + 0.25 y - 0.1) * 1.5 + sigmoid(0.3 x - 0.7 z + 0.2) * 0.8 + (x - y)^2 / (1 + z^2) + sqrt(x^2 + 1) * cos(y) - exp(-z / 2)
const small = tanh(x.mul(0.5).add(y.mul(0.25)).sub(0.1))
  .mul(1.5)
  .add(sigmoid(x.mul(0.3).sub(z.mul(0.7)).add(0.2)).mul(0.8))
  .add(
    x
      .sub(y)
      .pow(2)
      .div(constant(1).add(z.pow(2))),
  )
  .add(sqrt(x.pow(2).add(1)).mul(cos(y)))
  .sub(exp(z.neg().div(2)));
const handWritten = (v: ArrayLike<number>): number => {
  const u = 0.3 * v[0]! - 0.7 * v[2]! + 0.2;
  return (
    Math.tanh(0.5 * v[0]! + 0.25 * v[1]! - 0.1) * 1.5 +
    (u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u))) * 0.8 +
    (v[0]! - v[1]!) ** 2 / (1 + v[2]! ** 2) +
    Math.sqrt(v[0]! ** 2 + 1) * Math.cos(v[1]!) -
    Math.exp(-v[2]! / 2)
  );
};
const mathjsCompiled = math.compile(
  "tanh(0.5 x + 0.25 y - 0.1) * 1.5 + 1 / (1 + exp(-(0.3 x - 0.7 z + 0.2))) * 0.8 + (x - y)^2 / (1 + z^2) + sqrt(x^2 + 1) * cos(y) - exp(-z / 2)",
);
const compiledSmall = compile(small, { variables: ["x", "y", "z"] });
// 1,024 different points, visited in turn, so no call can be folded away
const points = Array.from({ length: 1024 }, (_, i) => [Math.sin(i) * 2, Math.cos(i * 1.3), (i % 17) / 10 - 0.8]);
const scopes = points.map(([px, py, pz]) => ({ x: px!, y: py!, z: pz! }));
for (let i = 0; i < 1024; i++) {
  const expected = handWritten(points[i]!);
  if (
    Math.abs(compiledSmall(points[i]!) - expected) > 1e-9 ||
    Math.abs((mathjsCompiled.evaluate(scopes[i]!) as number) - expected) > 1e-9
  ) {
    throw new Error(`the three versions of the formula disagree at point ${i}`);
  }
}
let k = 0;
const handTime = time(() => handWritten(points[k++ & 1023]!));
const compiledTime = time(() => compiledSmall(points[k++ & 1023]!));
const mathjsTime = time(() => mathjsCompiled.evaluate(scopes[k++ & 1023]!) as number);
const walkerTime = time(() => small.eval(scopes[k++ & 1023]!));

say(`## 2. Evaluating a formula of x, y, z (tanh, sigmoid, pow, sqrt, cos, exp: ${treeSize(small)} nodes)`);
say();
say(`| | time per call | vs hand-written | target |`);
say(`|---|---|---|---|`);
say(`| hand-written arrow \`(v) => ...\` | ${formatNs(handTime.ns)} | 1.00x | |`);
say(`| \`compile(e)\` | ${formatNs(compiledTime.ns)} | **${(compiledTime.ns / handTime.ns).toFixed(2)}x** | <= 1.5x |`);
say(
  `| mathjs \`compile().evaluate(scope)\` | ${formatNs(mathjsTime.ns)} | ${(mathjsTime.ns / handTime.ns).toFixed(1)}x | |`,
);
say(`| tree walker \`e.eval(env)\` | ${formatNs(walkerTime.ns)} | ${(walkerTime.ns / handTime.ns).toFixed(1)}x | |`);
say();
say(
  `compile(e) is **${(mathjsTime.ns / compiledTime.ns).toFixed(0)}x faster** than mathjs compile().evaluate (target >= 30x).`,
);
say();

// ---------------------------------------------------------------------------------------------------
// 2b. a training sum: compileSum vs a hand-written loop (squared error of a line over 10,000 rows)
{
  const m = variable("m");
  const b = variable("b");
  const kernel = compileSum(m.mul(x).add(b).sub(y).pow(2), { parameters: ["m", "b"], inputs: ["x", "y"] });
  const rows = 10_000;
  const data = new Float64Array(2 * rows);
  for (let r = 0; r < rows; r++) {
    data[2 * r] = r / rows;
    data[2 * r + 1] = 3 * (r / rows) + 1 + Math.sin(r);
  }
  const parameters = Float64Array.of(2, 0.5);
  const g = new Float64Array(2);
  const byHand = (p: Float64Array, d: Float64Array, out: Float64Array): number => {
    let sum = 0;
    let gm = 0;
    let gb = 0;
    for (let r = 0; r < rows; r++) {
      const residual = p[0]! * d[2 * r]! + p[1]! - d[2 * r + 1]!;
      sum += residual * residual;
      gm += 2 * residual * d[2 * r]!;
      gb += 2 * residual;
    }
    out[0]! += gm;
    out[1]! += gb;
    return sum;
  };
  const kernelTime = time(() => kernel(parameters, data, null, 0, rows, g));
  const handLoopTime = time(() => byHand(parameters, data, g));
  say(`## 2b. Loss and gradient summed over 10,000 rows, (m x + b - y)^2`);
  say();
  say(`| hand-written loop | \`compileSum\` kernel | kernel / hand |`);
  say(`|---|---|---|`);
  say(
    `| ${formatNs(handLoopTime.ns)} | ${formatNs(kernelTime.ns)} | **${(kernelTime.ns / handLoopTime.ns).toFixed(2)}x** |`,
  );
  say();
}

// ---------------------------------------------------------------------------------------------------
// 3. derivative() on three families, next to mathjs derivative

interface Family {
  readonly name: string;
  build(n: number): Expression;
  formula(n: number): string;
}
const families: readonly Family[] = [
  {
    name: "sum of sin(i x) x^2",
    build: (n) => sumOf(Array.from({ length: n }, (_, i) => sin(constant(i + 1).mul(x)).mul(x.pow(2)))),
    formula: (n) => Array.from({ length: n }, (_, i) => `sin(${i + 1} * x) * x^2`).join(" + "),
  },
  {
    name: "product of (x + i)",
    build: (n) => Array.from({ length: n }, (_, i) => x.add(i + 1)).reduce((p, f) => p.mul(f)),
    formula: (n) => Array.from({ length: n }, (_, i) => `(x + ${i + 1})`).join(" * "),
  },
  {
    name: "nested sin(sin(...x))",
    build: (n) => Array.from({ length: n }).reduce<Expression>((e) => sin(e), x),
    formula: (n) => `${"sin(".repeat(n)}x${")".repeat(n)}`,
  },
];

function sumOf(terms: readonly Expression[]): Expression {
  return terms.reduce((sum, term) => sum.add(term));
}

/** Distinct nodes (the shared graph's size) and the size of the same tree written out in full. */
function sizes(root: Expression): { dag: number; unfolded: number } {
  const order: Expression[] = [];
  const seen = new Set<Expression>();
  const stack: [Expression, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, expanded] = stack.pop()!;
    if (expanded) {
      order.push(node);
      continue;
    }
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push([node, true]);
    for (const child of node.children) if (!seen.has(child)) stack.push([child, false]);
  }
  const unfolded = new Map<Expression, number>();
  for (const node of order)
    unfolded.set(
      node,
      node.children.reduce((total, child) => total + unfolded.get(child)!, 1),
    );
  return { dag: seen.size, unfolded: unfolded.get(root)! };
}

function treeSize(root: Expression): number {
  return sizes(root).dag;
}

const mathjsPath = createRequire(import.meta.url).resolve("mathjs");
const workerPath = fileURLToPath(new URL("./mathjsDerivative.cjs", import.meta.url));

interface MathjsResult {
  readonly ms: number;
  readonly nodes?: number | null;
  readonly printed?: number | null;
  readonly error?: string;
  readonly stopped?: boolean;
}

/** mathjs derivative of one formula in a worker thread, stopped after `capMs`. */
function mathjsDerivative(formula: string, simplify: boolean, capMs: number): Promise<MathjsResult> {
  return new Promise((resolve) => {
    const worker = new Worker(workerPath, { workerData: { mathjs: mathjsPath, formula, simplify } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ms: capMs, stopped: true });
    }, capMs);
    worker.once("message", (result: MathjsResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      resolve({ ms: Number.NaN, error: error.message });
    });
  });
}

function describeMathjs(result: MathjsResult): [string, string] {
  if (result.stopped === true) return [`stopped at ${(result.ms / 1000).toFixed(0)} s`, "-"];
  if (result.error !== undefined) return [`fails: ${result.error.split(":")[0]}`, "-"];
  const size =
    result.nodes === null || result.nodes === undefined ? "?" : `${result.nodes} nodes, ${result.printed} chars`;
  return [`${result.ms.toFixed(1)} ms`, size];
}

const PRINT_LIMIT = 3_000_000; // print (toString) only outputs whose unfolded tree is at most this big
say(`## 3. derivative("x") on three families`);
say();
say(
  `gradkit: median of 7 runs after 3 warm-ups, each on a freshly built expression; output size as the shared graph (DAG nodes), the tree it stands for`,
);
say(`written out in full (unfolded nodes), and printed length (toString) where the unfolded tree has at most`);
say(
  `${PRINT_LIMIT.toLocaleString("en")} nodes. mathjs 15: \`derivative(parse(formula), "x", { simplify: false })\`, one run each in a worker`,
);
say(`thread stopped at 20 s; its size is its tree's node count and printed length.`);
say();
say(`| family | n | gradkit time | DAG nodes | unfolded nodes | printed chars | mathjs time | mathjs output |`);
say(`|---|---|---|---|---|---|---|---|`);
for (const family of families) {
  for (const n of [10, 100, 1000]) {
    // each timed run differentiates a freshly built expression (no cached tape), not counting the build
    const fresh = Array.from({ length: 10 }, () => family.build(n));
    let run = 0;
    const ms = timeOnce(() => fresh[run++]!.derivative("x"), 7, 3);
    const d = family.build(n).derivative("x");
    const { dag, unfolded } = sizes(d);
    const printed = unfolded <= PRINT_LIMIT ? String(d.toString().length) : "(not printed)";
    const [mjTime, mjSize] = describeMathjs(await mathjsDerivative(family.formula(n), false, 20_000));
    say(
      `| ${family.name} | ${n} | **${ms.toFixed(2)} ms** | ${dag} | ${unfolded.toLocaleString("en")} | ${printed} | ${mjTime} | ${mjSize} |`,
    );
  }
}
say();
say(
  `Times exclude building the input (gradkit) and parsing the formula (mathjs); target: under 10 ms for every case at n = 1000.`,
);
say();
say(`mathjs with its default simplification (\`derivative(expr, "x")\`), n = 10, stopped at 5 s:`);
say();
for (const family of families) {
  const [mjTime] = describeMathjs(await mathjsDerivative(family.formula(10), true, 5_000));
  say(`- ${family.name}: ${mjTime}`);
}
say();
say(`Whole run: ${((performance.now() - benchStart) / 1000).toFixed(0)} s, Node ${process.version}.`);
