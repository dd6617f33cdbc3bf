/**
 * Shares `points` among `count` tests in whole cents, so the shares add up to exactly `points`: every test
 * gets the floor of its share and the leftover cents go one each to the first tests (largest remainder;
 * the remainders are all equal here, so "first" is the tie-break). Returns cents.
 *
 * @example
 * shareCents(10, 11) // [91, 91, 91, 91, 91, 91, 91, 91, 91, 91, 90]: 1000 cents
 * shareCents(12, 4)  // [300, 300, 300, 300]
 */
export function shareCents(points: number, count: number): number[] {
  if (count <= 0) return [];
  const total = toCents(points);
  const base = Math.floor(total / count);
  const leftover = total - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < leftover ? 1 : 0));
}

/** Points as whole cents; the manifest's points have at most two decimals. */
export function toCents(points: number): number {
  return Math.round(points * 100);
}

/** Cents back to points, for results.json and the table (never summed as floats: sums stay in cents). */
export function fromCents(cents: number): number {
  return cents / 100;
}
