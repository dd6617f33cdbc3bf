import { describe, expect, it } from "vitest";
import { StandardScaler } from "../../src/index.js";

describe("StandardScaler", () => {
  const train = [
    [1, 10],
    [3, 10],
    [5, 10],
  ];

  it("learns mean and population std from the training rows", () => {
    const scaler = new StandardScaler().fit(train);
    expect(scaler.mean).toEqual([3, 10]);
    expect(scaler.scale[0]).toBeCloseTo(Math.sqrt(8 / 3));
    expect(scaler.scale[1]).toBe(1); // a constant column is only centred
  });

  it("transforms other rows with the training numbers, and back", () => {
    const scaler = new StandardScaler().fit(train);
    const z = scaler.transform([[3, 12]]);
    expect(z[0]?.[0]).toBeCloseTo(0);
    expect(z[0]?.[1]).toBeCloseTo(2);
    const back = scaler.inverseTransform(z);
    expect(back[0]?.[0]).toBeCloseTo(3);
    expect(back[0]?.[1]).toBeCloseTo(12);
  });

  it("refuses to transform before fit", () => {
    expect(() => new StandardScaler().transform(train)).toThrow(/not fitted yet/);
  });
});
