/**
 * The `autodiff` commands as a table: each entry declares a command (help, operand, options) and runs it
 * by calling the plain function in src/cli/commands/ that holds its logic. src/cli/program.ts turns the
 * table into commander commands; src/cli/main.ts prints what `run` returns. To add a command, write
 * src/cli/commands/<name>Command.ts (inputs in, a CommandResult out) and add an entry here, e.g.
 *   const stepsSpec = formulaCommand<{ wrt?: string }>({ name: "steps", summary: "...", description: "...",
 *     options: [{ flags: "--wrt <variable>", help: "..." }], examples: ['autodiff steps "x^2" --wrt x'],
 *     run: (formula, options) => stepsCommand(formula, options.wrt) });
 * then list it in COMMANDS. --json, --version, --help, -e/--expr and `--` come with the table.
 */
import type { Env } from "../index.js";
import { checkCommand } from "./commands/checkCommand.js";
import { diffCommand } from "./commands/diffCommand.js";
import { evalCommand } from "./commands/evalCommand.js";
import { EXPLAIN_FORMATS, type ExplainFormat, explainCommand } from "./commands/explainCommand.js";
import { fitCommand, MODELS, type Model } from "./commands/fitCommand.js";
import { gradCommand } from "./commands/gradCommand.js";
import { latexCommand } from "./commands/latexCommand.js";
import { STEPS_FORMATS, type StepsFormat, stepsCommand } from "./commands/stepsCommand.js";
import type { CommandResult } from "./CommandResult.js";
import type { CommandSpec, OptionSpec, RunContext } from "./CommandSpec.js";
import { formulaText } from "./formulaArgument.js";
import { type Formula, parseFormula } from "./formulaInput.js";
import { columnNames, fraction, integer, positiveNumber, wholeNumber } from "./optionValues.js";
import { parseBindings } from "./parseBindings.js";

/** How to pass a formula that starts with "-" (in the help of the program and of `diff`). */
export const DASH_NOTE = `A formula that starts with "-" goes after -- or in -e/--expr:
  autodiff diff -- "-x^2" --wrt x       (options may follow the formula)
  autodiff diff -e "-x^2" --wrt x
A formula may be named: "loss = (x*w - y)^2" prints dloss/dw.`;

const AT: OptionSpec = {
  flags: "--at <bindings>",
  help: "variable values: x=2,y=-3.5 (repeatable, scientific notation ok: x=1e-3)",
  repeatable: true,
};

/** The options every formula command has: the formula in -e/--expr and the values in --at. */
type FormulaOptions = { expr?: string; at?: string[] };
type WrtOptions = { wrt?: string; order: number };

/** A command on a formula, given as the `[formula]` operand or with -e/--expr; `run` gets it parsed. */
function formulaCommand<Options>(
  spec: Omit<CommandSpec<Options & FormulaOptions>, "operand" | "takesFormula" | "run"> & {
    run(formula: Formula, options: Options & FormulaOptions): CommandResult;
  },
): CommandSpec<Options & FormulaOptions> {
  return {
    ...spec,
    operand: { usage: "[formula]", help: 'the formula, in quotes: "x^2 * sin(x)"' },
    takesFormula: true,
    options: [
      { flags: "-e, --expr <formula>", help: 'the formula, for one starting with "-": -e "-x^2"' },
      ...spec.options,
    ],
    run: (operand, options) => spec.run(parseFormula(formulaText(operand, options.expr)), options),
  };
}

/** The values given with --at (none: an empty environment). */
function valuesOf(options: FormulaOptions): Env {
  return parseBindings(options.at ?? []);
}

const evalSpec = formulaCommand<object>({
  name: "eval",
  summary: "the value of a formula",
  description: "Print the value of the formula at the --at values.",
  options: [AT],
  examples: [
    'autodiff eval "x^2 + 3*x" --at x=2',
    'autodiff eval "exp(-x^2/2)" --at x=1.5e-1',
    'autodiff eval -e "-x^2" --at x=3 --json',
  ],
  run: (formula, options) => evalCommand(formula, valuesOf(options)),
});

const diffSpec = formulaCommand<WrtOptions>({
  name: "diff",
  summary: "the symbolic derivative (and its value)",
  description: "Print the simplified derivative of the formula and, with --at, its value.",
  options: [
    AT,
    { flags: "--wrt <variable>", help: "the variable to differentiate by (default: the only variable)" },
    { flags: "--order <n>", help: "differentiate n times", parse: wholeNumber(1), default: 1 },
  ],
  examples: [
    'autodiff diff "x^2 * sin(x)" --wrt x --at x=2',
    'autodiff diff "x^3" --order 2',
    'autodiff diff -- "-x^2" --wrt x --json',
  ],
  note: DASH_NOTE,
  run: (formula, options) =>
    diffCommand(formula, options.wrt, options.order, options.at !== undefined ? valuesOf(options) : undefined),
});

const gradSpec = formulaCommand<object>({
  name: "grad",
  summary: "every partial derivative (reverse mode)",
  description: "Print every partial derivative at the --at values, from one reverse-mode pass.",
  options: [AT],
  examples: [
    'autodiff grad "x*y + sin(x)" --at x=1,y=2',
    'autodiff grad "loss = (x*w - y)^2" --at x=1 --at w=1 --at y=2 --json',
  ],
  run: (formula, options) => gradCommand(formula, valuesOf(options)),
});

const explainSpec = formulaCommand<{ wrt?: string; format: ExplainFormat }>({
  name: "explain",
  summary: "the chain rule, node by node",
  description:
    "Show the computational graph: one row per node in evaluation order with its value (forward pass), " +
    "its local derivatives and its adjoint d(output)/d(node) (backward pass).",
  options: [
    AT,
    { flags: "--wrt <variable>", help: "show how d(output)/d(variable) is collected" },
    {
      flags: "--format <format>",
      help: "text table, or a graph for Graphviz (dot) or Mermaid",
      choices: EXPLAIN_FORMATS,
      default: "text",
    },
  ],
  examples: [
    'autodiff explain "loss = (x*w - y)^2" --at x=1,w=1,y=2 --wrt w',
    'autodiff explain "sin(x) * x" --at x=2 --format dot | dot -Tsvg > graph.svg',
    'autodiff explain "x*y + y" --at x=1,y=2 --format mermaid',
  ],
  run: (formula, options) => explainCommand(formula, valuesOf(options), options.wrt, options.format),
});

const checkSpec = formulaCommand<object>({
  name: "check",
  summary: "partials against finite differences",
  description:
    "Compare each partial derivative (reverse and forward mode) with central finite differences. " +
    "Exits 1 if any disagrees.",
  options: [AT],
  examples: ['autodiff check "x^y" --at x=2,y=3', 'autodiff check "relu(x)" --at x=0'],
  run: (formula, options) => checkCommand(formula, valuesOf(options)),
});

const latexSpec = formulaCommand<{ wrt?: string; order?: number }>({
  name: "latex",
  summary: "LaTeX of the formula or its derivative",
  description: "Print LaTeX for the formula or, with --wrt, for its derivative.",
  options: [
    { flags: "--wrt <variable>", help: "print the derivative by this variable instead" },
    { flags: "--order <n>", help: "with --wrt: differentiate n times (default: 1)", parse: wholeNumber(1) },
  ],
  examples: ['autodiff latex "sqrt(x) / (1 + x^2)"', 'autodiff latex "sin(x)^2" --wrt x'],
  run: (formula, options) => latexCommand(formula, options.wrt, options.order),
});

const stepsSpec = formulaCommand<{ wrt?: string; format: StepsFormat }>({
  name: "steps",
  summary: "the derivation, rule by rule",
  description:
    "Show how the derivative is found, one rule per step (sum, product, chain, ...), ending in the derivative.",
  options: [
    { flags: "--wrt <variable>", help: "the variable to differentiate by (default: the only variable)" },
    {
      flags: "--format <format>",
      help: "text or LaTeX (an align* environment)",
      choices: STEPS_FORMATS,
      default: "text",
    },
  ],
  examples: [
    'autodiff steps "x^2*sin(x)" --wrt x',
    'autodiff steps "sin(x^2)" --format latex',
    'autodiff steps "exp(2*x)" --json',
  ],
  run: (formula, options) => stepsCommand(formula, options.wrt, options.format),
});

type FitOptions = {
  target?: string;
  features?: string[];
  model: Model;
  epochs: number;
  lr: number;
  batchSize?: number;
  standardize: boolean;
  seed: number;
  testSplit: number;
  plot?: string;
};

const fitSpec: CommandSpec<FitOptions> = {
  name: "fit",
  summary: "train a linear or logistic regression on a CSV file",
  description:
    "Train LinearRegression or LogisticRegression by gradient descent on the engine's gradients and print " +
    "the parameters (m0.., yint), the final training loss and the test R^2 (linear) or accuracy (logistic). " +
    "Every cell of the CSV must be a number; the first row names the columns.",
  operand: { usage: "<file.csv>", help: "a CSV file with a header row" },
  takesFormula: false,
  options: [
    { flags: "--target <column>", help: "the column to predict" },
    {
      flags: "--features <columns>",
      help: "comma-separated input columns (default: every other column)",
      parse: columnNames,
    },
    { flags: "--model <model>", help: "linear or logistic", choices: MODELS, default: "linear" },
    { flags: "--epochs <n>", help: "passes over the training rows", parse: wholeNumber(1), default: 1000 },
    { flags: "--lr <rate>", help: "learning rate", parse: positiveNumber, default: 0.01 },
    {
      flags: "--batch-size <b>",
      help: "rows per step (default: all: batch gradient descent; 1: stochastic)",
      parse: wholeNumber(1),
    },
    {
      flags: "--standardize",
      help: "scale each feature to mean 0, std 1 (fitted on the training rows)",
      default: false,
    },
    {
      flags: "--seed <s>",
      help: "seed for the initial parameters, the split and the shuffling",
      parse: integer,
      default: 0,
    },
    {
      flags: "--test-split <fraction>",
      help: "fraction of rows held out for the test metric (0: none)",
      parse: fraction,
      default: 0.2,
    },
    { flags: "--plot <file.svg>", help: "write an SVG of the loss curve (and, for one feature, the data and the fit)" },
  ],
  examples: [
    "autodiff fit data/diabetes.csv --target target --standardize --lr 0.1 --epochs 500",
    "autodiff fit data/breast_cancer.csv --target target --model logistic --standardize --lr 0.5",
    "autodiff fit data/house_rent.csv --target rent --features area --standardize --lr 0.1 --test-split 0 " +
      "--plot rent.svg",
  ],
  run(file, options, context: RunContext) {
    return fitCommand(
      file ?? "",
      {
        target: options.target,
        features: options.features,
        model: options.model,
        epochs: options.epochs,
        learningRate: options.lr,
        batchSize: options.batchSize,
        standardize: options.standardize,
        seed: options.seed,
        testSplit: options.testSplit,
        plot: options.plot,
      },
      context.progress,
    );
  },
};

/** Every command, in the order `autodiff --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  evalSpec,
  diffSpec,
  gradSpec,
  explainSpec,
  checkSpec,
  latexSpec,
  stepsSpec,
  fitSpec,
];
