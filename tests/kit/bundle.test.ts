import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleFiles } from "../../scripts/kit/bundleFiles.js";
import { expectedExercises } from "../../scripts/kit/generate.js";
import { localImports, scriptsNamed } from "../../scripts/kit/localImports.js";
import { readManifest } from "../../scripts/kit/manifest.js";
import { ROOT } from "../../scripts/kit/targets.js";

// The bundle's files as npm run bundle zips them (scripts/bundle.ts is bundleFiles() and writeZip), read in-process.
let bundle: Record<string, Uint8Array> = {};
let files: string[] = [];
const text = (path: string): string => new TextDecoder().decode(bundle[path]);

beforeAll(() => {
  bundle = Object.fromEntries(bundleFiles());
  files = Object.keys(bundle).sort();
});

describe("kit: the student bundle", () => {
  it("holds the library, the data, the stubs, the visible tests and grade/hint/watch", () => {
    for (const path of [
      "package.json",
      "package-lock.json",
      "tsconfig.json",
      "vitest.graded.config.ts",
      "README.md",
      "docs/ENGINE.md",
      "examples/quickstart.ts",
      "src/index.ts",
      "data/splits.json",
      "exercises/06-linear-regression/LinearRegression.ts",
      "exercises/06-linear-regression/hints.md",
      "tests/graded/manifest.json",
      "scripts/grade.ts",
      "scripts/hint.ts",
      "scripts/watch.ts",
      "scripts/kit/moduleReports.ts",
      "scripts/kit/grading/graderMain.ts",
      "scripts/kit/grading/graderSetup.ts",
      "scripts/kit/grading/studentHost.ts",
      "scripts/kit/grading/studentLoader.mjs",
    ]) {
      expect(files).toContain(path);
    }
  });
  it("leaves out solutions, hidden tests, mutants, the kit's checks, the instructors' scripts and git-ignored files", () => {
    const banned = ["solutions/", "tests/hidden/", "mutants/", "tests/kit/", "bench/", "node_modules/", "dist/"];
    expect(files.filter((path) => banned.some((prefix) => path.startsWith(prefix)))).toEqual([]);
    for (const path of [
      "results.json",
      "scripts/generate-exercises.ts",
      "scripts/autograder.ts",
      "scripts/bundle.ts",
      "scripts/run-autograder.ts",
      "scripts/kit/autograde.ts",
      "scripts/kit/grading/sandbox.ts",
      "scripts/kit/generate.ts",
      "scripts/kit/autograderFiles.ts",
      "scripts/kit/bundleFiles.ts",
    ]) {
      expect(files).not.toContain(path);
    }
  });
  it("its README is the student's: what to run, its own totals, how many points the hidden tests add, no instructor command", () => {
    const readme = text("README.md");
    const manifest = readManifest();
    const visible = manifest.reduce((sum, exercise) => sum + exercise.points, 0);
    const hidden = manifest.reduce((sum, exercise) => sum + exercise.hiddenPoints, 0);
    for (const command of ["npm run watch", "npm run grade", "npm run hint"]) expect(readme).toContain(command);
    expect(readme).toContain(`**here** | **${visible}**`);
    expect(readme).toContain(`${hidden} more points come from hidden tests`);
    for (const exercise of manifest) expect(readme).toContain(`exercises/${exercise.folder}/`);
    for (const instructorOnly of [
      "npm run autograder",
      "npm run bundle",
      "exercises:check",
      "solutions/",
      "mutant",
      "tests/hidden",
      "forgotten intercept",
    ]) {
      expect(readme).not.toContain(instructorOnly);
    }
  });
  it("its exercises are the fresh stubs generated from solutions/", () => {
    const expected = expectedExercises();
    expect(files.filter((path) => path.startsWith("exercises/"))).toEqual(
      [...expected.keys()].map((path) => `exercises/${path}`).sort(),
    );
    for (const [path, content] of expected) expect(text(`exercises/${path}`)).toBe(content);
  });
  it("package.json is the lean install of kit/lean/ and keeps only scripts whose files are in the bundle", () => {
    const lean = JSON.parse(readFileSync(join(ROOT, "kit", "lean", "package.json"), "utf8")) as {
      dependencies: object;
      devDependencies: object;
    };
    const project = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { imports: object };
    const student = JSON.parse(text("package.json")) as {
      scripts: Record<string, string>;
      dependencies: object;
      devDependencies: object;
      imports: object;
    };
    expect(Object.keys(student.scripts)).toEqual(["typecheck", "test", "grade", "watch", "hint", "example"]);
    // npm test is npm run grade: the graded tests run only through the grading run
    expect(student.scripts.test).toBe("npm run grade");
    expect([student.dependencies, student.devDependencies]).toEqual([lean.dependencies, lean.devDependencies]);
    // the library resolves #mathjs-parser and #csv-parse/sync through it
    expect(student.imports).toEqual(project.imports);
    expect(bundle["package-lock.json"]).toEqual(readFileSync(join(ROOT, "kit", "lean", "package-lock.json")));
    for (const command of Object.values(student.scripts)) {
      const tokens = command.split(/[\s=]+/);
      for (const file of tokens.filter((token) => /\.(ts|js|mjs|json)$/.test(token)))
        expect(files).toContain(file.replace(/^\.\//, ""));
      for (const [i, token] of tokens.entries())
        if (token === "run" && tokens[i - 1] === "npm") expect(student.scripts).toHaveProperty(tokens[i + 1]!);
    }
  });
  it("leaves out the autodiff command line: no exercise uses it, and its packages are not installed", () => {
    expect(files.filter((path) => path === "src/cli.ts" || path.startsWith("src/cli/"))).toEqual([]);
  });
  it("tsconfig.json points @impl at exercises/ and includes only what the bundle has", () => {
    const config = JSON.parse(text("tsconfig.json")) as {
      compilerOptions: { paths: Record<string, string[]> };
      include: string[];
    };
    expect(config.compilerOptions.paths["@impl/*"]).toEqual(["./exercises/*"]);
    for (const entry of config.include)
      expect(files.some((path) => path === entry || path.startsWith(`${entry}/`))).toBe(true);
  });
  it("follows the kit's files named by path as well as imported; an import shown in a comment is not one", () => {
    expect(
      scriptsNamed(
        'setupFiles: [join(ROOT, "scripts", "kit", "grading", "setup.ts")], reporter: "./scripts/kit/R.ts", dir: join(ROOT, "scripts")',
      ),
    ).toEqual(["scripts/kit/R.ts", "scripts/kit/grading/setup.ts"]);
    expect(
      localImports("scripts/kit/a.ts", ' * so `import "./helpers.js"` works\nimport { b } from "./b.js";'),
    ).toEqual(["scripts/kit/b.ts"]);
  });
  it("every relative import of its TypeScript files reaches a file in the bundle", () => {
    const missing = files
      .filter((path) => path.endsWith(".ts"))
      .flatMap((path) =>
        localImports(path, text(path))
          .filter((target) => !files.includes(target))
          .map((target) => `${path} -> ${target}`),
      );
    expect(missing).toEqual([]);
  });
});
