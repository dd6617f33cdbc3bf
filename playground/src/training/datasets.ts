import { mulberry32, shuffleInPlace } from "../../../src/index.js";

/** A 2-D classification set: points in [-1, 1]², each labelled 0 (blue) or 1 (orange). */
export interface PointSet {
  /** Row-major (x0, x1, label) triples: compileSum's data layout with inputs ["x0", "x1", "y"]. */
  readonly data: Float64Array;
  readonly count: number;
}

export const DATASET_NAMES = ["xor", "circles", "moons", "spiral", "linear"] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

const POINTS = 200;

/**
 * TensorFlow Playground's datasets, regenerated here from a fixed seed (so a test sees the same points
 * every run). `noise` is the standard deviation of the jitter, in units of the [-1, 1] square; each point is
 * labelled before it is jittered, so noise carries points across the boundary, as in TensorFlow Playground.
 */
export function makeDataset(name: DatasetName, seed = 7, noise = 0): PointSet {
  const random = mulberry32(seed);
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const uniform = (low: number, high: number): number => low + (high - low) * random();
  const points: [number, number, number][] = [];
  for (let i = 0; i < POINTS; i++) {
    const half = i % 2; // alternate the classes: equal numbers of each
    points.push(GENERATORS[name](half, uniform, gaussian, noise));
  }
  const data = new Float64Array(points.length * 3);
  points.forEach(([x0, x1, label], i) => data.set([clamp(x0), clamp(x1), label], 3 * i));
  return { data, count: points.length };
}

type Generator = (
  label: number,
  uniform: (low: number, high: number) => number,
  gaussian: () => number,
  noise: number,
) => [number, number, number];

const GENERATORS: Readonly<Record<DatasetName, Generator>> = {
  // the label is the sign of x0 * x1; a margin around the axes keeps the classes apart at noise 0
  xor(_label, uniform, gaussian, noise) {
    const away = (v: number): number => (v >= 0 ? v + 0.08 : v - 0.08);
    const x0 = away(uniform(-0.9, 0.9));
    const x1 = away(uniform(-0.9, 0.9));
    return [x0 + noise * gaussian(), x1 + noise * gaussian(), x0 * x1 >= 0 ? 1 : 0];
  },
  // orange inside radius 0.4, blue in the ring from 0.6 to 0.95
  circles(label, uniform, gaussian, noise) {
    const radius = label === 1 ? uniform(0, 0.4) : uniform(0.6, 0.95);
    const angle = uniform(0, 2 * Math.PI);
    return [radius * Math.cos(angle) + noise * gaussian(), radius * Math.sin(angle) + noise * gaussian(), label];
  },
  // scikit-learn's make_moons, scaled into the square
  moons(label, uniform, gaussian, noise) {
    const t = uniform(0, Math.PI);
    const [x, y] = label === 1 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [(x - 0.5) * 0.6 + noise * gaussian(), (y - 0.25) * 0.9 + noise * gaussian(), label];
  },
  // two interleaved arms, one and a half turns each
  spiral(label, uniform, gaussian, noise) {
    const t = uniform(0, 1);
    const angle = 3 * Math.PI * t + label * Math.PI;
    const radius = 0.9 * t + 0.05;
    return [radius * Math.sin(angle) + noise * gaussian(), radius * Math.cos(angle) + noise * gaussian(), label];
  },
  // two clouds either side of the line x0 + x1 = 0
  linear(label, _uniform, gaussian, noise) {
    const centre = label === 1 ? 0.4 : -0.4;
    const spread = 0.2 + noise;
    return [centre + spread * gaussian(), centre + spread * gaussian(), label];
  },
};

/** The points shuffled (seeded) and cut in two: the first `trainShare` of them to train on, the rest to test. */
export function splitPoints(points: PointSet, trainShare: number, seed = 3): { train: PointSet; test: PointSet } {
  const order = Int32Array.from({ length: points.count }, (_, i) => i);
  shuffleInPlace(order, mulberry32(seed));
  const trainCount = Math.min(points.count - 1, Math.max(1, Math.round(points.count * trainShare)));
  const take = (from: number, to: number): PointSet => {
    const data = new Float64Array(3 * (to - from));
    for (let r = from; r < to; r++) data.set(points.data.subarray(3 * order[r]!, 3 * order[r]! + 3), 3 * (r - from));
    return { data, count: to - from };
  };
  return { train: take(0, trainCount), test: take(trainCount, points.count) };
}

function clamp(v: number): number {
  return Math.min(1, Math.max(-1, v));
}
