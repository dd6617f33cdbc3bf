/**
 * Scaffolds a new exercise that already passes npm run check: solutions/<folder>/ (README.md, hints.md, a .ts
 * with one BEGIN SOLUTION region), tests/graded/<folder>/, tests/hidden/<folder>/ when it has hidden points,
 * the manifest entry, a row of solutions/README.md's table, and its stubs in exercises/. docs/INSTRUCTORS.md
 * says what to fill in next.
 *
 * @example
 * npm run new-exercise -- 12-swish
 * npm run new-exercise -- 12-swish --title "Swish" --points 10 --hidden-points 2
 */
import { parseArgs } from "node:util";
import { scaffoldExercise } from "./kit/newExercise.js";
import { ROOT } from "./kit/targets.js";

const USAGE =
  'Usage: npm run new-exercise -- <NN-name> [--title "Title"] [--points 10] [--hidden-points 0] (e.g. 12-swish)';
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      points: { type: "string" },
      "hidden-points": { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new Error(`one exercise folder name (got ${positionals.length})`);
  const number = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));
  const folder = positionals[0]!;
  const written = scaffoldExercise(ROOT, folder, {
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.points === undefined ? {} : { points: number(values.points)! }),
    ...(values["hidden-points"] === undefined ? {} : { hiddenPoints: number(values["hidden-points"])! }),
  });
  console.log(`Wrote ${written.length} files:\n  ${written.join("\n  ")}\n`);
  console.log(
    `Next: write the solution and its tests (docs/INSTRUCTORS.md), then npm run check -- ${Number(folder.slice(0, 2))}`,
  );
} catch (error) {
  console.error(`error: ${(error as Error).message}. ${USAGE}`);
  process.exit(2);
}
