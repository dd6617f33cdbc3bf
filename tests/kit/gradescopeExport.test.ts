import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { parseMetadata, readGradescopeExport } from "../../scripts/kit/gradescopeExport.js";

const scratch = mkdtempSync(join(tmpdir(), "gradkit-export-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A small export as Gradescope's "Download Submissions" writes it: Ruby symbol keys, a Ruby tag on :score:,
// a group submission, a folder with no metadata entry (1004) and an entry with no folder (1003).
const METADATA = `submission_1001:
  :submitters:
  - :name: Ada Lovelace
    :sid: '001'
    :email: ada@example.edu
  :created_at: 2026-11-30 10:01:02.000000000 -08:00
  :score: !ruby/object:BigDecimal 18:0.145e3
submission_1002:
  :submitters:
  - :name: "=cmd|' /C calc'!A0"
    :sid: 2
    :email: mallory@example.edu
  - :name: Grace Hopper
    :sid:
    :email: grace@example.edu
  :created_at: 2026-11-30 11:00:00.000000000 -08:00
submission_1003:
  :submitters:
  - :name: Alan Turing
    :sid: '003'
    :email: alan@example.edu
`;
const FILES: Record<string, string> = {
  "submission_metadata.yml": METADATA,
  "submission_1001/warmups.ts": "export const five = 5;\n",
  "submission_1001/06-linear-regression/LinearRegression.ts": "export class LinearRegression {}\n",
  "submission_1002/warmups.ts": "export const five = 4;\n",
  "submission_1004/warmups.ts": "export const five = 5;\n",
};

function writeFolder(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
function writeZipOf(file: string, files: Record<string, string>): string {
  writeFileSync(file, zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, Buffer.from(t)]))));
  return file;
}

function expectTheFixture(read: ReturnType<typeof readGradescopeExport>): void {
  const { submissions, notes } = read;
  expect(submissions.map((submission) => submission.id)).toEqual(["1001", "1002", "1003", "1004"]);
  expect(submissions[0]!.submitters).toEqual([{ name: "Ada Lovelace", email: "ada@example.edu", sid: "001" }]);
  expect(submissions[1]!.submitters.map((person) => [person.name, person.sid])).toEqual([
    ["=cmd|' /C calc'!A0", "2"],
    ["Grace Hopper", ""],
  ]);
  expect(readFileSync(join(submissions[0]!.folder!, "06-linear-regression", "LinearRegression.ts"), "utf8")).toContain(
    "LinearRegression",
  );
  expect(submissions[2]).toMatchObject({
    folder: undefined,
    note: expect.stringContaining("no folder submission_1003/"),
  });
  expect(submissions[3]).toMatchObject({
    submitters: [],
    note: expect.stringContaining("no entry in submission_metadata.yml"),
  });
  expect(notes).toHaveLength(2);
}

describe("kit: reading a Gradescope export", () => {
  it("an unpacked folder: every submission, its students and its files; the odd ones noted, none dropped", () => {
    const read = readGradescopeExport(writeFolder(join(scratch, "folder"), FILES));
    expectTheFixture(read);
    expect(read.unpackedTo).toBeUndefined();
  });
  it("the zip Gradescope gives, with its one top folder, unpacked into a temporary folder", () => {
    const nested = Object.fromEntries(
      Object.entries(FILES).map(([path, text]) => [`assignment_77_export/${path}`, text]),
    );
    const read = readGradescopeExport(writeZipOf(join(scratch, "export.zip"), nested), {
      unpackTo: join(scratch, "unpacked"),
    });
    expectTheFixture(read);
    expect(read.unpackedTo).toBe(join(scratch, "unpacked"));
    expect(read.root).toBe(join(scratch, "unpacked", "assignment_77_export"));
  });
  it("refuses a zip entry that would land outside its folder, and a zip that unpacks too big", () => {
    const evil = writeZipOf(join(scratch, "evil.zip"), { ...FILES, "../escaped.txt": "x" });
    expect(() => readGradescopeExport(evil, { unpackTo: join(scratch, "evil") })).toThrow(
      /entry "\.\.\/escaped\.txt" would unpack outside its folder/,
    );
    expect(existsSync(join(scratch, "escaped.txt"))).toBe(false);
    expect(() =>
      readGradescopeExport(join(scratch, "export.zip"), { unpackTo: join(scratch, "big"), maxBytes: 100 }),
    ).toThrow(/unpacks to more than 100 bytes/);
  });
  it("no metadata file is one clear error", () => {
    const folder = writeFolder(join(scratch, "nometa"), { "submission_1/a.ts": "" });
    expect(() => readGradescopeExport(folder)).toThrow(/no submission_metadata\.yml .*"Download Submissions" export/);
    expect(() => readGradescopeExport(join(scratch, "missing"))).toThrow(/No Gradescope export at/);
  });
  it("a malformed metadata file is an error naming the file and line", () => {
    expect(() => parseMetadata("submission_1:\n  :submitters: [\n", "m.yml")).toThrow(
      /^m\.yml:\d+:\d+: not valid YAML/,
    );
    expect(() => parseMetadata("submission_1:\n  :score: 3\nsubmission_2:\n  :submitters: []\n", "m.yml")).toThrow(
      "m.yml:1:1: submission_1 needs a :submitters: list",
    );
    expect(() => parseMetadata("submission_1:\n  :submitters: []\nstudent_2:\n  :submitters: []\n", "m.yml")).toThrow(
      'm.yml:3:1: expected a key submission_<id>, got "student_2"',
    );
    expect(() => parseMetadata("submission_1:\n  :submitters:\n  - just a name\n", "m.yml")).toThrow(
      "m.yml:1:1: submission_1's submitter 1 is not a mapping",
    );
    expect(() =>
      parseMetadata("submission_1:\n  :submitters: []\nsubmission_1:\n  :submitters: []\n", "m.yml"),
    ).toThrow(/^m\.yml:3:1: not valid YAML: Map keys must be unique/);
  });
});
