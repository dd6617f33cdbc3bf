import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Every file under `folder`, at any depth, as sorted paths relative to it; none when the folder is missing.
 *
 * @example
 * filesUnder("solutions") // ["01-expressions/README.md", "01-expressions/hints.md", "01-expressions/warmups.ts", ...]
 */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(folder, path)).isFile())
    .sort();
}
