/**
 * The grader process: vitest, started once through its Node API, runs the test files it is told to and
 * answers with their reports. The tests' worker reaches the student's processes through the supervisor
 * (graderLink.ts, file descriptors 3 and 4); this main thread takes commands on stdin, one JSON line each
 * (`{"run": ["tests/graded/01-expressions/warmups.test.ts", ...]}` or `{"exit": true}`), and writes one JSON
 * line per run to file descriptor 5 (`{"reports": ModuleReport[]}`). It starts, listens, and stays alive
 * between runs, so `npm run watch` re-grades a save without starting vitest again.
 *
 * Environment: KIT_GRADER_ROOT, the folder whose tests/ it runs (the grader's private copy in the
 * autograder); KIT_EXPORTS_FROM and KIT_CACHE_DIR (see vitest.graded.config.ts).
 */
import { writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { createVitest } from "vitest/node";
import { toModuleReports } from "../moduleReports.js";
import { ROOT } from "../targets.js";

const REPORTS = 5;
const root = resolve(process.env.KIT_GRADER_ROOT ?? ROOT);

function answer(message: object): void {
  const bytes = Buffer.from(`${JSON.stringify(message)}\n`);
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(REPORTS, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
    }
  }
}

const vitest = await createVitest(
  "test",
  // configLoader "runner": the default bundler writes the bundled config into node_modules, which the grader may not write.
  { root, config: join(ROOT, "vitest.graded.config.ts"), configLoader: "runner", watch: false, reporters: [{}] },
  {},
);
answer({ ready: true });

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { run?: string[]; exit?: boolean };
  if (command.exit === true || command.run === undefined) break;
  const project = vitest.getRootProject();
  const specifications = command.run.map((file) => project.createSpecification(resolve(root, file)));
  try {
    const result = await vitest.runTestSpecifications(specifications);
    // The result holds every module run so far: only the ones asked for now.
    const asked = new Set(specifications.map((specification) => specification.moduleId));
    answer({
      reports: toModuleReports(
        result.testModules.filter((module) => asked.has(module.moduleId)),
        root,
      ),
    });
  } catch (error) {
    answer({ error: (error as Error).message });
  }
}
await vitest.close();
process.exit(0);
