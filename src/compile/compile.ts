import type { Expression } from "../expression/Expression.js";
import type { CompileOptions, CompiledExpression } from "./CompiledExpression.js";
import { CompileError } from "./CompileError.js";
import { lower } from "./lower.js";
import { HELPERS } from "./javascript.js";
import { literal } from "./literal.js";
import { localName, type Local, type Ref, type Statement } from "./code.js";
import { MAX_FUNCTION_CHARS, renderChunks, renderedLength, renderStatements } from "./render.js";

type Evaluate = (inputs: ArrayLike<number>, gradientOut?: Float64Array) => number;

/**
 * A fast function of the expression's variables, built once: straight-line JavaScript generated from the
 * tree (one `const` per node, numbers as literals, variables read from `inputs` by slot), with the
 * reverse pass too when `gradient: true`. Variable names never appear in the code, only slot numbers.
 * @example
 * const f = compile(parse("x * sin(y)"), { variables: ["x", "y"], gradient: true });
 * f([2, 0]);                                  // 0
 * const g = new Float64Array(2);
 * f.valueAndGradient!([2, 0], g);             // 0, and g is [0, 2]
 */
export function compile(expression: Expression, options: CompileOptions = {}): CompiledExpression {
  const variables = inputOrder(expression, options.variables);
  const slots = new Map(variables.map((name, slot) => [name, slot]));
  const read = (name: string) => ({ code: `inputs[${slots.get(name)!}]`, outer: false, differentiate: true });

  const program = lower(expression, read);
  // the value function is the forward pass alone: the statements written so far
  const forward = [...program.body];
  let gradient: Generated | undefined;
  if (options.gradient === true) {
    const adjoints = program.gradient();
    gradient = generate(
      program.body,
      program.root,
      variables,
      variables.map((name) => adjoints.get(name) ?? 0),
    );
  }
  const value = generate(forward, program.root, variables, null);
  return Object.assign(value.run as (inputs: ArrayLike<number>) => number, {
    variables,
    source: value.source,
    ...(gradient === undefined
      ? {}
      : {
          valueAndGradient: gradient.run as (inputs: ArrayLike<number>, gradientOut: Float64Array) => number,
          gradientSource: gradient.source,
        }),
  });
}

/** The slots' names: `requested`, checked against the expression, or its variables sorted. */
function inputOrder(expression: Expression, requested: readonly string[] | undefined): readonly string[] {
  const used = expression.variables();
  if (requested === undefined) return Object.freeze(used);
  const given = [...requested];
  const seen = new Set<string>();
  for (const name of given) {
    if (typeof name !== "string") throw new CompileError(`variables must be names (strings), got ${typeof name}`);
    if (seen.has(name)) {
      throw new CompileError(`Variable "${name}" appears twice in variables (given: ${given.join(", ")})`);
    }
    seen.add(name);
  }
  for (const name of used) {
    if (!seen.has(name)) {
      const list = given.join(", ") || "none";
      throw new CompileError(`The expression uses variable "${name}", which is not in variables (given: ${list})`);
    }
  }
  return Object.freeze(given);
}

interface Generated {
  readonly run: Evaluate;
  readonly source: string;
}

/** Turn a program into a function; `gradient` (one Ref per slot) adds the writes to `gradientOut`. */
function generate(
  body: readonly Statement[],
  root: Ref,
  variables: readonly string[],
  gradient: readonly Ref[] | null,
): Generated {
  const statements = [...body];
  gradient?.forEach((adjoint, slot) => {
    const value = typeof adjoint === "number" ? literal(adjoint) : adjoint;
    statements.push({ code: [`gradientOut[${slot}] = `, value, ";"] });
  });
  const n = variables.length;
  const fail = (inputs: ArrayLike<number>, gradientOut?: Float64Array): never => {
    const wanted = `${n} inputs in the order ${variables.join(", ") || "(none)"}`;
    if (inputs === null || typeof inputs !== "object" || typeof inputs.length !== "number") {
      const got = inputs === null ? "null" : typeof inputs;
      throw new CompileError(`A compiled expression takes an array of ${wanted}; got ${got}`);
    }
    if (inputs.length !== n) throw new CompileError(`A compiled expression takes ${wanted}; got ${inputs.length}`);
    throw new CompileError(`gradientOut must be a Float64Array of length ${n}; got length ${gradientOut?.length}`);
  };
  const parameters = gradient === null ? "inputs" : "inputs, gradientOut";
  const check =
    gradient === null
      ? `  if (inputs == null || inputs.length !== ${n}) fail(inputs);`
      : `  if (inputs == null || inputs.length !== ${n} || gradientOut.length !== ${n}) fail(inputs, gradientOut);`;

  if (renderedLength(statements) <= MAX_FUNCTION_CHARS) {
    const result = typeof root === "number" ? literal(root) : localName(root);
    const lines = renderStatements(statements, "  ");
    const source = `function compiled(${parameters}) {\n${check}\n${lines}\n  return ${result};\n}`;
    // the factory passes `fail` and the helpers in: the generated code names nothing else from outside
    const run = new Function("fail", ...Object.keys(HELPERS), `"use strict";\nreturn ${source};`)(
      fail,
      ...Object.values(HELPERS),
    ) as Evaluate;
    return { run, source };
  }

  // Too long for one function: run chunks in a loop (no recursion), sharing values through `m`.
  const exported: Local[] = typeof root === "number" ? [] : [root];
  const chunks = renderChunks(statements, MAX_FUNCTION_CHARS, exported);
  type Chunk = (inputs: ArrayLike<number>, out: Float64Array | undefined, m: Float64Array, ...h: unknown[]) => void;
  const helpers = Object.values(HELPERS);
  const bodies = chunks.bodies.map(
    (body) => new Function("inputs", "gradientOut", "m", ...Object.keys(HELPERS), `"use strict";\n${body}`) as Chunk,
  );
  const m = new Float64Array(chunks.slots);
  const rootSlot = typeof root === "number" ? -1 : chunks.slotOf(root);
  const wrongSize = (inputs: ArrayLike<number>, g?: Float64Array): boolean =>
    inputs.length !== n || (gradient !== null && g?.length !== n);
  const run: Evaluate = (inputs, gradientOut) => {
    if (inputs === null || inputs === undefined || wrongSize(inputs, gradientOut)) fail(inputs, gradientOut);
    for (const body of bodies) body(inputs, gradientOut, m, ...helpers);
    return typeof root === "number" ? root : m[rootSlot]!;
  };
  const source = chunks.bodies.map((body, k) => `function chunk${k}(${parameters}, m) {\n${body}\n}`).join("\n\n");
  return { run, source };
}
