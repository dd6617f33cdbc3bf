import type { ExportedSubmission } from "./gradescopeExport.js";
import { type ExerciseScore, points } from "./score.js";

/** One submission's line of the score table. */
export interface SubmissionScore {
  readonly submission: Pick<ExportedSubmission, "id" | "submitters">;
  /** Points per exercise folder, visible and hidden together, in cents; empty when it was not graded. */
  readonly cents: ReadonlyMap<string, number>;
  /** The total earned and the most there was, in cents; undefined when it was not graded. */
  readonly totalCents?: number;
  readonly maxCents?: number;
  /** "graded", or why there is no score: "the grader crashed: ...", "no folder in the export", ... */
  readonly status: string;
}

/** The status of a submission that was graded. */
export const GRADED = "graded";

/**
 * A graded submission's line, from score()'s rows (`npm run regrade` grades each submission and scores it).
 *
 * @example
 * gradedScore(submission, rows) // { cents: Map { "01-expressions" => 1000, ... }, totalCents: 14500, maxCents: 14500, status: "graded" }
 */
export function gradedScore(
  submission: SubmissionScore["submission"],
  rows: readonly ExerciseScore[],
): SubmissionScore {
  const cents = new Map(rows.map((row) => [row.exercise.folder, row.cents + row.hiddenCents]));
  return {
    submission,
    cents,
    totalCents: rows.reduce((sum, row) => sum + row.cents + row.hiddenCents, 0),
    maxCents: rows.reduce((sum, row) => sum + row.maxCents + row.hiddenMaxCents, 0),
    status: GRADED,
  };
}

/** The line of a submission with no score, saying why (a crash, no files): never a missing line. */
export function failedScore(submission: SubmissionScore["submission"], reason: string): SubmissionScore {
  return { submission, cents: new Map(), status: reason };
}

/**
 * One CSV cell: RFC 4180 quoting (a cell with a comma, a double quote or a line break is quoted, its quotes
 * doubled), and a text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP advises. Numbers are written as they are.
 *
 * @example
 * csvCell('Lovelace, "Ada"') // '"Lovelace, ""Ada"""'
 * csvCell("=HYPERLINK(...)")  // "'=HYPERLINK(...)"
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The score table as CSV (RFC 4180, CRLF line ends), one row per submission: its id, its students' names,
 * emails and ids (joined by "; " for a group), each exercise's points (visible and hidden together), the total,
 * the most there was, and the status ("graded" or why not; a row that was not graded has empty points).
 *
 * @example
 * scoreCsv(["01-expressions"], [gradedScore(submission, rows)])
 * // "id,names,emails,sids,01-expressions,total,max,status\r\n1001,Ada Lovelace,ada@example.edu,001,10,10,10,graded\r\n"
 */
export function scoreCsv(exercises: readonly string[], scores: readonly SubmissionScore[]): string {
  const header = ["id", "names", "emails", "sids", ...exercises, "total", "max", "status"];
  const amount = (cents: number | undefined): string => (cents === undefined ? "" : points(cents));
  const lines = scores.map((line) => {
    const people = line.submission.submitters;
    return [
      line.submission.id,
      people.map((person) => person.name).join("; "),
      people.map((person) => person.email).join("; "),
      people.map((person) => person.sid).join("; "),
      ...exercises.map((folder) => amount(line.cents.get(folder))),
      amount(line.totalCents),
      amount(line.maxCents),
      line.status,
    ];
  });
  return [header, ...lines].map((cells) => `${cells.map((cell) => csvCell(cell)).join(",")}\r\n`).join("");
}
