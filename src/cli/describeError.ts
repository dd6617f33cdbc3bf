import { DataError, GradkitError, MissingVariableError, ParseError, TrainingDivergedError } from "../index.js";
import { CliError, ExitCode } from "./CliError.js";

/** What the command line prints for an error: `error: message`, `hint: hint`, and the exit code. */
export interface ErrorReport {
  readonly kind: string;
  readonly message: string;
  readonly hint: string;
  readonly exitCode: ExitCode;
}

/**
 * Turns anything thrown into the report `autodiff` prints: our typed errors keep their message and get
 * a hint; commander's usage errors exit 2; anything else is reported as an internal error (the stack
 * trace only with AUTODIFF_DEBUG=1). `command` is the one being run, if known; `commands` all there are.
 * @example describeError(new CliError("no formula given", "...", 2), "eval", ["eval"]).exitCode // 2
 */
export function describeError(error: unknown, command: string | undefined, commands: readonly string[]): ErrorReport {
  const help = command === undefined ? "autodiff --help" : `autodiff ${command} --help`;
  if (error instanceof CliError) {
    return { kind: error.name, message: error.message, hint: error.hint, exitCode: error.exitCode };
  }
  if (error instanceof ParseError) {
    const listed = error.message.includes("supported");
    const hint =
      error.suggestion !== undefined
        ? `did you mean ${error.suggestion}?`
        : error.supported !== undefined && error.supported.length > 0
          ? listed
            ? "use one of the supported functions listed above (log and ln are both the natural logarithm)"
            : `supported functions: ${error.supported.join(", ")}`
          : error.expected !== undefined
            ? `expected ${error.expected} there; quote the formula, e.g. "x^2 + 3*x"`
            : 'check the formula; quote it, e.g. "x^2 + 3*x"';
    return {
      kind: error.name,
      message: `${error.message}\n  ${error.pointer().replace("\n", "\n  ")}`,
      hint,
      exitCode: ExitCode.usage,
    };
  }
  if (error instanceof MissingVariableError) {
    return {
      kind: error.name,
      message: error.message,
      hint: `give its value with --at ${error.variable}=<number>`,
      exitCode: ExitCode.evaluation,
    };
  }
  if (isCommanderError(error)) {
    return {
      kind: "UsageError",
      message: error.message.replace(/^error: /, ""),
      hint: usageHint(error.message, help, commands),
      exitCode: ExitCode.usage,
    };
  }
  if (error instanceof TrainingDivergedError) {
    return {
      kind: error.name,
      message:
        `training diverged in epoch ${error.epoch}: ${error.what} with --lr ${error.learningRate}; ` +
        "no parameters to report",
      hint:
        `use a smaller learning rate (e.g. --lr ${error.learningRate / 10}) ` +
        "or scale the features with --standardize",
      exitCode: ExitCode.evaluation,
    };
  }
  if (error instanceof DataError) {
    const hint =
      error.row !== undefined
        ? "fix or remove that value in the CSV file"
        : /^Cannot read/.test(error.message)
          ? "check the path (relative paths start from the current directory)"
          : /is separated by/.test(error.message)
            ? 'save it with commas between the values (a spreadsheet\'s "CSV (comma delimited)")'
            : "check the CSV file: a header row, then one row of numbers per sample";
    return { kind: error.name, message: error.message, hint, exitCode: ExitCode.evaluation };
  }
  if (error instanceof GradkitError) {
    return { kind: error.name, message: error.message, hint: `see ${help}`, exitCode: ExitCode.evaluation };
  }
  if (isSystemError(error)) {
    const what = error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "is a directory" : error.code;
    return {
      kind: "FileError",
      message: `cannot read ${error.path ?? "file"}: ${what}`,
      hint: "check the path (relative paths start from the current directory)",
      exitCode: ExitCode.evaluation,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: "InternalError",
    message: `internal error: ${message}`,
    hint: "this is a bug in gradkit; run with AUTODIFF_DEBUG=1 for the stack trace and report it",
    exitCode: ExitCode.evaluation,
  };
}

interface CommanderErrorShape {
  readonly code: string;
  readonly message: string;
}

// Duck-typed so this file need not import commander (only src/cli.ts does).
function isCommanderError(error: unknown): error is CommanderErrorShape {
  const code: unknown = error instanceof Error ? (error as Partial<CommanderErrorShape>).code : undefined;
  return typeof code === "string" && code.startsWith("commander.");
}

function usageHint(message: string, help: string, commands: readonly string[]): string {
  if (/unknown option '-[^-]/.test(message)) {
    return (
      'a formula that starts with "-" goes after -- or in -e: ' +
      `autodiff diff -- "-x^2" --wrt x, or autodiff diff -e "-x^2" --wrt x (see ${help})`
    );
  }
  if (/unknown command/.test(message)) {
    const list = `${commands.slice(0, -1).join(", ")} and ${commands.at(-1)}`;
    return `the commands are ${list} (see autodiff --help)`;
  }
  return `see ${help}`;
}

interface SystemErrorShape {
  readonly code: string;
  readonly path?: string;
}

function isSystemError(error: unknown): error is SystemErrorShape {
  return error instanceof Error && typeof (error as Partial<SystemErrorShape>).code === "string" && "syscall" in error;
}
