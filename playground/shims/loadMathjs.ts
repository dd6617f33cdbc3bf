// TEMPORARY (see vite.config.ts): src/parse/loadMathjs.ts with mathjs loaded through a static ESM import.
import { create, parseDependencies } from "mathjs/number";

export interface MathjsNode {
  readonly type: string;
  readonly value?: unknown;
  readonly name?: string;
  readonly content?: MathjsNode;
  readonly fn?: string | MathjsNode;
  readonly op?: string;
  readonly args?: readonly MathjsNode[];
}

type Parse = (formula: string) => MathjsNode;

let mathjsParse: Parse | undefined;

export function loadMathjsParse(): Parse {
  if (mathjsParse === undefined) {
    const math = create({ parseDependencies: parseDependencies! }) as unknown as { parse: Parse };
    mathjsParse = (formula) => math.parse(formula);
  }
  return mathjsParse;
}
