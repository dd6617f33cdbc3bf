import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";

/** The shipped datasets. */
export const DATA = fileURLToPath(new URL("../../data", import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `autodiff ...args` in-process through main(argv, io) and collects its output and exit code. */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

/** Runs with --json and parses the one JSON object on stdout. */
export async function runJson(args: readonly string[]): Promise<CliRun & { json: Record<string, unknown> }> {
  const run = await runCli([...args, "--json"]);
  return { ...run, json: JSON.parse(run.stdout) as Record<string, unknown> };
}
