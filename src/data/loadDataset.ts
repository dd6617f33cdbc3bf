import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DataError } from "./DataError.js";
import type { DataFrame } from "./DataFrame.js";
import { readCsv } from "./readCsv.js";

/** The datasets shipped in the package's `data/` folder (sources and licences: data/README.md). */
export const DATASET_NAMES = ["breast_cancer", "diabetes", "diabetes_raw", "iris", "wine", "house_rent"] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** A dataset: the whole table, with the target (always the last column) split off. */
export interface Dataset {
  readonly name: DatasetName;
  readonly frame: DataFrame;
  /** The target column's name (the last column). */
  readonly target: string;
  /** Every other column's name, in order. */
  readonly featureNames: readonly string[];
  readonly X: number[][];
  readonly y: number[];
}

/** A dataset with scikit-learn's fixed 80/20 split (`train_test_split(..., test_size=0.2, random_state=42)`). */
export interface SplitDataset extends Dataset {
  /** 0-based row numbers of the training rows, in scikit-learn's order. */
  readonly trainRows: readonly number[];
  readonly testRows: readonly number[];
  readonly XTrain: number[][];
  readonly yTrain: number[];
  readonly XTest: number[][];
  readonly yTest: number[];
}

// src/data/ under vitest and tsx, dist/data/ after the build: both sit two folders below the package root.
const DATA_DIRECTORY = fileURLToPath(new URL("../../data/", import.meta.url));

/**
 * Loads a shipped dataset. Every one but the course's 4-row `house_rent` comes with the fixed
 * train/test split from data/splits.json.
 *
 * @example
 * const { XTrain, yTrain, XTest, yTest, featureNames } = loadDataset("diabetes");
 * const rent = loadDataset("house_rent"); // no split: rent.X, rent.y
 */
export function loadDataset(name: "house_rent"): Dataset;
export function loadDataset(name: Exclude<DatasetName, "house_rent">): SplitDataset;
export function loadDataset(name: DatasetName): Dataset | SplitDataset;
export function loadDataset(name: DatasetName): Dataset | SplitDataset {
  if (!(DATASET_NAMES as readonly string[]).includes(name)) {
    throw new DataError(`Unknown dataset "${String(name)}" (available: ${DATASET_NAMES.join(", ")})`);
  }
  const frame = readCsv(`${DATA_DIRECTORY}${name}.csv`);
  const target = frame.columns[frame.columns.length - 1] as string;
  const featureNames = frame.columns.slice(0, -1);
  const X = frame.features(featureNames);
  const y = frame.column(target);
  const dataset: Dataset = { name, frame, target, featureNames, X, y };
  const split = splitFor(name);
  if (split === undefined) return dataset;
  const pick = (rows: readonly number[]) => ({ X: rows.map((r) => X[r] as number[]), y: rows.map((r) => y[r] as number) });
  const train = pick(split.train);
  const test = pick(split.test);
  return { ...dataset, trainRows: split.train, testRows: split.test, XTrain: train.X, yTrain: train.y, XTest: test.X, yTest: test.y };
}

interface SplitEntry {
  readonly train?: number[];
  readonly test?: number[];
  readonly same_as?: string;
}

function splitFor(name: string): { train: number[]; test: number[] } | undefined {
  const splits = JSON.parse(readFileSync(`${DATA_DIRECTORY}splits.json`, "utf8")) as Record<string, SplitEntry | string>;
  let entry = splits[name];
  // diabetes_raw has the same rows as diabetes, so splits.json points there
  if (typeof entry === "object" && entry.same_as !== undefined) entry = splits[entry.same_as];
  if (typeof entry !== "object" || entry.train === undefined || entry.test === undefined) return undefined;
  return { train: entry.train, test: entry.test };
}
