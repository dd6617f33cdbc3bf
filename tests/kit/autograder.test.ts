import { describe, expect, it } from "vitest";
import { autograderFiles } from "../../scripts/kit/autograderFiles.js";

// The zip's contents; running it (as root, on a simulated layout, with hostile submissions) is the red team's
// job in npm run test:grader (tests/kit/redTeam.grader.ts).
const files = autograderFiles();
const text = (path: string): string => new TextDecoder().decode(files.get(path));

describe("kit: the Gradescope autograder zip", () => {
  it("holds setup.sh, run_autograder, the library, graded and hidden tests, fresh stubs, and no solution", () => {
    for (const path of [
      "setup.sh",
      "run_autograder",
      "package.json",
      "src/index.ts",
      "tests/graded/manifest.json",
      "scripts/run-autograder.ts",
      "scripts/kit/grading/graderMain.ts",
      "scripts/kit/grading/studentHost.ts",
      "scripts/kit/grading/studentLoader.mjs",
      "scripts/kit/grading/sandbox.ts",
      "exercises.pristine/06-linear-regression/LinearRegression.ts",
    ]) {
      expect([...files.keys()]).toContain(path);
    }
    expect([...files.keys()].some((path) => path.startsWith("tests/hidden/"))).toBe(true);
    expect([...files.keys()].filter((path) => path.startsWith("solutions/") || path.startsWith("mutants/"))).toEqual(
      [],
    );
  });
  it("run_autograder is one exec: bash reads no line after it, so a line appended while grading never runs", () => {
    const lines = text("run_autograder").trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/; exec node .*scripts\/run-autograder\.ts"$/);
    expect(lines[1]).toContain("TSX_DISABLE_CACHE=1");
  });
  it("setup.sh works from its own folder, makes the grader's files read-only and the hidden tests root's alone", () => {
    const setup = text("setup.sh");
    expect(setup).not.toContain("useradd");
    expect(setup).not.toContain("/autograder/source");
    expect(setup).toContain('chmod -R go-w,a+rX "$source_dir"');
    expect(setup).toContain('chmod -R go-rwx "$source_dir/tests/hidden"');
  });
});
