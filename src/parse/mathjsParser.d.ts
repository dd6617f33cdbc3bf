// Types for mathjsParser.js, mathjs's parser bundled into one module (see tools/bundleMathjsParser.ts).

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

/** mathjs's `parse`, with the lexer's character tests that mathjs lets a program replace. */
export interface MathjsParse {
  (formula: string): MathjsNode;
  isAlpha: (c: string, cPrev: string, cNext: string) => boolean;
  isWhitespace: (c: string, nestingLevel: number) => boolean;
  isDecimalMark: (c: string, cNext: string) => boolean;
}

/**
 * Runs the bundled mathjs code (once per call: keep the result) and returns `create`, which makes an
 * instance whose functions are built on first use, and `parseDependencies`, the factories `parse` needs.
 */
export declare function loadMathjs(): {
  create(factories: object): { parse: MathjsParse };
  parseDependencies: object;
};
