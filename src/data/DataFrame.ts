import { DataError } from "./DataError.js";

/**
 * A small table of numbers with named columns: what `readCsv` and `loadDataset` return. Rows are
 * 0-based here (`iloc(0, 0)` is the first data row); errors about a file report 1-based rows, as an
 * editor would show them.
 *
 * @example
 * const frame = new DataFrame(["rooms", "rent"], [[3, 6000], [5, 8000]]);
 * frame.shape;              // [2, 2]
 * frame.column("rent");     // [6000, 8000]
 * frame.iloc(1, "rooms");   // 5
 * frame.features(["rooms"]) // [[3], [5]]
 */
export class DataFrame {
  /** Column names, in file order. */
  readonly columns: readonly string[];
  readonly #rows: readonly (readonly number[])[];

  constructor(columns: readonly string[], rows: readonly (readonly number[])[]) {
    const seen = new Set<string>();
    for (const name of columns) {
      if (seen.has(name)) throw new DataError(`Duplicate column name "${name}" (columns: ${columns.join(", ")})`);
      seen.add(name);
    }
    rows.forEach((row, index) => {
      if (row.length !== columns.length) {
        throw new DataError(
          `has ${row.length} values but there are ${columns.length} columns (${columns.join(", ")})`,
          { row: index + 1 },
        );
      }
      row.forEach((value, col) => {
        if (!Number.isFinite(value))
          throw new DataError(`${value} is not a finite number`, { row: index + 1, column: columns[col] ?? "" });
      });
    });
    this.columns = [...columns];
    this.#rows = rows.map((row) => [...row]);
  }

  /** [number of rows, number of columns] */
  get shape(): [number, number] {
    return [this.#rows.length, this.columns.length];
  }

  /** The value at 0-based `row` and `col` (a column index or name). */
  iloc(row: number, col: number | string): number {
    const c = typeof col === "string" ? this.indexOf(col) : col;
    if (!Number.isInteger(c) || c < 0 || c >= this.columns.length) {
      throw new DataError(`Column index ${c} is out of range (0..${this.columns.length - 1})`);
    }
    const values = this.#rows[row];
    if (!Number.isInteger(row) || values === undefined) {
      throw new DataError(`Row index ${row} is out of range (0..${this.#rows.length - 1})`);
    }
    return values[c] as number;
  }

  /** One column's values, top to bottom. */
  column(name: string): number[] {
    const c = this.indexOf(name);
    return this.#rows.map((row) => row[c] as number);
  }

  /** The target of a model: the same as `column(name)`, named for what it is used for. */
  target(name: string): number[] {
    return this.column(name);
  }

  /** Rows of the named columns (default: every column), ready for `model.fit(X, y, ...)`. */
  features(names: readonly string[] = this.columns): number[][] {
    const picked = names.map((name) => this.indexOf(name));
    return this.#rows.map((row) => picked.map((c) => row[c] as number));
  }

  /** A new frame with only these columns, in this order. */
  select(names: readonly string[]): DataFrame {
    return new DataFrame(names, this.features(names));
  }

  /** A new frame without these columns. */
  drop(names: string | readonly string[]): DataFrame {
    const dropped = typeof names === "string" ? [names] : names;
    dropped.forEach((name) => this.indexOf(name));
    return this.select(this.columns.filter((name) => !dropped.includes(name)));
  }

  /** A new frame with the rows at these 0-based indices, in this order (e.g. a train/test split). */
  take(rowIndices: readonly number[]): DataFrame {
    return new DataFrame(
      this.columns,
      rowIndices.map((index) => {
        const row = this.#rows[index];
        if (row === undefined) throw new DataError(`Row index ${index} is out of range (0..${this.#rows.length - 1})`);
        return row;
      }),
    );
  }

  /** Every row as a fresh array of numbers. */
  toRows(): number[][] {
    return this.#rows.map((row) => [...row]);
  }

  /** The 0-based position of a column; an unknown name lists the columns there are. */
  indexOf(name: string): number {
    const index = this.columns.indexOf(name);
    if (index < 0) throw new DataError(`Unknown column "${name}" (columns: ${this.columns.join(", ")})`);
    return index;
  }
}
