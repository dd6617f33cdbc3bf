/**
 * Rows of text as aligned columns (left-aligned, two spaces apart, no trailing spaces), the header
 * first unless it is empty.
 * @example formatTable(["a", "bb"], [["1", "2"]]) // "a  bb\n1  2"
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = header.length > 0 ? [header, ...rows] : [...rows];
  // a loop, not Math.max(...lengths): a table may have more rows than a call may have arguments
  const widths: number[] = [];
  for (const row of all) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  return all
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
