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
 * Reads a CSV file with a header row into a DataFrame of numbers. Every cell must be a number: a
 * missing or non-numeric cell throws a DataError naming its 1-based data row, its file line and its
 * column, e.g. `house.csv: Row 3 (line 4), column "area": "big" is not a number`.
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
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      // short rows reach our check below, which names the missing column
      relax_column_count: true,
      delimiter: options.delimiter ?? ",",
    }) as unknown as typeof records;
  } catch (error) {
    throw new DataError(`Cannot parse CSV: ${(error as Error).message}`, {}, source);
  }
  const [header, ...body] = records;
  if (header === undefined) throw new DataError("The file is empty (no header row)", {}, source);
  const columns = header.record;
  const rows = body.map(({ record, info }, index) => {
    const where = { row: index + 1, line: info.lines };
    if (record.length > columns.length) {
      throw new DataError(`has ${record.length} cells but the header has ${columns.length} columns (${columns.join(", ")})`, where, source);
    }
    return columns.map((column, c) => toNumber(record[c], { ...where, column }, source));
  });
  return new DataFrame(columns, rows);
}

function toNumber(cell: string | undefined, where: { row: number; line: number; column: string }, source: string): number {
  if (cell === undefined || cell === "") throw new DataError("missing value", where, source);
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new DataError(`"${cell}" is not a number`, where, source);
  return value;
}
