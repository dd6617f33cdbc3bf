/**
 * The grading run's wall time, as root (issue 18's target: one submission in at most 30 s on 2 cores; issue 20's
 * regrade of 20 submissions with --jobs 2). Installs the autograder once (the zip's files and the real
 * setup.sh, as npm run autograder:local does), then times run_autograder on the fresh stubs, the solutions and a
 * half-done submission (01-06 solved), three times each, alternating; then writes a 20-submission Gradescope
 * export (the three kinds, in turn) and times `npm run regrade -- <export> --jobs 2`.
 *
 * @example
 * sudo npx tsx bench/grading.ts            # about 5-8 minutes
 * sudo npx tsx bench/grading.ts --rounds 1 --submissions 6
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { installAutograder, needRoot, runAutograderOn, scratchRoot } from "../scripts/kit/localAutograder.js";
import { ROOT } from "../scripts/kit/targets.js";

needRoot("bench/grading.ts");
const { values } = parseArgs({
  options: { rounds: { type: "string", default: "3" }, submissions: { type: "string", default: "20" } },
});
const rounds = Number(values.rounds);
const count = Number(values.submissions);

const root = scratchRoot("bench-grading");
const folders = readdirSync(join(ROOT, "solutions")).filter((name) => /^\d\d-/.test(name));
/** A submission folder: the solution's .ts files of the exercises in `solved`, the stubs for the rest. */
function submission(name: string, solved: readonly string[]): string {
  const dir = join(root, "submissions", name);
  mkdirSync(dir, { recursive: true });
  for (const folder of folders) {
    const from = join(ROOT, solved.includes(folder) ? "solutions" : "exercises", folder);
    for (const file of readdirSync(from).filter((file) => file.endsWith(".ts"))) {
      mkdirSync(join(dir, folder), { recursive: true });
      cpSync(join(from, file), join(dir, folder, file));
    }
  }
  return dir;
}
const kinds = {
  stubs: submission("stubs", []),
  solutions: submission("solutions", folders),
  "half-done (01-06 solved)": submission("half", folders.slice(0, 6)),
};

const seconds = (ms: number): string => (ms / 1000).toFixed(1);
try {
  let started = Date.now();
  const source = installAutograder(root);
  console.log(`setup.sh: ${seconds(Date.now() - started)} s`);
  console.log(`load average before: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);

  const times = new Map<string, number[]>(Object.keys(kinds).map((kind) => [kind, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [kind, folder] of Object.entries(kinds)) {
      started = Date.now();
      const ran = await runAutograderOn(source, join(root, "run"), folder);
      const wall = Date.now() - started;
      times.get(kind)!.push(wall);
      console.log(`${kind}: ${seconds(wall)} s, ${ran.results?.score} / ${ran.results?.max_score}`);
    }
  }
  console.log("\none submission, run_autograder wall time (min / median / max):");
  for (const [kind, list] of times) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `  ${kind}: ${seconds(sorted[0]!)} / ${seconds(sorted[Math.floor(sorted.length / 2)]!)} / ${seconds(sorted.at(-1)!)} s`,
    );
  }

  // A Gradescope export of `count` submissions: the three kinds in turn.
  const exported = join(root, "export");
  const entries: string[] = [];
  const list = Object.values(kinds);
  for (let i = 0; i < count; i++) {
    const id = String(1000 + i);
    cpSync(list[i % list.length]!, join(exported, `submission_${id}`), { recursive: true });
    entries.push(
      `submission_${id}:\n  :submitters:\n  - :name: Student ${i}\n    :email: student${i}@example.edu\n    :sid: "${id}"\n  :score: 0.0\n`,
    );
  }
  writeFileSync(join(exported, "submission_metadata.yml"), `---\n${entries.join("")}`);
  const out = join(root, "regrade", "scores.csv");
  started = Date.now();
  const regrade = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
      join(ROOT, "scripts", "regrade.ts"),
      exported,
      "--jobs",
      "2",
      "--out",
      out,
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  const wall = Date.now() - started;
  console.log(
    `\nregrade of ${count} submissions, --jobs 2: ${seconds(wall)} s wall (${seconds(wall / count)} s a submission), exit ${regrade.status}`,
  );
  console.log(regrade.stdout.trim().split("\n").slice(-3).join("\n"));
  console.log(`load average after: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
