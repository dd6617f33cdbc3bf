/** A number for the page: at most 6 significant digits, no trailing zeros (18, 0.707107, -1.5e-7). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e9) return String(Number(value.toPrecision(6)));
  return value.toExponential(3).replace(/\.?0+e/, "e");
}
