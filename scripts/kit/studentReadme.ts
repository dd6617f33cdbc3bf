import type { ManifestExercise } from "./manifest.js";
import { points } from "./score.js";
import { toCents } from "./points.js";

/**
 * The README.md of the student bundle, from the manifest: what to run, the exercises with the points this
 * copy grades, and how many more the hidden tests are worth on submission (never what they check). No
 * instructor command: the bundle has none of them.
 */
export function studentReadme(manifest: readonly ManifestExercise[]): string {
  const visible = manifest.reduce((sum, exercise) => sum + toCents(exercise.points), 0);
  const hidden = manifest.reduce((sum, exercise) => sum + toCents(exercise.hiddenPoints), 0);
  const rows = manifest.map(
    (exercise) =>
      `| ${exercise.folder.slice(0, 2)} | \`exercises/${exercise.folder}/\` | ${exercise.title} | ${points(toCents(exercise.points))} |`,
  );
  return `# gradkit: the course

You build automatic differentiation from the ground up, then train models with it. Each exercise is a
folder in \`exercises/\` with a \`README.md\` (what to read and do), the files to complete (look for
\`// TODO:\`) and \`hints.md\`. Your code imports the library from \`src/index.ts\` only; the guide to it
(the engine, models on real data, PyTorch / TensorFlow -> gradkit) is \`docs/ENGINE.md\`, which the exercise
READMEs point to.

## Start

\`\`\`sh
npm ci              # once: vitest, tsx and TypeScript (about 55 packages, 10-20 s)
npm run watch       # re-grades on every save: the points table, and the next thing to fix
\`\`\`

## Commands

| command | what it does |
| --- | --- |
| \`npm run watch\` | type-checks and re-grades the exercise you save (and what imports it) as \`npm run grade\` does, in about a second; shows the table and the first failing test of that exercise with the line of your code; an endless loop ends at the exercise's time limit, and the next save is graded as usual |
| \`npm run grade\` | type-checks and grades everything once, prints the table, writes \`results.json\`; exits 0 at full marks, 1 below |
| \`npm run hint\` | the next hint of the exercise you last saved or graded alone, or else of the first unfinished one (\`npm run hint -- 6\`: exercise 6, also \`06\` or \`06-linear-regression\`; \`npm run hint -- 6 2\`: its hint 2; \`npm run hint -- 6 all\`: all of them) |
| \`npm run example\` | runs \`examples/quickstart.ts\`, the engine's first example in \`docs/ENGINE.md\` |
| \`npm run grade -- 6\` | grades exercise 6 alone (also \`06\` or \`06-linear-regression\`) |
| \`npm test\` | the same as \`npm run grade\` |

## Exercises and points

| # | folder | topic | points |
| --- | --- | --- | --- |
${rows.join("\n")}
| | | **here** | **${points(visible)}** |

${hidden > 0 ? `On Gradescope, ${points(hidden)} more points come from hidden tests, which check the same functions on other inputs: ${points(visible + hidden)} in all. Code that passes every test here for the right reasons passes those too.\n\n` : ""}A file that does not type-check scores 0 for its exercise, with the compiler's message, here and on
Gradescope: run \`npm run grade\` before you submit.

## Submitting

Upload your exercise files to Gradescope: flat (\`LinearRegression.ts\`) or in their folders
(\`06-linear-regression/LinearRegression.ts\`). A helper file of your own goes beside the exercise file that
imports it. Upload each file once: two files with the same name (a stale copy in another folder) are
refused for their exercise. The grader's output lists every file it used and every file it ignored, with
the reason.
`;
}
