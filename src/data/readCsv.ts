import { parse } from "#csv-parse/sync";
import { DataError } from "./DataError.js";
import { DataFrame } from "./DataFrame.js";
import { readTextFile } from "./readTextFile.js";

/** Options for `readCsv`. */
export interface ReadCsvOptions {
  /** Field separator; default ",". */
  readonly delimiter?: string;
}

/**
 * Reads a CSV file with a header row into a DataFrame of numbers. Every cell must be a decimal number: a
 * missing or non-numeric cell throws a DataError naming its 1-based data row, its file line and its
 * column, e.g. `house.csv: Row 3 (line 4), column "area": "big" is not a number`. A UTF-8 byte order
 * mark (as Excel writes) is skipped; a file separated by ";" or tabs instead of commas is named as such.
 *
 * @example
 * const frame = readCsv("data/house_rent.csv");
 * frame.columns; // ["rooms", "area", "in_dohs", "rent"]
 */
export function readCsv(path: string, options: ReadCsvOptions = {}): DataFrame {
  let text: string;
  try {
    text = readTextFile(path);
  } catch (error) {
    throw new DataError(`Cannot read CSV file "${path}": ${(error as Error).message}`);
  }
  return parseCsv(text, path, options);
}

/**
 * The same as `readCsv`, from text in memory; `source` names it in error messages.
 * @example parseCsv("x,y\n1,2\n3,4").column("y") // [2, 4]
 */
export function parseCsv(text: string, source = "CSV", options: ReadCsvOptions = {}): DataFrame {
  const delimiter = options.delimiter ?? ",";
  const [header, ...body] = records(text, delimiter, source);
  if (header === undefined) throw new DataError("The file is empty (no header row)", {}, source);
  const columns = header;
  const other =
    columns.length === 1
      ? OTHER_SEPARATORS.find(([sign]) => sign !== delimiter && columns[0]!.includes(sign))
      : undefined;
  if (other !== undefined) {
    throw new DataError(
      `the header "${columns[0]}" is one column: the file is separated by ${other[1]}, not by "${delimiter}"`,
      {},
      source,
    );
  }
  // A record's line in the file (blank lines are skipped) is needed only for an error message, so it is
  // found then, by parsing again with line numbers: asking for them on every record triples the time.
  const where = (index: number) => ({ row: index + 1, line: lineOf(text, delimiter, index + 1) });
  const rows = body.map((record, index) => {
    if (record.length > columns.length) {
      throw new DataError(
        `has ${record.length} cells but the header has ${columns.length} columns (${columns.join(", ")})`,
        where(index),
        source,
      );
    }
    return columns.map((column, c) => {
      const problem = problemWith(record[c]);
      if (problem !== undefined) throw new DataError(problem, { ...where(index), column }, source);
      return Number(record[c]);
    });
  });
  return new DataFrame(columns, rows);
}

function records(text: string, delimiter: string, source: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      // short rows reach the check in parseCsv, which names the missing column
      relax_column_count: true,
      delimiter,
    }) as string[][];
  } catch (error) {
    throw new DataError(`Cannot parse CSV: ${(error as Error).message}`, {}, source);
  }
}

/** The file line on which the `index`-th record (0: the header) ends. */
function lineOf(text: string, delimiter: string, index: number): number {
  const withLines = parse(text, {
    info: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    delimiter,
  });
  return (withLines as unknown as { info: { lines: number } }[])[index]!.info.lines;
}

// Separators a spreadsheet may have used instead (";" where the decimal mark is a comma).
const OTHER_SEPARATORS = [
  [";", "semicolons (;)"],
  ["\t", "tabs"],
] as const;

// A decimal number, as in formulas and --at: 2, -3.5, .5, 1e-3. Number() alone would also take
// "0x10", "0b1", "Infinity" and " ".
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What is wrong with a cell, or undefined for a finite decimal number. */
function problemWith(cell: string | undefined): string | undefined {
  if (cell === undefined || cell === "") return "missing value";
  if (!DECIMAL.test(cell)) {
    const why = /^[+-]?0[xXbBoO]/.test(cell)
      ? " (write it in decimal: hexadecimal, binary and octal are not read)"
      : "";
    return `"${cell}" is not a number${why}`;
  }
  return Number.isFinite(Number(cell)) ? undefined : `"${cell}" is too large for a double`;
}
