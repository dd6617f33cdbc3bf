import { join } from "node:path";

/**
 * Where Gradescope puts things: the autograder zip unpacked in `source/`, the student's files in
 * `submission/`, the results in `results/results.json` (and a copy of run_autograder at the top, which runs this).
 * AUTOGRADER_ROOT moves all of it, which is how the kit's own checks simulate the layout in a temporary folder.
 */
export interface AutograderLayout {
  readonly root: string;
  readonly source: string;
  readonly submission: string;
  readonly resultsFile: string;
  /** The working copy the student's code runs in, rebuilt on every run. */
  readonly work: string;
}

export function autograderLayout(env: NodeJS.ProcessEnv = process.env): AutograderLayout {
  const root = env.AUTOGRADER_ROOT ?? "/autograder";
  return {
    root,
    source: join(root, "source"),
    submission: join(root, "submission"),
    resultsFile: join(root, "results", "results.json"),
    work: join(root, "work"),
  };
}
