import { describe, expect, it } from "vitest";
import { type DATASET_NAMES, loadDataset } from "../../src/index.js";

describe("loadDataset", () => {
  it("loads the shipped datasets with scikit-learn's fixed split", () => {
    const sizes = {
      breast_cancer: [455, 114, 30],
      diabetes: [353, 89, 10],
      diabetes_raw: [353, 89, 10],
      iris: [120, 30, 4],
      wine: [142, 36, 13],
    };
    for (const [name, [train, test, width]] of Object.entries(sizes)) {
      const data = loadDataset(name as keyof typeof sizes);
      expect([data.XTrain.length, data.XTest.length, data.featureNames.length]).toEqual([train, test, width]);
      expect(data.target).toBe("target");
    }
  });

  it("keeps the split's row order: the first training row of diabetes is row 17", () => {
    const diabetes = loadDataset("diabetes");
    expect(diabetes.trainRows[0]).toBe(17);
    expect(diabetes.XTrain[0]).toEqual(diabetes.X[17]);
    expect(loadDataset("diabetes_raw").testRows).toEqual(diabetes.testRows);
  });

  it("house_rent is the course's 4-row table, without a split", () => {
    const rent = loadDataset("house_rent");
    expect(rent.featureNames).toEqual(["rooms", "area", "in_dohs"]);
    expect(rent.y).toEqual([6000, 8000, 7500, 20000]);
    expect("XTrain" in rent).toBe(false);
  });

  it("an unknown name lists the datasets", () => {
    expect(() => loadDataset("titanic" as (typeof DATASET_NAMES)[number])).toThrow(
      /Unknown dataset "titanic" \(available: breast_cancer/,
    );
  });
});
