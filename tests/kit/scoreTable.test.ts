import { describe, expect, it } from "vitest";
import type { ExerciseScore } from "../../scripts/kit/score.js";
import { csvCell, failedScore, gradedScore, scoreCsv } from "../../scripts/kit/scoreTable.js";

const ada = { id: "1001", submitters: [{ name: "Ada Lovelace", email: "ada@example.edu", sid: "001" }] };
const pair = {
  id: "1002",
  submitters: [
    { name: "=cmd|' /C calc'!A0", email: "mallory@example.edu", sid: "2" },
    { name: 'Hopper, Grace "Amazing"', email: "grace@example.edu", sid: "" },
  ],
};
const row = (folder: string, cents: number, hiddenCents: number, maxCents: number, hiddenMaxCents: number) =>
  ({
    exercise: { folder, title: folder, points: maxCents / 100, hiddenPoints: hiddenMaxCents / 100 },
    passed: 0,
    total: 0,
    cents,
    maxCents,
    hiddenPassed: 0,
    hiddenTotal: 0,
    hiddenCents,
    hiddenMaxCents,
  }) satisfies ExerciseScore;

describe("kit: the score table (npm run regrade's CSV)", () => {
  it("one row per submission: students, each exercise's points with its hidden ones, total, max, status", () => {
    const rows = [row("01-expressions", 910, 0, 1000, 0), row("05-gradient-descent", 1000, 200, 1000, 200)];
    const csv = scoreCsv(
      ["01-expressions", "05-gradient-descent"],
      [gradedScore(ada, rows), failedScore(pair, "the grader crashed: out of memory")],
    );
    expect(csv.split("\r\n")).toEqual([
      "id,names,emails,sids,01-expressions,05-gradient-descent,total,max,status",
      "1001,Ada Lovelace,ada@example.edu,001,9.10,12,21.10,22,graded",
      `1002,"'=cmd|' /C calc'!A0; Hopper, Grace ""Amazing""",mallory@example.edu; grace@example.edu,2; ,,,,,the grader crashed: out of memory`,
      "",
    ]);
  });
  it("cells: RFC 4180 quoting, and text a spreadsheet would run as a formula starts with an apostrophe", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`)).toMatch(/^"?'/);
    expect(csvCell(-1)).toBe("-1");
  });
});
