import { GradkitError } from "../errors/GradkitError.js";

/** Where in a table a bad value sits: 1-based data row (header not counted), file line, column name. */
export interface DataLocation {
  readonly row?: number;
  readonly line?: number;
  readonly column?: string;
}

/**
 * Data that cannot be used as numbers: a missing or non-numeric cell, an unknown column, rows of
 * different lengths, X and y of different sizes. The message says where and what was available.
 *
 * @example
 * new DataError('"abc" is not a number', { row: 3, line: 4, column: "area" }).message
 * // 'Row 3 (line 4), column "area": "abc" is not a number'
 */
export class DataError extends GradkitError {
  readonly row: number | undefined;
  readonly line: number | undefined;
  readonly column: string | undefined;

  constructor(problem: string, where: DataLocation = {}, source?: string) {
    super(describe(problem, where, source));
    this.row = where.row;
    this.line = where.line;
    this.column = where.column;
  }
}

function describe(problem: string, where: DataLocation, source: string | undefined): string {
  const parts: string[] = [];
  if (where.row !== undefined)
    parts.push(where.line !== undefined ? `Row ${where.row} (line ${where.line})` : `Row ${where.row}`);
  if (where.column !== undefined) parts.push(`column "${where.column}"`);
  const place = parts.join(", ");
  const prefix = source !== undefined ? `${source}: ` : "";
  return place === "" ? `${prefix}${problem}` : `${prefix}${place}: ${problem}`;
}
