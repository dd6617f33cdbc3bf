import { basename, relative, sep } from "node:path";

/**
 * Where in the student's files an error was thrown, shown as the student knows the file: the deepest frame of
 * its stack inside `work` (the folder laid out like exercises/). For a stack overflow, the frame that repeats
 * (the recursive call, `this.diff(...)` where `this.operand.diff(...)` was meant), not wherever the stack
 * happened to run out.
 *
 * @example
 * whereThrown("Error: TODO(05.1)\n    at loss (/w/exercises/05-gradient-descent/gradientDescent.ts:14:9)", "/w/exercises")
 * // "exercises/05-gradient-descent/gradientDescent.ts:14:9"
 */
export function whereThrown(stack: string, work: string): string | undefined {
  const [first = "", ...lines] = stack.split("\n");
  const frames: string[] = [];
  for (const line of lines) {
    const frame = /(?:\(|at |file:\/\/)(\/[^():]+):(\d+):(\d+)/.exec(line);
    if (frame === null) continue;
    const file = frame[1]!;
    if (!file.startsWith(`${work}${sep}`) || file.includes(`${sep}node_modules${sep}`)) continue;
    frames.push(`${basename(work)}/${relative(work, file)}:${frame[2]}:${frame[3]}`);
  }
  if (!/Maximum call stack size exceeded/.test(first)) return frames[0];
  // The recursive call repeats down the stack: the most frequent frame (the deepest of equals).
  const counts = new Map<string, number>();
  for (const frame of frames) counts.set(frame, (counts.get(frame) ?? 0) + 1);
  let best: string | undefined;
  for (const frame of frames) if (best === undefined || counts.get(frame)! > counts.get(best)!) best = frame;
  return best;
}
