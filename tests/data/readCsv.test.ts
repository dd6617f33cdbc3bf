import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError, parseCsv, readCsv } from "../../src/index.js";

function caught(action: () => unknown): DataError {
  try {
    action();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error("expected a DataError");
}

describe("readCsv", () => {
  it("reads the course's house_rent table", () => {
    const frame = readCsv(new URL("../../data/house_rent.csv", import.meta.url).pathname);
    expect(frame.columns).toEqual(["rooms", "area", "in_dohs", "rent"]);
    expect(frame.shape).toEqual([4, 4]);
    expect(frame.iloc(3, 3)).toBe(20000);
    expect(frame.column("area")).toEqual([1100, 1300, 1200, 2200]);
  });

  it("a non-numeric cell names its row, line and column", () => {
    const error = caught(() => parseCsv("rooms,area\n3,1100\n5,big\n", "house.csv"));
    expect(error.message).toBe('house.csv: Row 2 (line 3), column "area": "big" is not a number');
    expect([error.row, error.line, error.column]).toEqual([2, 3, "area"]);
  });

  it("an empty cell is a missing value", () => {
    expect(caught(() => parseCsv("a,b\n1,\n")).message).toContain('Row 1 (line 2), column "b": missing value');
  });

  it("a short row names the first missing column", () => {
    expect(caught(() => parseCsv("a,b,c\n1,2,3\n4,5\n")).message).toContain(
      'Row 2 (line 3), column "c": missing value',
    );
  });

  it("a file that does not exist is a DataError naming the path", () => {
    const dir = mkdtempSync(join(tmpdir(), "gradkit-"));
    expect(caught(() => readCsv(join(dir, "nope.csv"))).message).toContain("nope.csv");
  });

  it("reads a file from disk with another delimiter", () => {
    const dir = mkdtempSync(join(tmpdir(), "gradkit-"));
    writeFileSync(join(dir, "t.csv"), "x;y\n1;2\n");
    expect(readCsv(join(dir, "t.csv"), { delimiter: ";" }).toRows()).toEqual([[1, 2]]);
  });
});

describe("readCsv on files from elsewhere", () => {
  it("skips the UTF-8 byte order mark Excel writes, so the first column keeps its name", () => {
    expect(parseCsv("\uFEFFx,y\n1,2\n").columns).toEqual(["x", "y"]);
  });

  it.each([
    [";", "semicolons (;)"],
    ["\t", "tabs"],
  ])("a file separated by %j says so instead of calling a row not a number", (separator, name) => {
    const error = caught(() => parseCsv(`x${separator}y\n1${separator}2\n`, "sheet.csv"));
    expect(error.message).toBe(
      `sheet.csv: the header "x${separator}y" is one column: the file is separated by ${name}, not by ","`,
    );
  });

  it("a cell in hexadecimal (0x10), binary or as Infinity is not read as a number, naming its row", () => {
    const error = caught(() => parseCsv("a,b\n1,2\n0x10,3\n", "hex.csv"));
    expect(error.message).toBe(
      'hex.csv: Row 2 (line 3), column "a": "0x10" is not a number ' +
        "(write it in decimal: hexadecimal, binary and octal are not read)",
    );
    expect(error.row).toBe(2);
    expect(caught(() => parseCsv("a\n0b1\n")).message).toContain('"0b1" is not a number (write it in decimal');
    expect(caught(() => parseCsv("a\nInfinity\n")).message).toContain('"Infinity" is not a number');
    expect(caught(() => parseCsv("a\n1e999\n")).message).toContain('"1e999" is too large for a double');
  });

  it("decimal cells in every notation are read", () => {
    expect(parseCsv("a,b,c,d\n-3.5,.5,1e-3,+2.5E+2\n").toRows()).toEqual([[-3.5, 0.5, 0.001, 250]]);
  });

  it("a header-only file is a frame with no rows", () => {
    expect(parseCsv("a,b\n").shape).toEqual([0, 2]);
  });
});
