import type { ExitCode } from "./CliError.js";

/** What a command produced: the one JSON object for `--json`, the text otherwise, and its exit code. */
export interface CommandResult {
  readonly json: Record<string, unknown>;
  readonly text: string;
  /** 0 unless the command ran but reports a failure (check: some partial disagrees). */
  readonly exitCode?: ExitCode;
  /** A file to write after the text is printed (fit --plot), so that failing to write it loses nothing. */
  readonly file?: OutputFile;
}

/**
 * A file a command asks to be written. Text output then says `<key>: wrote <path>`; the JSON holds the
 * path under `key`, or null and an `error` when it could not be written.
 */
export interface OutputFile {
  readonly key: string;
  readonly path: string;
  contents(): Promise<string>;
}
