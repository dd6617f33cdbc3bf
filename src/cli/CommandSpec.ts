import type { CommandResult } from "./CommandResult.js";

/**
 * One option of a command, declared as data; src/cli/program.ts turns it into a commander Option.
 * @example { flags: "--order <n>", help: "differentiate n times", parse: wholeNumber(1), default: 1 }
 */
export interface OptionSpec {
  /** commander's flags: "--wrt <variable>", "-e, --expr <formula>", "--standardize" (a switch). */
  readonly flags: string;
  readonly help: string;
  /** Converts the text; an Error it throws is a usage error quoting its message. */
  readonly parse?: (text: string) => unknown;
  /** The only values allowed (commander checks them and lists them in the help). */
  readonly choices?: readonly string[];
  readonly default?: unknown;
  /** May be given again, collecting every value in order (--at x=1 --at y=2); other options only once. */
  readonly repeatable?: boolean;
}

/**
 * One `autodiff` command: how it is declared (the help text and options) and the function that runs it.
 * `run` receives the operand and the option values, keyed as commander names them (`--batch-size` is
 * `batchSize`), and returns the result to print; it prints nothing itself (src/cli/main.ts does).
 */
export interface CommandSpec<Options = Record<string, unknown>> {
  readonly name: string;
  /** One line, in the command list of `autodiff --help`. */
  readonly summary: string;
  /** The first paragraph of `autodiff <name> --help`. */
  readonly description: string;
  /** The one operand, e.g. `[formula]` or `<file.csv>`, and what it is. */
  readonly operand: { readonly usage: string; readonly help: string };
  /** The operand is a formula: it may follow `--` with options after it (`diff -- "-x^2" --wrt x`). */
  readonly takesFormula: boolean;
  readonly options: readonly OptionSpec[];
  /** Command lines shown under "Examples:" in its help, each without the leading "$ ". */
  readonly examples: readonly string[];
  /** More help after the examples. */
  readonly note?: string;
  run(operand: string | undefined, options: Options, context: RunContext): CommandResult | Promise<CommandResult>;
}

/** What a command may use besides its inputs. */
export interface RunContext {
  /** Where `fit` draws its progress bar: stderr when it is a terminal, else none. */
  readonly progress?: NodeJS.WritableStream;
}
