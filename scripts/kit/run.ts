import { spawn } from "node:child_process";

/**
 * Runs a command to completion and returns its exit code and combined output (never throws on a failing
 * command). With `echo`, the output also goes to stderr as it comes, for a run someone is watching.
 *
 * @example
 * await run("node", ["-e", "console.log(1)"], { cwd: ROOT }) // { code: 0, output: "1\n" }
 */
export function run(
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv; readonly echo?: boolean },
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      if (options.echo === true) process.stderr.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
