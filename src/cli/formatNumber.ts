/**
 * A number for people: integers as they are, others to 10 significant digits, -0 as 0.
 * JSON output keeps full precision; this is for the text output only.
 * @example formatNumber(0.1 + 0.2) // "0.3"
 */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) return "0";
  if (!Number.isFinite(value) || (Number.isInteger(value) && Math.abs(value) < 1e21)) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** `x = 2, y = -3.5`, in the order given. */
export function formatBindings(env: Readonly<Record<string, number>>): string {
  return Object.entries(env)
    .map(([name, value]) => `${name} = ${formatNumber(value)}`)
    .join(", ");
}
