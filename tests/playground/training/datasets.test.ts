import { describe, expect, it } from "vitest";
import { DATASET_NAMES, makeDataset, splitPoints } from "../../../playground/src/training/datasets.js";

describe("the training view's datasets", () => {
  it.each(DATASET_NAMES)("%s: 200 points in [-1, 1]², half of each class, the same every time", (name) => {
    const { data, count } = makeDataset(name);
    expect(count).toBe(200);
    expect(data).toHaveLength(600);
    let ones = 0;
    for (let r = 0; r < count; r++) {
      expect(Math.abs(data[3 * r]!)).toBeLessThanOrEqual(1);
      expect(Math.abs(data[3 * r + 1]!)).toBeLessThanOrEqual(1);
      expect([0, 1]).toContain(data[3 * r + 2]);
      ones += data[3 * r + 2]!;
    }
    expect(ones).toBeGreaterThan(60);
    expect(ones).toBeLessThan(140);
    expect(makeDataset(name).data).toEqual(data);
  });

  it("xor: orange exactly where x0 and x1 have the same sign, and no point near an axis", () => {
    const { data, count } = makeDataset("xor");
    for (let r = 0; r < count; r++) {
      const [x0, x1, label] = [data[3 * r]!, data[3 * r + 1]!, data[3 * r + 2]!];
      expect(label).toBe(x0 * x1 >= 0 ? 1 : 0);
      expect(Math.min(Math.abs(x0), Math.abs(x1))).toBeGreaterThanOrEqual(0.08);
    }
  });

  it("circles: orange inside, blue outside", () => {
    const { data, count } = makeDataset("circles", 7, 0);
    for (let r = 0; r < count; r++) {
      const radius = Math.hypot(data[3 * r]!, data[3 * r + 1]!);
      expect(radius < 0.5 ? 1 : 0).toBe(data[3 * r + 2]);
    }
  });

  it("xor with noise: points are labelled where they were before the jitter, so some cross the axes", () => {
    const { data, count } = makeDataset("xor", 7, 0.2);
    let crossed = 0;
    for (let r = 0; r < count; r++) if ((data[3 * r]! * data[3 * r + 1]! >= 0 ? 1 : 0) !== data[3 * r + 2]) crossed++;
    expect(crossed).toBeGreaterThan(5);
    expect(crossed).toBeLessThan(60);
  });

  it("splitPoints: the share asked for to train on, the rest to test, every point in exactly one, the same every run", () => {
    const all = makeDataset("moons");
    const { train, test } = splitPoints(all, 0.7);
    expect([train.count, test.count]).toEqual([140, 60]);
    const key = (data: Float64Array, r: number) => `${data[3 * r]},${data[3 * r + 1]},${data[3 * r + 2]}`;
    const rows = (set: { data: Float64Array; count: number }) =>
      Array.from({ length: set.count }, (_, r) => key(set.data, r));
    expect([...rows(train), ...rows(test)].sort()).toEqual(rows(all).sort());
    expect(splitPoints(all, 0.7).train.data).toEqual(train.data);
  });
});
