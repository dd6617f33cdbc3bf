import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { ROOT } from "./targets.js";

/**
 * A test for "git ignores this path" built from the root .gitignore, so a zip never ships node_modules, dist/
 * or a results.json even when the project is not a git checkout. It covers the forms .gitignore uses here:
 * `name`, `*.ext`, `dir/` (directories only) and `/anchored`; negations (`!`) are not supported.
 */
function gitIgnored(root: string): (path: string, isDirectory: boolean) => boolean {
  const file = join(root, ".gitignore");
  const rules = (existsSync(file) ? readFileSync(file, "utf8").split("\n") : [])
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#") && !line.startsWith("!"))
    .map((line) => {
      const directoryOnly = line.endsWith("/");
      const body = directoryOnly ? line.slice(0, -1) : line;
      // As in git: a slash at the start or in the middle ties the pattern to the root, otherwise it matches any name.
      const anchored = body.includes("/");
      const glob = body.replace(/^\//, "");
      const pattern = new RegExp(
        `^${glob
          .split("*")
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
          .join("[^/]*")}$`,
      );
      return { directoryOnly, anchored, pattern };
    });
  return (path, isDirectory) =>
    rules.some(
      (rule) => (!rule.directoryOnly || isDirectory) && rule.pattern.test(rule.anchored ? path : basename(path)),
    );
}

/**
 * The files under the given project paths (files or folders, relative to the project root), by path, with
 * their contents. Missing paths and whatever .gitignore ignores are left out.
 *
 * @example
 * projectFiles(["package.json", "tests/graded"]) // Map { "package.json" => ..., "tests/graded/manifest.json" => ..., ... }
 */
export function projectFiles(paths: readonly string[], root = ROOT): Map<string, Uint8Array> {
  const ignored = gitIgnored(root);
  const files = new Map<string, Uint8Array>();
  const add = (path: string): void => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    const isDirectory = statSync(full).isDirectory();
    if (ignored(path, isDirectory)) return;
    if (isDirectory) {
      for (const entry of readdirSync(full).sort()) add(`${path}/${entry}`);
    } else {
      files.set(path, readFileSync(full));
    }
  };
  for (const path of paths) add(path);
  return files;
}
