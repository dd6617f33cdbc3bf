/**
 * Rows of text as aligned columns (left-aligned, two spaces apart, no trailing spaces), the header
 * first unless it is empty.
 * @example formatTable(["a", "bb"], [["1", "2"]]) // "a  bb\n1  2"
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = header.length > 0 ? [header, ...rows] : [...rows];
  const columns = Math.max(0, ...all.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...all.map((row) => (row[column] ?? "").length)));
  return all
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
