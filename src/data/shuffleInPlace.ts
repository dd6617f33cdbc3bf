/**
 * Fisher-Yates shuffle driven by `random` (e.g. `mulberry32(seed)`), so a seed fixes the order.
 *
 * @example
 * shuffleInPlace([0, 1, 2, 3], mulberry32(1)); // the same permutation for seed 1, every run
 */
export function shuffleInPlace<T extends { length: number; [index: number]: unknown }>(
  values: T,
  random: () => number,
): T {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = values[i];
    values[i] = values[j];
    values[j] = held;
  }
  return values;
}
