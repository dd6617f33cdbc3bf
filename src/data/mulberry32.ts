/**
 * A seeded random generator: mulberry32 (Tommy Ettinger's 32-bit mixer), uniform in [0, 1). Small,
 * fast and good enough for initial weights and shuffling; the same seed gives the same sequence on
 * every machine, which is what makes `fit(..., { seed })` reproducible. Not for cryptography.
 *
 * @example
 * const random = mulberry32(42);
 * random(); // 0.6011037519201636, every time
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
