import type { ModuleReport } from "./KitReporter.js";
import { typecheckFolder } from "./localTypecheck.js";
import { hasHiddenTests, readManifest } from "./manifest.js";
import { runGradedSuite } from "./runGradedSuite.js";
import { type ExerciseScore, type GradescopeResults, groupKey, score } from "./score.js";
import type { Target } from "./targets.js";

/** What grading one target gave: Gradescope's results.json and the table's rows. */
export interface GradeOutcome {
  readonly results: GradescopeResults;
  readonly rows: ExerciseScore[];
  readonly modules: readonly ModuleReport[];
}

/**
 * Grades one target (a folder laid out like exercises/, or a mutant) as `npm run grade` does: type-check,
 * the graded suite (and the hidden tests where this copy has them), scored against the manifest.
 * `exercises` narrows the run to some exercise folders.
 *
 * @example
 * const { rows } = await gradeTarget(parseTarget("solutions"), { exercises: ["05-gradient-descent"] });
 */
export async function gradeTarget(
  target: Target,
  options: { readonly exercises?: readonly string[]; readonly echo?: boolean } = {},
): Promise<GradeOutcome> {
  const manifest = readManifest();
  const hidden = hasHiddenTests();
  const only = options.exercises ?? target.exercises;
  const narrowed: Target = only === undefined ? target : { ...target, exercises: only };
  const env = only === undefined ? {} : { KIT_EXERCISES: only.join(",") };
  const [modules, exerciseZero] = await Promise.all([
    runGradedSuite([narrowed], { echo: options.echo, env }),
    target.replace === undefined ? typecheckFolder(target.folder) : Promise.resolve(new Map()),
  ]);
  // An exercise whose tests could not load keeps its full test count: count them again with stand-ins.
  const broken = [
    ...new Set(modules.filter((module) => module.loadError !== undefined).map((module) => module.file.split("/")[2]!)),
  ];
  const testList = new Map<string, string[]>();
  if (broken.length > 0 && target.replace === undefined) {
    const counted = await runGradedSuite([narrowed], { env: { KIT_STANDIN: "1", KIT_EXERCISES: broken.join(",") } });
    for (const module of counted) {
      const [, suite, folder] = module.file.split("/");
      if (module.loadError === undefined && (suite === "graded" || suite === "hidden")) {
        const key = groupKey(suite, folder!);
        testList.set(key, [...(testList.get(key) ?? []), ...module.tests.map((test) => test.name)]);
      }
    }
  }
  const { results, rows } = score(manifest, modules, {
    hidden,
    exerciseZero,
    testList,
    ...(only === undefined ? {} : { only }),
  });
  return { results, rows, modules };
}
