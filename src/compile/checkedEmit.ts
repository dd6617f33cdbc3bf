import type { Expression } from "../expression/Expression.js";
import { CompileError } from "./CompileError.js";
import type { Code, Part } from "./code.js";

// Tokens an emitted expression may contain: numbers, Math members, the operand placeholders, and
// arithmetic, comparison and conditional operators. Nothing else: no strings, no assignment, no
// member access beyond Math, no other names, so no text from outside the node class reaches the code.
const TOKEN =
  /\s+|Math\.[A-Za-z_$][\w$]*|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[A-Za-z_$][\w$]*|===|!==|==|!=|<=|>=|&&|\|\||\*\*|\+\+|--|[-+*/%()?:<>!,]|./gy;
const OPERATORS = new Set(["===", "!==", "==", "!=", "<=", ">=", "&&", "||", "**", "-", "+", "*", "/", "%", "?", ":", "<", ">", "!"]);
const MATH_MEMBERS = new Set(Object.getOwnPropertyNames(Math));

/**
 * The code of `node.emit(...)` with its operands in place. The node is asked for a template with the
 * placeholders `$0` (and `$1`), which is checked token by token before the operands' code replaces them.
 * @example checkedEmit(sin(x), [["v0"]]) // ["Math.sin(", "v0", ")"]
 */
export function checkedEmit(node: Emitter, operands: readonly Code[], cacheKey?: string): Part[] {
  const template = cacheKey === undefined ? checkedTemplate(node, operands.length) : cachedTemplate(node, operands.length, cacheKey);
  const parts: Part[] = [];
  for (const piece of template) {
    if (typeof piece === "number") parts.push(...operands[piece]!);
    else parts.push(piece);
  }
  return parts;
}

type Emitter = Expression & { emit(...operands: string[]): string };
/** Text pieces, and the index of the operand that goes between them. */
type Template = readonly (string | number)[];

// The checked template of each kind of node: same class and attributes, same emit() (attributes are
// everything besides the children that identifies a node, see Expression.attributes).
const templates = new Map<string, Template>();

function cachedTemplate(node: Emitter, arity: number, key: string): Template {
  let template = templates.get(key);
  if (template === undefined) templates.set(key, (template = checkedTemplate(node, arity)));
  return template;
}

function checkedTemplate(node: Emitter, arity: number): Template {
  const placeholders = arity === 1 ? ["$0"] : ["$0", "$1"];
  const source: unknown = node.emit(...placeholders);
  if (typeof source !== "string") return fail(node, "not a string", source);
  const template: (string | number)[] = [];
  let depth = 0;
  let consumed = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match !== null; match = TOKEN.exec(source)) {
    const token = match[0];
    consumed += token.length;
    const k = placeholders.indexOf(token);
    if (k >= 0) {
      template.push(k);
      continue;
    }
    if (/^\s+$/.test(token) || /^[\d.]/.test(token) || token === "NaN" || token === "Infinity" || OPERATORS.has(token)) {
      // fine as it is
    } else if (token.startsWith("Math.")) {
      if (!MATH_MEMBERS.has(token.slice(5))) fail(node, `unknown ${token}`, source);
    } else if (token === "(") {
      depth++;
    } else if (token === ")") {
      if (--depth < 0) fail(node, "unbalanced parentheses", source);
    } else if (token === ",") {
      // a top-level comma would end the `const` and start another declaration
      if (depth === 0) fail(node, "a comma outside parentheses", source);
    } else {
      fail(node, `unexpected ${JSON.stringify(token)}`, source);
    }
    if (typeof template[template.length - 1] === "string") template[template.length - 1] += token;
    else template.push(token);
  }
  if (consumed !== source.length) fail(node, "unreadable text", source);
  if (depth !== 0) fail(node, "unbalanced parentheses", source);
  if (template.length === 0) fail(node, "empty", source);
  return template;
}

function fail(node: Expression, reason: string, source: unknown): never {
  throw new CompileError(`${node.constructor.name}.emit() gave code compile() will not run (${reason}): ${JSON.stringify(source)}`);
}
