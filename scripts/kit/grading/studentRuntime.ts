import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { filesUnder } from "../filesUnder.js";
import { ROOT } from "../targets.js";

/** The files a student process runs from: prebuilt once per grading run, readable by the student's uid. */
export interface StudentRuntime {
  /** The student process's program (studentHost.ts, bundled). */
  readonly host: string;
  /** The module hooks that compile the student's TypeScript (studentLoader.mjs). */
  readonly loader: string;
  /** The library as one module: what the student's `../../src/index.js` import gets. */
  readonly library: string;
  /** The library's entry the student's files import (src/index.ts), which the hooks map to `library`. */
  readonly libraryEntry: string;
}

/**
 * Builds the student's runtime into `dir`: the library bundled into one module (its ~150 modules load in a
 * fraction of a second as one file, where compiling them one by one as TypeScript took 3-4 s per process),
 * and the host program (the module hooks stay where they are: they import esbuild). About a second, once per run.
 */
export async function buildStudentRuntime(dir: string, root = ROOT): Promise<StudentRuntime> {
  mkdirSync(dir, { recursive: true });
  const runtime = runtimeIn(dir, root);
  const common = { bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "error" } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: [runtime.libraryEntry],
      outfile: runtime.library,
      // The one module of the library that finds files by its own place (loadDataset: ../../data/) keeps it.
      define: { "import.meta.url": JSON.stringify(pathToFileURL(join(root, "src", "data", "loadDataset.ts")).href) },
    }),
    build({
      ...common,
      entryPoints: [join(root, "scripts", "kit", "grading", "studentHost.ts")],
      outfile: runtime.host,
    }),
  ]);
  return runtime;
}

/**
 * The runtime of this copy's library, built once and kept in `.gradkit/runtime/<hash of the library and the
 * host>` (a local run: the student's own checkout), so grade, watch and check do not bundle it again each time.
 */
export async function cachedStudentRuntime(root = ROOT): Promise<StudentRuntime> {
  const hash = createHash("sha256");
  const sources = [
    ...filesUnder(join(root, "src")).map((path) => join(root, "src", path)),
    ...filesUnder(join(root, "scripts", "kit", "grading")).map((path) => join(root, "scripts", "kit", "grading", path)),
  ];
  for (const file of sources) hash.update(file).update(readFileSync(file));
  const dir = join(root, ".gradkit", "runtime", hash.digest("hex").slice(0, 16));
  if (!existsSync(join(dir, "host.mjs"))) {
    const building = `${dir}.${process.pid}.tmp`;
    await buildStudentRuntime(building, root);
    try {
      renameSync(building, dir);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another process built it meanwhile
    }
  }
  return runtimeIn(dir, root);
}

/** Where a runtime built into `dir` has its files (the module hooks stay where they are: they import esbuild). */
function runtimeIn(dir: string, root: string): StudentRuntime {
  return {
    host: join(dir, "host.mjs"),
    library: join(dir, "library.mjs"),
    loader: join(root, "scripts", "kit", "grading", "studentLoader.mjs"),
    libraryEntry: realpathSync(join(root, "src", "index.ts")),
  };
}
