import type { LossKernel } from "./LossKernel.js";
import type { Expression } from "../expression/Expression.js";
import { CompileError } from "./CompileError.js";
import { lower, type Lowered, type VariableRead } from "./lower.js";
import { HELPERS } from "./javascript.js";
import { compile } from "./compile.js";
import { literal } from "./literal.js";
import type { Part, Ref } from "./code.js";
import { MAX_FUNCTION_CHARS, renderedLength, renderStatements } from "./render.js";

export interface SumKernelOptions {
  /** Variables the gradient is taken with respect to, in gradientOut order. */
  readonly parameters: readonly string[];
  /** Variables read from each data row, in column order: data is row-major, stride = inputs.length. */
  readonly inputs: readonly string[];
}

/**
 * A LossKernel (the rows' summed loss, its gradient added into gradientOut), plus the loss alone.
 * Parameters and data are assumed finite (training stops at the first non-finite value), so products of
 * values that stay finite skip the tree walker's zero-times-infinity guard; where a factor can be
 * infinite (after a division, log, exp, sqrt, tan) the guard is kept and the result agrees with gradient().
 */
export interface SumKernel extends LossKernel {
  /** Sum of perRow's value only (no gradient), same row selection. */
  readonly valueOnly: (
    parameters: Float64Array,
    data: Float64Array,
    rows: Int32Array | null,
    start: number,
    end: number,
  ) => number;
  readonly source: string;
}

type Kernel = (
  parameters: Float64Array,
  data: Float64Array,
  rows: Int32Array | null,
  start: number,
  end: number,
  gradientOut?: Float64Array,
) => number;

/**
 * A training loop's inner sum, compiled once: one generated function loops over the data rows, with the
 * parameters (and everything computed from them alone) hoisted out of the loop and the gradient summed in
 * locals, written out once at the end. `perRow` is the loss of one row, e.g. `(m * x + b - y) ^ 2`.
 * @example
 * const loss = compileSum(parse("(m * x + b - y) ^ 2"), { parameters: ["m", "b"], inputs: ["x", "y"] });
 * const data = Float64Array.of(1, 3, 2, 5);          // rows (x, y): (1, 3), (2, 5)
 * const g = new Float64Array(2);
 * loss(Float64Array.of(2, 1), data, null, 0, 2, g);  // 0: y = 2x + 1 fits both rows; g stays [0, 0]
 */
export function compileSum(perRow: Expression, options: SumKernelOptions): SumKernel {
  const { parameters, inputs } = options;
  checkRoles(perRow, parameters, inputs);
  const parameterSlot = new Map(parameters.map((name, j) => [name, j]));
  const column = new Map(inputs.map((name, c) => [name, c]));
  const read = (name: string): VariableRead => {
    const j = parameterSlot.get(name);
    // finite: training stops at the first non-finite loss or parameter, so kernels may assume finite values
    if (j !== undefined) return { code: `parameters[${j}]`, outer: true, differentiate: true, finite: true };
    const c = column.get(name)!;
    return { code: c === 0 ? "data[base]" : `data[base + ${c}]`, outer: false, differentiate: false, finite: true };
  };

  const program = lower(perRow, read);
  program.body.push({ code: ["sum += ", code(program.root), ";"] });
  // The value-only kernel is the forward pass alone: gradient() only appends statements, so the
  // sections as they are now are that kernel (one Program, not a second one built from the same tree).
  const forward: Sections = { pre: [...program.pre], body: [...program.body], post: [] };
  const adjoints = program.gradient();
  parameters.forEach((name, j) => {
    const adjoint = adjoints.get(name);
    if (adjoint === undefined || adjoint === 0) return;
    program.post.push({ code: [`gradientOut[${j}] += `, code(adjoint), ";"] });
  });
  const length = renderedLength(program.pre) + renderedLength(program.body) + renderedLength(program.post);
  if (length > MAX_FUNCTION_CHARS) return rowByRow(perRow, parameters, inputs);

  const value = generate(forward, parameters.length, inputs.length, false);
  const gradient = generate(program, parameters.length, inputs.length, true);
  return Object.assign(gradient.run as (...args: Parameters<SumKernel>) => number, {
    valueOnly: value.run as SumKernel["valueOnly"],
    source: gradient.source,
  });
}

function code(ref: Ref): Part {
  return typeof ref === "number" ? literal(ref) : ref;
}

function checkRoles(perRow: Expression, parameters: readonly string[], inputs: readonly string[]): void {
  const roles = `parameters: ${parameters.join(", ") || "none"}; inputs: ${inputs.join(", ") || "none"}`;
  const seen = new Set<string>();
  for (const name of [...parameters, ...inputs]) {
    if (seen.has(name)) {
      throw new CompileError(
        `Variable "${name}" is listed twice (${roles}); each must be a parameter or an input, not both`,
      );
    }
    seen.add(name);
  }
  for (const name of perRow.variables()) {
    if (!seen.has(name)) {
      throw new CompileError(
        `The per-row expression uses variable "${name}", which is neither a parameter nor an input (${roles})`,
      );
    }
  }
}

/** The three sections of a kernel: before the row loop, inside it, after it. */
type Sections = Pick<Lowered, "pre" | "body" | "post">;

function generate(
  program: Sections,
  parameterCount: number,
  stride: number,
  withGradient: boolean,
): { run: Kernel; source: string } {
  const gradientCheck = withGradient ? ` || gradientOut.length !== ${parameterCount}` : "";
  const failCall = `fail(parameters, data, rows, end${withGradient ? ", gradientOut" : ""})`;
  const source = [
    `function sumKernel(parameters, data, rows, start, end${withGradient ? ", gradientOut" : ""}) {`,
    `  if (parameters.length !== ${parameterCount}${gradientCheck} ||` +
      ` end > (rows === null ? data.length / ${stride || 1} : rows.length)) ${failCall};`,
    renderStatements(program.pre, "  "),
    "  let sum = 0;",
    "  for (let r = start; r < end; r++) {",
    `    const base = (rows === null ? r : rows[r]) * ${stride};`,
    renderStatements(program.body, "    "),
    "  }",
    renderStatements(program.post, "  "),
    "  return sum;",
    "}",
  ]
    .filter((line) => line !== "")
    .join("\n");
  const fail = (
    parameters: Float64Array,
    data: Float64Array,
    rows: Int32Array | null,
    end: number,
    gradientOut?: Float64Array,
  ): never => {
    if (parameters.length !== parameterCount) {
      throw new CompileError(`Expected ${parameterCount} parameters, got ${parameters.length}`);
    }
    if (gradientOut !== undefined && gradientOut.length !== parameterCount) {
      throw new CompileError(`gradientOut must have length ${parameterCount}, got ${gradientOut.length}`);
    }
    const available =
      rows === null ? `data has ${Math.floor(data.length / (stride || 1))} rows` : `rows has ${rows.length} entries`;
    throw new CompileError(`end = ${end} is past the last row (${available})`);
  };
  // the factory passes `fail` in as a closure: the generated code names nothing from outside but it
  const run = new Function("fail", ...Object.keys(HELPERS), `"use strict";\nreturn ${source};`)(
    fail,
    ...Object.values(HELPERS),
  ) as Kernel;
  return { run, source };
}

/** For a per-row expression too long for one function: the compiled expression, called row by row. */
function rowByRow(perRow: Expression, parameters: readonly string[], inputs: readonly string[]): SumKernel {
  const f = compile(perRow, { variables: [...parameters, ...inputs], gradient: true });
  const p = parameters.length;
  const stride = inputs.length;
  const slots = new Float64Array(p + stride);
  const gradient = new Float64Array(p + stride);
  const sum: Kernel = (params, data, rows, start, end, gradientOut) => {
    if (params.length !== p || (gradientOut !== undefined && gradientOut.length !== p)) {
      throw new CompileError(`Expected ${p} parameters and a gradientOut of the same length`);
    }
    slots.set(params);
    let total = 0;
    for (let r = start; r < end; r++) {
      const base = (rows === null ? r : rows[r]!) * stride;
      for (let c = 0; c < stride; c++) slots[p + c] = data[base + c]!;
      if (gradientOut === undefined) {
        total += f(slots);
      } else {
        total += f.valueAndGradient!(slots, gradient);
        for (let j = 0; j < p; j++) gradientOut[j]! += gradient[j]!;
      }
    }
    return total;
  };
  return Object.assign((...args: Parameters<SumKernel>) => sum(...args), {
    valueOnly: (...args: Parameters<SumKernel["valueOnly"]>) => sum(...args),
    source: f.gradientSource ?? f.source,
  });
}
