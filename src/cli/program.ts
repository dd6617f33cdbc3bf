/**
 * The commander program for a table of commands: the global options (--json, --version, --help) once,
 * then one commander command per table entry, whose action hands `run`'s result to `done`.
 * The only file that imports commander.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { CliError, ExitCode } from "./CliError.js";
import type { CommandResult } from "./CommandResult.js";
import type { CommandSpec, OptionSpec, RunContext } from "./CommandSpec.js";

/** How the program prints help and version text, and where a command's result goes. */
export interface ProgramSetup {
  readonly version: string;
  /** The text after the program's own help (examples, notes). */
  readonly helpAfter: string;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
  /** Width for wrapping help text. */
  readonly columns: number;
  readonly context: RunContext;
  readonly done: (result: CommandResult) => void;
}

/** The program; errors are thrown (exitOverride), never printed by commander: main() reports them. */
export function buildProgram(commands: readonly CommandSpec[], setup: ProgramSetup): Command {
  const program = new Command("autodiff")
    .description(
      "Evaluate, differentiate and explain a formula (automatic differentiation), or fit a model to a CSV file.",
    )
    .version(setup.version, "-V, --version", "print the version")
    .option("--json", "print one JSON object instead of text")
    .helpOption("-h, --help", "show help")
    .configureHelp({ showGlobalOptions: true, helpWidth: setup.columns })
    .exitOverride()
    .configureOutput({ writeOut: setup.writeOut, writeErr: setup.writeErr, outputError: () => {} })
    .showSuggestionAfterError()
    .addHelpText("after", setup.helpAfter);
  // Subcommands inherit the settings above (help option, output, exitOverride), so those come first.
  for (const spec of commands) {
    const command = program
      .command(spec.name)
      .summary(spec.summary)
      .description(spec.description)
      .argument(spec.operand.usage, spec.operand.help)
      .addHelpText("after", `${examples(spec.examples)}${spec.note === undefined ? "" : `\n${spec.note}`}`);
    for (const option of spec.options) command.addOption(commanderOption(option, command));
    command.action(async (operand: string | undefined) => {
      setup.done(await spec.run(operand, command.opts(), setup.context));
    });
  }
  return program;
}

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

function commanderOption(spec: OptionSpec, command: Command): Option {
  const option = new Option(spec.flags, spec.help);
  if (spec.choices !== undefined) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  const parse = spec.parse;
  if (spec.repeatable === true) {
    option.argParser((text: string, previous: unknown[] | undefined) => [...(previous ?? []), parse?.(text) ?? text]);
  } else if (parse !== undefined) {
    option.argParser((text: string) => {
      try {
        return parse(text);
      } catch (error) {
        throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
      }
    });
  }
  if (spec.repeatable !== true && (option.required || option.optional)) {
    // Heard before commander stores the value: a second --wrt or --target is a mistake, not an override.
    command.on(`option:${option.name()}`, (text: string) => {
      const key = option.attributeName();
      if (command.getOptionValueSource(key) !== "cli") return;
      const first = command.getOptionValue(key) as unknown;
      throw new CliError(
        `${option.long} is given twice (${option.long} ${String(first)} and ${option.long} ${text})`,
        `give ${option.long} once (see autodiff ${command.name()} --help)`,
        ExitCode.usage,
      );
    });
  }
  return option;
}
