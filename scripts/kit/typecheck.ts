import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cap } from "./failureMessage.js";
import type { ZeroReason } from "./score.js";
import { ROOT } from "./targets.js";

/** The longest compiler message shown for one exercise. */
const COMPILER_MESSAGE_LIMIT = 3000;

/**
 * Writes the tsconfig.json that type-checks `workspace/exercises/**` the way exercises/tsconfig.json does
 * (the project's strict settings; a stub may leave parameters unused), from any folder: `workspace/src`
 * must reach the library (a symbolic link to the project's src/ does).
 */
export function writeExercisesTsconfig(workspace: string, root = ROOT, exclude: readonly string[] = []): string {
  const file = join(workspace, "tsconfig.json");
  const config = {
    extends: join(root, "tsconfig.json"),
    compilerOptions: {
      noUnusedLocals: false,
      noUnusedParameters: false,
      noEmit: true,
      incremental: false,
      typeRoots: [join(root, "node_modules", "@types")],
      paths: {},
    },
    include: ["exercises/**/*.ts"],
    exclude: exclude.map((folder) => `exercises/${folder}/**`),
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  // The exercises are ES modules, as the project's own files are (package.json "type": "module"); the library,
  // reached through workspace/src, resolves its "#..." imports through the nearest package.json: this one.
  const project = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { imports?: unknown };
  writeFileSync(
    join(workspace, "package.json"),
    `${JSON.stringify({ type: "module", imports: project.imports ?? {} }, null, 2)}\n`,
  );
  return file;
}

/** The command that type-checks a workspace (run it with the workspace as the working folder). */
export function tscCommand(root = ROOT): [string, string[]] {
  return [
    process.execPath,
    [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json", "--pretty", "false"],
  ];
}

/** One run of tsc: what it printed and how it exited. */
export interface TscRun {
  readonly output: string;
  readonly code: number | null;
}

/**
 * Type-checks a workspace in rounds: tsc reports only syntax errors when there are any, so an exercise with a
 * syntax error would hide another's type errors. Each round leaves out the exercises already found broken.
 * `tsc(exclude)` runs tsc on the workspace with those exercise folders left out.
 *
 * Fails closed: a tsc that exits non-zero without a diagnostic (it crashed: 30,000 nested parentheses
 * overflow its stack) is run again on halves of the exercises, down to the one it cannot check, which scores 0.
 */
export async function typecheckInRounds(
  tsc: (exclude: readonly string[]) => Promise<TscRun>,
  folders: readonly string[],
): Promise<Map<string, ZeroReason>> {
  const found = new Map<string, ZeroReason>();
  for (let round = 0; round < 3; round++) {
    const { output, code } = await tsc([...found.keys()]);
    const errors = typeErrors(output);
    for (const [folder, reason] of errors) found.set(folder, reason);
    if (code !== 0 && errors.size === 0 && /error TS\d+/.test(output)) {
      // Diagnostics, none in the student's files: the library itself does not check here, which is the grader's fault.
      const first = output.split("\n").find((line) => /error TS\d+/.test(line));
      throw new Error(`The library does not type-check in this grader (${first}): the installation is broken`);
    }
    if (code !== 0 && errors.size === 0) {
      // Which exercises tsc cannot check: halves checked alone, down to the folder (a few runs for one culprit).
      const unchecked = folders.filter((name) => !found.has(name));
      const bisect = async (part: readonly string[]): Promise<void> => {
        const alone = await tsc(folders.filter((name) => !part.includes(name)));
        const own = typeErrors(alone.output);
        for (const [name, reason] of own) found.set(name, reason);
        if (alone.code === 0 || own.size > 0) return;
        if (part.length === 1) found.set(part[0]!, crashed(alone));
        else for (const half of [part.slice(0, part.length >> 1), part.slice(part.length >> 1)]) await bisect(half);
      };
      await bisect(unchecked);
      break;
    }
    // Another round only if this one stopped at syntax errors (TS1xxx).
    if (!/error TS1\d{3}:/.test(output) || errors.size === 0) break;
  }
  return found;
}

/** Why an exercise scores 0 when tsc could not check it at all. */
function crashed(run: TscRun): ZeroReason {
  const last = run.output.trim().split("\n").slice(-3).join("\n");
  return {
    note: "type-check failed",
    message: cap(
      `The type checker (tsc) could not check your code (it exited with code ${run.code} and no diagnostic), so this exercise scores 0. Its last lines:\n${last}`,
      COMPILER_MESSAGE_LIMIT,
    ),
  };
}

/**
 * tsc's diagnostics grouped by exercise folder, from its output in a workspace (paths start `exercises/`):
 * each exercise with an error scores 0, with the compiler's message.
 *
 * @example
 * typeErrors("exercises/01-expressions/warmups.ts(3,7): error TS2322: Type 'number' is not assignable to type 'string'.")
 * // Map { "01-expressions" => { note: "type errors", message: "Your code does not type-check ..." } }
 */
export function typeErrors(output: string): Map<string, ZeroReason> {
  const byFolder = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of output.split("\n")) {
    const diagnostic = /^exercises\/([^/]+)\/.*\(\d+,\d+\): error TS\d+/.exec(line);
    if (diagnostic !== null) {
      const folder = diagnostic[1]!;
      current = byFolder.get(folder) ?? [];
      byFolder.set(folder, current);
      current.push(line);
    } else if (current !== undefined && /^\s+\S/.test(line)) {
      current.push(line);
    } else {
      current = undefined;
    }
  }
  const reasons = new Map<string, ZeroReason>();
  for (const [folder, lines] of byFolder) {
    reasons.set(folder, {
      note: "type errors",
      message: cap(
        `Your code does not type-check, so this exercise scores 0. The compiler (tsc) says:\n${lines.join("\n")}`,
        COMPILER_MESSAGE_LIMIT,
      ),
    });
  }
  return reasons;
}
