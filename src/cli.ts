#!/usr/bin/env node
/**
 * `autodiff`: evaluate, differentiate and explain a typed formula, and fit a model to a CSV file.
 * The only file that imports commander: it declares the commands and options, and each action calls a
 * plain function in src/cli/commands/ that returns the text and the JSON to print. `fit` (models, Vega)
 * is imported only when it runs, so `eval` and `diff` start quickly.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ExitCode } from "./cli/CliError.js";
import type { CommandResult } from "./cli/CommandResult.js";
import { describeError } from "./cli/describeError.js";
import { formulaAfterDoubleDash, formulaText } from "./cli/formulaArgument.js";
import { parseFormula, type Formula } from "./cli/formulaInput.js";
import { parseBindings } from "./cli/parseBindings.js";
import { evalCommand } from "./cli/commands/evalCommand.js";
import { diffCommand } from "./cli/commands/diffCommand.js";
import { gradCommand } from "./cli/commands/gradCommand.js";
import { explainCommand, EXPLAIN_FORMATS } from "./cli/commands/explainCommand.js";
import { checkCommand } from "./cli/commands/checkCommand.js";
import { latexCommand } from "./cli/commands/latexCommand.js";
import { stepsCommand, STEPS_FORMATS, type StepsFormat } from "./cli/commands/stepsCommand.js";

interface FormulaOptions {
  expr?: string;
  at?: string[];
  json?: boolean;
}

const DASH_NOTE = `A formula that starts with "-" goes after -- or in -e/--expr:
  autodiff diff -- "-x^2" --wrt x       (options may follow the formula)
  autodiff diff -e "-x^2" --wrt x
A formula may be named: "loss = (x*w - y)^2" prints dloss/dw.`;

const JSON_HELP = "print one JSON object instead of text";
const VERSION_HELP = "print the version";
const AT_HELP = "variable values: x=2,y=-3.5 (repeatable, scientific notation ok: x=1e-3)";

/** The version in package.json (one level above both src/ and dist/). */
function packageVersion(): string {
  const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function wholeNumber(minimum: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < minimum) throw new InvalidArgumentError(`expected a whole number >= ${minimum}`);
    return n;
  };
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number, e.g. 0.01 or 1e-3");
  return n;
}

function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n < 1)) throw new InvalidArgumentError("expected a fraction in [0, 1), e.g. 0.2");
  return n;
}

function integer(value: string): number {
  const n = Number(value);
  if (!/^\s*[+-]?\d+\s*$/.test(value)) throw new InvalidArgumentError("expected a whole number");
  return n;
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

/** The program; `done` receives each command's result (actions never print). */
function buildProgram(done: (result: CommandResult) => void): Command {
  const version = packageVersion();
  const program = new Command("autodiff")
    .description("Evaluate, differentiate and explain a formula (automatic differentiation), or fit a model to a CSV file.")
    .version(version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    // Errors are printed by main() as "error: ... / hint: ...", so commander prints none itself.
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      `${examples(
        'autodiff eval "x^2 + 3*x" --at x=2',
        'autodiff diff "x^2 * sin(x)" --wrt x --at x=2',
        'autodiff grad "x*y + sin(x)" --at x=1,y=2',
        'autodiff explain "loss = (x*w - y)^2" --at x=1,w=1,y=2 --wrt w',
        "autodiff fit data/diabetes.csv --target target --standardize --lr 0.1",
      )}
${DASH_NOTE}

Every command takes --json (one JSON object on stdout) and --help.
Exit codes: 0 success, 1 evaluation or data error (a variable missing from --at, a non-finite
              result, a bad CSV; also: check found a disagreement),
            2 usage or parse error (bad option, formula or --at value).`,
    );

  /** A command whose operand is a formula, with -e/--expr, --json and (if wanted) --at. */
  const formulaCommand = (name: string, summary: string, withAt: boolean): Command => {
    const command = program
      .command(name)
      .summary(summary)
      .argument("[formula]", 'the formula, in quotes: "x^2 * sin(x)"')
      .option("-e, --expr <formula>", 'the formula, for one starting with "-": -e "-x^2"');
    if (withAt) command.option("--at <bindings>", AT_HELP, collect);
    return command;
  };
  const formulaOf = (operand: string | undefined, options: FormulaOptions): Formula =>
    parseFormula(formulaText(operand, options.expr));

  formulaCommand("eval", "the value of a formula", true)
    .description("Print the value of the formula at the --at values.")
    .addHelpText("after", examples('autodiff eval "x^2 + 3*x" --at x=2', 'autodiff eval "exp(-x^2/2)" --at x=1.5e-1', 'autodiff eval -e "-x^2" --at x=3 --json'))
    .option("--json", JSON_HELP)
    .version(version, "-V, --version", VERSION_HELP)
    .action((operand: string | undefined, options: FormulaOptions) => {
      done(evalCommand(formulaOf(operand, options), parseBindings(options.at ?? [])));
    });

  formulaCommand("diff", "the symbolic derivative (and its value)", true)
    .description("Print the simplified derivative of the formula and, with --at, its value.")
    .option("--wrt <variable>", "the variable to differentiate by (default: the only variable)")
    .option("--order <n>", "differentiate n times", wholeNumber(1), 1)
    .addHelpText(
      "after",
      `${examples('autodiff diff "x^2 * sin(x)" --wrt x --at x=2', 'autodiff diff "x^3" --order 2', 'autodiff diff -- "-x^2" --wrt x --json')}\n${DASH_NOTE}`,
    )
    .option("--json", JSON_HELP)
    .version(version, "-V, --version", VERSION_HELP)
    .action((operand: string | undefined, options: FormulaOptions & { wrt?: string; order: number }) => {
      const env = options.at !== undefined ? parseBindings(options.at) : undefined;
      done(diffCommand(formulaOf(operand, options), options.wrt, options.order, env));
    });

  formulaCommand("grad", "every partial derivative (reverse mode)", true)
    .description("Print every partial derivative at the --at values, from one reverse-mode pass.")
    .addHelpText("after", examples('autodiff grad "x*y + sin(x)" --at x=1,y=2', 'autodiff grad "loss = (x*w - y)^2" --at x=1 --at w=1 --at y=2 --json'))
    .option("--json", JSON_HELP)
    .version(version, "-V, --version", VERSION_HELP)
    .action((operand: string | undefined, options: FormulaOptions) => {
      done(gradCommand(formulaOf(operand, options), parseBindings(options.at ?? [])));
    });

  formulaCommand("explain", "the chain rule, node by node", true)
    .description(
      "Show the computational graph: one row per node in evaluation order with its value (forward pass), " +
        "its local derivatives and its adjoint d(output)/d(node) (backward pass).",
    )
    .option("--wrt <variable>", "show how d(output)/d(variable) is collected")
    .addOption(new Option("--format <format>", "text table, or a graph for Graphviz (dot) or Mermaid").choices(EXPLAIN_FORMATS).default("text"))
    .addHelpText(
      "after",
      examples(
        'autodiff explain "loss = (x*w - y)^2" --at x=1,w=1,y=2 --wrt w',
        'autodiff explain "sin(x) * x" --at x=2 --format dot | dot -Tsvg > graph.svg',
        'autodiff explain "x*y + y" --at x=1,y=2 --format mermaid',
      ),
    )
    .option("--json", JSON_HELP)
    .version(version, "-V, --version", VERSION_HELP)
    .action((operand: string | undefined, options: FormulaOptions & { wrt?: string; format: string }) => {
      done(explainCommand(formulaOf(operand, options), parseBindings(options.at ?? []), options.wrt, options.format));
    });

  formulaCommand("check", "partials against finite differences", true)
    .description("Compare each partial derivative (reverse and forward mode) with central finite differences. Exits 1 if any disagrees.")
    .addHelpText("after", examples('autodiff check "x^y" --at x=2,y=3', 'autodiff check "relu(x)" --at x=0'))
    .option("--json", JSON_HELP)
    .version(version, "-V, --version", VERSION_HELP)
    .action((operand: string | undefined, options: FormulaOptions) => {
      done(checkCommand(formulaOf(operand, options), parseBindings(options.at ?? [])));
    });

  formulaCommand("latex", "LaTeX of the formula or its derivative", false)
    .description("Print LaTeX for the formula or, with --wrt, for its derivative.")
    .option("--wrt <variable>", "print the derivative by this variable instead")
    .option("--order <n>", "with --wrt: differentiate n times", wholeNumber(1), 1)
    .addHelpText("after", examples('autodiff latex "sqrt(x) / (1 + x^2)"', 'autodiff latex "sin(x)^2" --wrt x'))
    .option("--json", JSON_HELP)
    .version(version, "-V, --version", VERSION_HELP)
    .action((operand: string | undefined, options: FormulaOptions & { wrt?: string; order: number }) => {
      done(latexCommand(formulaOf(operand, options), options.wrt, options.order));
    });

  formulaCommand("steps", "the derivation, rule by rule", false)
    .description("Show how the derivative is found, one rule per step (sum, product, chain, ...), ending in the derivative.")
    .option("--wrt <variable>", "the variable to differentiate by (default: the only variable)")
    .addOption(new Option("--format <format>", "text or LaTeX (an align* environment)").choices(STEPS_FORMATS).default("text"))
    .addHelpText("after", examples('autodiff steps "x^2*sin(x)" --wrt x', 'autodiff steps "sin(x^2)" --format latex', 'autodiff steps "exp(2*x)" --json'))
    .option("--json", JSON_HELP)
    .version(version, "-V, --version", VERSION_HELP)
    .action((operand: string | undefined, options: FormulaOptions & { wrt?: string; format: StepsFormat }) => {
      done(stepsCommand(formulaOf(operand, options), options.wrt, options.format));
    });

  program
    .command("fit")
    .summary("train a linear or logistic regression on a CSV file")
    .description(
      "Train LinearRegression or LogisticRegression by gradient descent on the engine's gradients and print " +
        "the parameters (m0.., yint), the final training loss and the test R^2 (linear) or accuracy (logistic). " +
        "Every cell of the CSV must be a number; the first row names the columns.",
    )
    .argument("<file.csv>", "a CSV file with a header row")
    .option("--target <column>", "the column to predict")
    .option("--features <columns>", "comma-separated input columns (default: every other column)")
    .addOption(new Option("--model <model>", "linear or logistic").choices(["linear", "logistic"]).default("linear"))
    .option("--epochs <n>", "passes over the training rows", wholeNumber(1), 1000)
    .option("--lr <rate>", "learning rate", positiveNumber, 0.01)
    .option("--batch-size <b>", "rows per step (default: all: batch gradient descent; 1: stochastic)", wholeNumber(1))
    .option("--standardize", "scale each feature to mean 0, std 1 (fitted on the training rows)", false)
    .option("--seed <s>", "seed for the initial parameters, the split and the shuffling", integer, 0)
    .option("--test-split <fraction>", "fraction of rows held out for the test metric (0: none)", fraction, 0.2)
    .option("--plot <file.svg>", "write an SVG of the loss curve (and, for one feature, the data and the fit)")
    .option("--json", JSON_HELP)
    .version(version, "-V, --version", VERSION_HELP)
    .addHelpText(
      "after",
      examples(
        "autodiff fit data/diabetes.csv --target target --standardize --lr 0.1 --epochs 500",
        "autodiff fit data/breast_cancer.csv --target target --model logistic --standardize --lr 0.5",
        "autodiff fit data/house_rent.csv --target rent --features area --standardize --lr 0.1 --test-split 0 --plot rent.svg",
      ),
    )
    .action(async (file: string, options: FitOptions) => {
      const { fitCommand } = await import("./cli/commands/fitCommand.js");
      done(
        await fitCommand(file, {
          target: options.target,
          features: options.features?.split(",").map((name) => name.trim()),
          model: options.model,
          epochs: options.epochs,
          learningRate: options.lr,
          batchSize: options.batchSize,
          standardize: options.standardize,
          seed: options.seed,
          testSplit: options.testSplit,
          plot: options.plot,
        }),
      );
    });

  return program;
}

interface FitOptions {
  target?: string;
  features?: string;
  model: string;
  epochs: number;
  lr: number;
  batchSize?: number;
  standardize: boolean;
  seed: number;
  testSplit: number;
  plot?: string;
  json?: boolean;
}

/** Runs `autodiff` with these arguments (without "node" and the script); returns the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  const args = formulaAfterDoubleDash(argv);
  const json = args.includes("--json");
  let result: CommandResult | undefined;
  // the command named in args, for "see autodiff <command> --help" in error hints
  let command: string | undefined;
  try {
    const program = buildProgram((r) => (result = r));
    command = args.find((arg) => program.commands.some((declared) => declared.name() === arg));
    await program.parseAsync(args, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError && (error.code === "commander.helpDisplayed" || error.code === "commander.version")) {
      return ExitCode.ok;
    }
    // `autodiff` alone: commander has printed the help to stderr.
    if (error instanceof CommanderError && error.code === "commander.help") return ExitCode.usage;
    const report = describeError(error, command);
    process.stderr.write(`error: ${report.message}\nhint: ${report.hint}\n`);
    if (process.env.AUTODIFF_DEBUG === "1" && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    if (json) {
      process.stdout.write(`${JSON.stringify({ error: { kind: report.kind, message: report.message, hint: report.hint, exitCode: report.exitCode } }, null, 2)}\n`);
    }
    return report.exitCode;
  }
  if (result === undefined) return ExitCode.ok;
  process.stdout.write(json ? `${JSON.stringify(result.json, null, 2)}\n` : `${result.text}\n`);
  return result.exitCode ?? ExitCode.ok;
}

// A closed pipe (autodiff ... | head) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
