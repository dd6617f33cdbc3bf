import type { LossKernel } from "../compile/LossKernel.js";
import type { Expression } from "../expression/Expression.js";
import type { UnaryFunction } from "../expression/UnaryFunction.js";
import { variable } from "../expression/factories.js";
import { HELPERS, unaryValueCode } from "../compile/javascript.js";
import { compile } from "../compile/compile.js";
import { CompileError } from "../compile/CompileError.js";
import { activationNamed, type Activation } from "./activations.js";

/** What a dense network's kernel is for: layer sizes, the hidden activation, and the per-row loss of its outputs. */
export interface DenseSpec {
  /** [inputs, hidden..., outputs]; no hidden sizes is a linear (softmax) model. */
  readonly sizes: readonly number[];
  readonly activation: Activation;
  /**
   * One row's loss from the network's outputs o0.. and the row's target columns t0.. (variables), e.g.
   * squared error. Its gradient with respect to the outputs is compiled once by the engine.
   */
  readonly loss: (outputs: Expression[], targets: Expression[]) => Expression;
  /** How many target columns follow the inputs in each data row. */
  readonly targets: number;
}

/** A training kernel: the SUM over rows of the loss, with d(sum)/d(parameter) ADDED into gradientOut. */
export interface DenseKernel extends LossKernel {
  /** The outputs (row-major, `sizes.at(-1)` per row) of `n` rows of inputs (row-major, `sizes[0]` per row). */
  readonly forward: (parameters: Float64Array, inputs: Float64Array, n: number) => Float64Array;
  /** Number of parameters: per layer its weights [out][in] row-major, then its biases. */
  readonly parameterCount: number;
  /** 1 for weights, 0 for biases: where weight decay applies. */
  readonly isWeight: Uint8Array;
  readonly source: string;
}

/** More parameters than this is a RangeError rather than an out-of-memory crash. */
const MAX_PARAMETERS = 10_000_000;

// Inner sums up to this many terms are written out with the weights held in locals; wider ones loop.
const UNROLL = 48;

/**
 * The training kernel of a dense network, generated once per shape: JavaScript that runs a batch layer by
 * layer, unit by unit (each unit's weights read once into locals, then a tight loop over the batch's
 * rows), and back. The derivative pieces are the engine's own: the activation node's `emit` for its
 * value and its `outer(u, value)` rule for its derivative, and the per-row loss's gradient with respect
 * to the outputs from `compile(loss, { gradient: true })`. Only the bookkeeping of dense layers (which
 * weight meets which input) is written here; tests/nn/denseKernel.test.ts checks the gradient against
 * the engine's reverse pass through the same network built as an expression.
 */
export function denseKernel(spec: DenseSpec): DenseKernel {
  const { sizes, targets } = spec;
  if (sizes.length < 2 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new RangeError(
      `A dense network needs at least two sizes, each a whole number >= 1; got [${sizes.join(", ")}]`,
    );
  }
  const node = activationNamed(spec.activation)(variable("z")) as UnaryFunction;
  const L = sizes.length - 1;
  const K = sizes[L]!;
  const D = sizes[0]!;
  const stride = D + targets;
  const offsets: { w: number; b: number; in: number; out: number }[] = [];
  let count = 0;
  for (let l = 0; l < L; l++) {
    const inSize = sizes[l]!;
    const outSize = sizes[l + 1]!;
    offsets.push({ w: count, b: count + inSize * outSize, in: inSize, out: outSize });
    count += inSize * outSize + outSize;
  }
  if (count > MAX_PARAMETERS)
    throw new RangeError(
      `A dense network of sizes [${sizes.join(", ")}] has ${count} parameters; at most ${MAX_PARAMETERS} are supported`,
    );
  const isWeight = new Uint8Array(count);
  for (const { w, b } of offsets) isWeight.fill(1, w, b);

  const outputs = Array.from({ length: K }, (_, k) => variable(`o${k}`));
  const targetVars = Array.from({ length: targets }, (_, t) => variable(`t${t}`));
  const lossFunction = compile(spec.loss(outputs, targetVars), {
    variables: [...outputs, ...targetVars].map((v) => v.name),
    gradient: true,
  });

  const source = generate(offsets, unaryValueCode(node, "z"), K, D, stride, targets, true);
  const forwardSource = generate(offsets, unaryValueCode(node, "z"), K, D, D, 0, false);
  const make = (code: string) =>
    new Function("act", "loss", "fail", "sigmoidOf", `"use strict";\n${code}`)(
      node,
      lossFunction,
      fail,
      HELPERS.sigmoidOf,
    ) as (...args: unknown[]) => unknown;
  const run = make(source);
  const forwardRun = make(forwardSource);
  function fail(message: string): never {
    throw new CompileError(message);
  }
  const kernel: LossKernel = (parameters, data, rows, start, end, gradientOut) => {
    if (parameters.length !== count || gradientOut.length !== count)
      throw new CompileError(`Expected ${count} parameters and gradients`);
    if (end > (rows === null ? data.length / stride : rows.length) || start < 0 || end < start)
      throw new CompileError(`Rows ${start}..${end} are out of range`);
    return run(parameters, data, rows, start, end, gradientOut) as number;
  };
  const forward = (parameters: Float64Array, inputs: Float64Array, n: number): Float64Array => {
    if (parameters.length !== count) throw new CompileError(`Expected ${count} parameters`);
    if (inputs.length !== n * D) throw new CompileError(`Expected ${n} rows of ${D} inputs`);
    return forwardRun(parameters, inputs, null, 0, n, null) as Float64Array;
  };
  return Object.assign(kernel, { forward, parameterCount: count, isWeight, source });
}

interface Layer {
  readonly w: number;
  readonly b: number;
  readonly in: number;
  readonly out: number;
}

/** Source of the kernel body (the training kernel, or the forward pass alone returning the outputs). */
function generate(
  layers: readonly Layer[],
  activation: string,
  K: number,
  D: number,
  stride: number,
  targets: number,
  training: boolean,
): string {
  const L = layers.length;
  const lines: string[] = [];
  const emit = (line: string) => lines.push(line);
  // Buffers grow to the largest batch seen and are reused: Z (pre-activation) and A (activation) per
  // hidden layer, the outputs O, and the adjoints dZ; all unit-major, entry [unit * B + row].
  emit("let capacity = 0, base = new Int32Array(0), io = new Float64Array(0), go = new Float64Array(0);");
  for (let l = 0; l < L; l++) emit(`let Z${l} = new Float64Array(0), A${l} = Z${l}, dZ${l} = Z${l};`);
  emit("return function denseKernel(p, data, rows, start, end, g) {");
  emit("  const B = end - start;");
  emit("  if (B > capacity) {");
  emit("    capacity = B; base = new Int32Array(B);");
  layers.forEach((layer, l) => {
    const hidden = l < L - 1;
    emit(
      `    Z${l} = new Float64Array(B * ${layer.out}); A${l} = ` +
        `${hidden ? `new Float64Array(B * ${layer.out})` : `Z${l}`}; dZ${l} = new Float64Array(B * ${layer.out});`,
    );
  });
  emit(`    io = new Float64Array(${K + targets}); go = new Float64Array(${K + targets});`);
  emit("  }");
  emit(`  for (let r = 0; r < B; r++) base[r] = (rows === null ? start + r : rows[start + r]) * ${stride};`);

  // ---- forward: layer by layer, unit by unit ----
  layers.forEach((layer, l) => {
    const input = (i: number) => (l === 0 ? `data[b + ${i}]` : `A${l - 1}[${i === 0 ? "" : `q${i} + `}r]`);
    const hidden = l < L - 1;
    emit(`  for (let o = 0; o < ${layer.out}; o++) {`);
    emit(`    const w = ${layer.w} + o * ${layer.in}, zo = o * B, bo = p[${layer.b} + o];`);
    if (layer.in <= UNROLL) {
      for (let i = 0; i < layer.in; i++)
        emit(`    const w${i} = p[w + ${i}];${l > 0 && i > 0 ? ` const q${i} = ${i} * B;` : ""}`);
      emit("    for (let r = 0; r < B; r++) {");
      if (l === 0) emit("      const b = base[r];");
      const terms = Array.from({ length: layer.in }, (_, i) => `w${i} * ${input(i)}`);
      emit(`      const z = bo + ${terms.join(" + ")};`);
    } else {
      emit("    for (let r = 0; r < B; r++) {");
      emit("      let z = bo;");
      emit(
        l === 0
          ? `      const b = base[r]; for (let i = 0; i < ${layer.in}; i++) z += p[w + i] * data[b + i];`
          : `      for (let i = 0; i < ${layer.in}; i++) z += p[w + i] * A${l - 1}[i * B + r];`,
      );
    }
    emit(hidden ? `      Z${l}[zo + r] = z; A${l}[zo + r] = ${activation};` : `      Z${l}[zo + r] = z;`);
    emit("    }");
    emit("  }");
  });
  const last = L - 1;
  if (!training) {
    emit(`  const out = new Float64Array(B * ${K});`);
    emit(`  for (let k = 0; k < ${K}; k++) for (let r = 0; r < B; r++) out[r * ${K} + k] = Z${last}[k * B + r];`);
    emit("  return out;");
    emit("};");
    return lines.join("\n");
  }

  // ---- the loss of each row and its gradient with respect to the outputs (compiled by the engine) ----
  emit("  let sum = 0;");
  emit("  for (let r = 0; r < B; r++) {");
  for (let k = 0; k < K; k++) emit(`    io[${k}] = Z${last}[${k === 0 ? "" : `${k} * B + `}r];`);
  for (let t = 0; t < targets; t++) emit(`    io[${K + t}] = data[base[r] + ${D + t}];`);
  emit("    sum += loss.valueAndGradient(io, go);");
  for (let k = 0; k < K; k++) emit(`    dZ${last}[${k === 0 ? "" : `${k} * B + `}r] = go[${k}];`);
  emit("  }");

  // ---- backward: each layer's weight gradients, then the adjoints of the layer below ----
  for (let l = L - 1; l >= 0; l--) {
    const layer = layers[l]!;
    const input = (i: string) => (l === 0 ? `data[b + ${i}]` : `A${l - 1}[${i} * B + r]`);
    emit(`  for (let o = 0; o < ${layer.out}; o++) {`);
    emit(`    const w = ${layer.w} + o * ${layer.in}, zo = o * B;`);
    if (layer.in <= UNROLL) {
      emit(`    let gb = 0${Array.from({ length: layer.in }, (_, i) => `, g${i} = 0`).join("")};`);
      emit("    for (let r = 0; r < B; r++) {");
      emit(`      const d = dZ${l}[zo + r];${l === 0 ? " const b = base[r];" : ""}`);
      emit(
        `      gb += d;${Array.from({ length: layer.in }, (_, i) => ` g${i} += d * ${input(String(i))};`).join("")}`,
      );
      emit("    }");
      emit(
        `    g[${layer.b} + o] += gb;${Array.from({ length: layer.in }, (_, i) => ` g[w + ${i}] += g${i};`).join("")}`,
      );
    } else {
      emit("    let gb = 0;");
      emit("    for (let r = 0; r < B; r++) {");
      emit(`      const d = dZ${l}[zo + r];${l === 0 ? " const b = base[r];" : ""}`);
      emit(`      gb += d; for (let i = 0; i < ${layer.in}; i++) g[w + i] += d * ${input("i")};`);
      emit("    }");
      emit(`    g[${layer.b} + o] += gb;`);
    }
    emit("  }");
    if (l === 0) continue;
    // adjoint of the layer below: dZ_{l-1} = (sum_o dZ_l[o] w_oi) * act'(Z_{l-1}), the engine's outer rule
    emit(`  for (let i = 0; i < ${layer.in}; i++) {`);
    emit("    const zi = i * B;");
    if (layer.out <= UNROLL) {
      for (let o = 0; o < layer.out; o++)
        emit(`    const v${o} = p[${layer.w + o * layer.in} + i];${o > 0 ? ` const s${o} = ${o} * B;` : ""}`);
      emit("    for (let r = 0; r < B; r++) {");
      const terms = Array.from({ length: layer.out }, (_, o) => `dZ${l}[${o === 0 ? "" : `s${o} + `}r] * v${o}`);
      emit(`      const j = zi + r, s = ${terms.join(" + ")};`);
    } else {
      emit("    for (let r = 0; r < B; r++) {");
      emit(
        `      const j = zi + r; let s = 0; for (let o = 0; o < ${layer.out}; o++) s += dZ${l}[o * B + r] * ` +
          `p[${layer.w} + o * ${layer.in} + i];`,
      );
    }
    emit(`      dZ${l - 1}[j] = s * act.outer(Z${l - 1}[j], A${l - 1}[j]);`);
    emit("    }");
    emit("  }");
  }
  emit("  return sum;");
  emit("};");
  return lines.join("\n");
}
