import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { zipSync, type Zippable } from "fflate";

/**
 * Zips `files` (path in the zip -> content) into `out`, creating its folder; paths in `executables` get mode
 * 755, the rest 644. Returns how many files went in and the zip's size in bytes.
 *
 * @example
 * writeZip("build/ag.zip", new Map([["run_autograder", bytes]]), new Set(["run_autograder"])) // { files: 1, bytes: 312 }
 */
export function writeZip(
  out: string,
  files: ReadonlyMap<string, Uint8Array>,
  executables: ReadonlySet<string> = new Set(),
): { files: number; bytes: number } {
  const entries: Zippable = {};
  for (const [path, content] of files) {
    // Unix mode bits live in the high half of the external attributes; os 3 is Unix.
    entries[path] = [content, { os: 3, attrs: (executables.has(path) ? 0o100755 : 0o100644) << 16 }];
  }
  const zip = zipSync(entries, { level: 9 });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return { files: files.size, bytes: zip.length };
}
