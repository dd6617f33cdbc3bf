/**
 * A number as JavaScript source that reads back as exactly the same double. Negative numbers are
 * parenthesized so they can stand anywhere an operand can (`-(-2)`, `(-2) ** 2`); NaN and the infinities
 * are written as arithmetic so the code names no global that could be shadowed.
 * @example literal(-3) // "(-3)"
 */
export function literal(value: number): string {
  if (Number.isNaN(value)) return "(0 / 0)";
  if (value === Infinity) return "(1 / 0)";
  if (value === -Infinity) return "(-1 / 0)";
  if (Object.is(value, -0)) return "(-0)";
  // String() of a double is the shortest text that parses back to the same double
  return value < 0 ? `(${String(value)})` : String(value);
}
