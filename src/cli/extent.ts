/**
 * [smallest, largest] of the values in one pass; [Infinity, -Infinity] for none.
 * (Math.min(...values) passes every value as an argument and overflows the stack past ~100,000 values.)
 * @example extent([3, 1, 2]) // [1, 3]
 */
export function extent(values: Iterable<number>): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return [low, high];
}
