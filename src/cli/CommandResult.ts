import type { ExitCode } from "./CliError.js";

/** What a command produced: the one JSON object for `--json`, the text otherwise, and its exit code. */
export interface CommandResult {
  readonly json: Record<string, unknown>;
  readonly text: string;
  /** 0 unless the command ran but reports a failure (check: some partial disagrees). */
  readonly exitCode?: ExitCode;
}
