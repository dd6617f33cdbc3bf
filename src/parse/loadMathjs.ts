import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The parts of a mathjs parse tree that the conversion reads (mathjs/number's nodes, structurally). */
export interface MathjsNode {
  readonly type: string;
  /** ConstantNode */
  readonly value?: unknown;
  /** SymbolNode */
  readonly name?: string;
  /** ParenthesisNode */
  readonly content?: MathjsNode;
  /** OperatorNode: "add", "unaryMinus", ...; FunctionNode: the SymbolNode naming the function. */
  readonly fn?: string | MathjsNode;
  /** OperatorNode's symbol, for messages. */
  readonly op?: string;
  /** OperatorNode and FunctionNode operands. */
  readonly args?: readonly MathjsNode[];
}

type Parse = (formula: string) => MathjsNode;
type Create = (factories: object) => { parse: Parse };

let mathjsParse: Parse | undefined;

/**
 * mathjs's parser, loaded on the first parse() so that importing gradkit (and every CLI command that
 * never parses) does not pay for mathjs at all. mathjs ships CommonJS, hence `require`.
 */
export function loadMathjsParse(): Parse {
  if (mathjsParse === undefined) {
    const require = createRequire(import.meta.url);
    let math: { parse: Parse };
    try {
      math = leanParser(require);
    } catch {
      // A mathjs release that moved its files: the documented entry point, slower to load but the same parser.
      const { create, parseDependencies } = require("mathjs/number") as { create: Create; parseDependencies: object };
      math = create({ parseDependencies });
    }
    mathjsParse = (formula) => math.parse(formula);
  }
  return mathjsParse;
}

/**
 * Just the parser's 25 factories, required file by file: about 60 modules and 0.1 s, where
 * `require("mathjs/number")` instantiates every function of the number build (about 670 modules,
 * 0.6 s idle and over 1 s on a busy machine) before `create({ parseDependencies })` even runs. The
 * list is `parseDependencies` from mathjs 15's `dependenciesNumber`, flattened.
 */
function leanParser(require: NodeJS.Require): { parse: Parse } {
  const cjs = join(dirname(require.resolve("mathjs/package.json")), "lib", "cjs");
  const load = (file: string, name: string): unknown => {
    const factory = (require(join(cjs, file)) as Record<string, unknown>)[name];
    if (typeof factory !== "function") throw new Error(`mathjs has no ${name} in ${file}`);
    return factory;
  };
  const { create } = require(join(cjs, "core", "create.js")) as { create: Create };
  const { factory } = require(join(cjs, "utils", "factory.js")) as {
    factory: (name: string, dependencies: string[], make: () => unknown) => unknown;
  };
  const { noMatrix, noSubset } = require(join(cjs, "utils", "noop.js")) as Record<string, unknown>;
  const node = (name: string): [string, unknown] => [`create${name}`, load(`expression/node/${name}.js`, `create${name}`)];
  const factories = Object.fromEntries([
    node("Node"),
    node("AccessorNode"),
    node("ArrayNode"),
    node("AssignmentNode"),
    node("BlockNode"),
    node("ConditionalNode"),
    node("ConstantNode"),
    node("FunctionAssignmentNode"),
    node("FunctionNode"),
    node("IndexNode"),
    node("ObjectNode"),
    node("OperatorNode"),
    node("ParenthesisNode"),
    node("RangeNode"),
    node("RelationalNode"),
    node("SymbolNode"),
    ["createResultSet", load("type/resultset/ResultSet.js", "createResultSet")],
    ["createTyped", load("core/function/typed.js", "createTyped")],
    ["createIsBounded", load("function/utils/isBounded.js", "createIsBounded")],
    ["createSize", load("function/matrix/size.js", "createSize")],
    ["createNumber", load("type/number.js", "createNumber")],
    ["createNumeric", load("function/utils/numeric.js", "createNumeric")],
    ["createParse", load("expression/parse.js", "createParse")],
    // the number build has no matrices: these stand-ins throw if ever called, as in mathjs/number
    ["createMatrix", factory("matrix", [], () => noMatrix)],
    ["createSubset", factory("subset", [], () => noSubset)],
  ]);
  return create(factories);
}
