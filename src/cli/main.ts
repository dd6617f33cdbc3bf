/**
 * `autodiff` as a function: `main(argv, io)` runs one command line and returns its exit code. Everything
 * it prints goes through `io`, so tests call it in-process; src/cli.ts calls it with the real streams.
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { CliError, ExitCode } from "./CliError.js";
import type { CommandResult, OutputFile } from "./CommandResult.js";
import type { CommandSpec } from "./CommandSpec.js";
import { COMMANDS, DASH_NOTE } from "./commandTable.js";
import { describeError } from "./describeError.js";
import { formulaAfterDoubleDash } from "./formulaArgument.js";
import { buildProgram } from "./program.js";

/** Where `autodiff` prints, and what it may know of its terminal. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A terminal for fit's progress bar (the real stderr when it is one); none in pipes and tests. */
  readonly progress?: NodeJS.WritableStream;
  /** Print the stack trace of an internal error (AUTODIFF_DEBUG=1). */
  readonly debug?: boolean;
  /** Width for wrapping help text; default 80. */
  readonly columns?: number;
}

const HELP_AFTER = `
Examples:
  $ autodiff eval "x^2 + 3*x" --at x=2
  $ autodiff diff "x^2 * sin(x)" --wrt x --at x=2
  $ autodiff grad "x*y + sin(x)" --at x=1,y=2
  $ autodiff explain "loss = (x*w - y)^2" --at x=1,w=1,y=2 --wrt w
  $ autodiff fit data/diabetes.csv --target target --standardize --lr 0.1

${DASH_NOTE}

Every command takes --json (one JSON object on stdout) and --help.
Exit codes: 0 success, 1 evaluation or data error (a variable missing from --at, a non-finite
              result, a bad CSV; also: check found a disagreement),
            2 usage or parse error (bad option, formula or --at value).`;

/**
 * Runs `autodiff` with these arguments (without "node" and the script) and returns the exit code:
 * 0 success, 1 evaluation or data error, 2 usage or parse error.
 * @example await main(["eval", "x^2", "--at", "x=3"], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }) // 0
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CommandSpec[] = COMMANDS,
): Promise<ExitCode> {
  const names = commands.map((command) => command.name);
  const args = formulaAfterDoubleDash(
    argv,
    commands.filter((command) => command.takesFormula).map((command) => command.name),
  );
  const json = args.includes("--json");
  // the command named in args, for "see autodiff <command> --help" in error hints
  const command = args.find((arg) => names.includes(arg));
  const fail = (error: unknown, partial: Record<string, unknown> = {}): ExitCode => {
    const report = describeError(error, command, names);
    io.stderr(`error: ${report.message}\nhint: ${report.hint}\n`);
    if (io.debug === true && error instanceof Error) io.stderr(`${error.stack}\n`);
    if (json) {
      const { kind, message, hint, exitCode } = report;
      io.stdout(`${JSON.stringify({ ...partial, error: { kind, message, hint, exitCode } }, null, 2)}\n`);
    }
    return report.exitCode;
  };

  let result: CommandResult | undefined;
  try {
    const program = buildProgram(commands, {
      version: packageVersion(),
      helpAfter: HELP_AFTER,
      writeOut: io.stdout,
      writeErr: io.stderr,
      columns: io.columns ?? 80,
      context: io.progress === undefined ? {} : { progress: io.progress },
      done: (r) => {
        result = r;
      },
    });
    await program.parseAsync(args, { from: "user" });
  } catch (error) {
    const code = commanderCode(error);
    if (code === "commander.helpDisplayed" || code === "commander.version") return ExitCode.ok;
    // `autodiff` alone: commander has printed the help to stderr.
    if (code === "commander.help") return ExitCode.usage;
    return fail(error);
  }
  if (result === undefined) return ExitCode.ok;
  const exitCode = result.exitCode ?? ExitCode.ok;
  const file = result.file;
  if (json) {
    // one JSON object: written after the file, so that it can say whether the file was written
    if (file !== undefined) {
      const failure = await writeOutput(file);
      if (failure !== undefined) return fail(failure, { ...result.json, [file.key]: null });
    }
    io.stdout(`${JSON.stringify(result.json, null, 2)}\n`);
    return exitCode;
  }
  // the text first: a plot that cannot be written loses none of it
  io.stdout(`${result.text}\n`);
  if (file !== undefined) {
    const failure = await writeOutput(file);
    if (failure !== undefined) return fail(failure);
    io.stdout(`${file.key}: wrote ${file.path}\n`);
  }
  return exitCode;
}

/** Writes the file; returns the error to report if it cannot. */
async function writeOutput(file: OutputFile): Promise<unknown> {
  let contents: string;
  try {
    contents = await file.contents();
  } catch (error) {
    return error;
  }
  try {
    await writeFile(file.path, contents);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such directory"
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? "permission denied"
          : code === "EISDIR"
            ? "it is a directory"
            : (code ?? String(error));
    return new CliError(
      `cannot write the ${file.key} to ${file.path}: ${why}`,
      `give a path in a folder you can write to, e.g. --${file.key} ./${file.key}.svg`,
      ExitCode.evaluation,
    );
  }
}

/** commander's code for an error it threw ("commander.help", ...), else undefined. */
function commanderCode(error: unknown): string | undefined {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("commander.") ? code : undefined;
}

/** The version in package.json (two levels above both src/cli/ and dist/cli/). */
function packageVersion(): string {
  const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}
