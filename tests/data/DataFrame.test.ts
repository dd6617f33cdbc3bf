import { describe, expect, it } from "vitest";
import { DataError, DataFrame } from "../../src/index.js";

const frame = new DataFrame(
  ["rooms", "area", "rent"],
  [
    [3, 1100, 6000],
    [5, 1300, 8000],
  ],
);

describe("DataFrame", () => {
  it("has columns, shape and iloc by index or name", () => {
    expect(frame.shape).toEqual([2, 3]);
    expect(frame.iloc(1, 0)).toBe(5);
    expect(frame.iloc(1, "rent")).toBe(8000);
  });

  it("selects features and a target", () => {
    expect(frame.features(["area", "rooms"])).toEqual([
      [1100, 3],
      [1300, 5],
    ]);
    expect(frame.target("rent")).toEqual([6000, 8000]);
    expect(frame.drop("rent").columns).toEqual(["rooms", "area"]);
    expect(frame.take([1]).toRows()).toEqual([[5, 1300, 8000]]);
  });

  it("an unknown column lists the columns", () => {
    expect(() => frame.column("price")).toThrow(new DataError('Unknown column "price" (columns: rooms, area, rent)'));
  });

  it("an index out of range says the range", () => {
    expect(() => frame.iloc(2, 0)).toThrow(/Row index 2 is out of range \(0\.\.1\)/);
    expect(() => frame.iloc(0, 3)).toThrow(/Column index 3 is out of range \(0\.\.2\)/);
  });
});
