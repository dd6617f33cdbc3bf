import { DataError } from "./DataError.js";
import type { DataFrame } from "./DataFrame.js";
import { parseCsv } from "./readCsv.js";
import { readTextFile } from "./readTextFile.js";

/**
 * The datasets shipped in the package's `data/` folder (sources and licences: data/README.md). A page
 * fetches the same files (`gradkit/data/<name>.csv`, `gradkit/data/splits.json`) and calls datasetFromCsv.
 */
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

/** The contents of data/splits.json: fixed train/test rows by dataset name. */
export type DatasetSplits = Readonly<Record<string, unknown>>;

// src/data/ under vitest and tsx, dist/data/ after the build: both sit two folders below the package root.
// Resolved on use: a page's bundle may have no file URL for this module at all.
const dataFile = (file: string): URL => new URL(`../../data/${file}`, import.meta.url);

/**
 * Loads a shipped dataset from the package's `data/` folder (Node only: it reads files). Every one but
 * the course's 4-row `house_rent`, too small to split, comes with the fixed train/test split from
 * data/splits.json.
 *
 * @example
 * const { XTrain, yTrain, XTest, yTest, featureNames } = loadDataset("diabetes");
 * const rent = loadDataset("house_rent"); // no split: rent.X, rent.y
 */
export function loadDataset(name: "house_rent"): Dataset;
export function loadDataset(name: Exclude<DatasetName, "house_rent">): SplitDataset;
export function loadDataset(name: DatasetName): Dataset | SplitDataset;
export function loadDataset(name: DatasetName): Dataset | SplitDataset {
  checkName(name);
  let csv: string;
  let splits: DatasetSplits;
  try {
    csv = readTextFile(dataFile(`${name}.csv`));
    splits = JSON.parse(readTextFile(dataFile("splits.json"))) as DatasetSplits;
  } catch (error) {
    throw new DataError(`Cannot read dataset "${name}": ${(error as Error).message}`);
  }
  return datasetFromCsv(name, csv, splits);
}

/**
 * A shipped dataset from its CSV text and data/splits.json's contents: what loadDataset does once it has
 * read the files, for a page that fetches them. Without `splits` (or for `house_rent`) there is no split.
 *
 * @example
 * const csv = await (await fetch(irisCsvUrl)).text();
 * const splits = await (await fetch(splitsJsonUrl)).json();
 * const { XTrain, yTrain } = datasetFromCsv("iris", csv, splits);
 */
export function datasetFromCsv(name: "house_rent", csv: string, splits?: DatasetSplits): Dataset;
export function datasetFromCsv(
  name: Exclude<DatasetName, "house_rent">,
  csv: string,
  splits: DatasetSplits,
): SplitDataset;
export function datasetFromCsv(name: DatasetName, csv: string, splits?: DatasetSplits): Dataset | SplitDataset;
export function datasetFromCsv(name: DatasetName, csv: string, splits?: DatasetSplits): Dataset | SplitDataset {
  checkName(name);
  const frame = parseCsv(csv, `${name}.csv`);
  const target = frame.columns[frame.columns.length - 1] as string;
  const featureNames = frame.columns.slice(0, -1);
  const X = frame.features(featureNames);
  const y = frame.column(target);
  const dataset: Dataset = { name, frame, target, featureNames, X, y };
  const split = splits === undefined ? undefined : splitFor(name, splits);
  if (split === undefined) return dataset;
  const pick = (rows: readonly number[]) => ({
    X: rows.map((r) => X[r] as number[]),
    y: rows.map((r) => y[r] as number),
  });
  const train = pick(split.train);
  const test = pick(split.test);
  const rows = { trainRows: split.train, testRows: split.test };
  return { ...dataset, ...rows, XTrain: train.X, yTrain: train.y, XTest: test.X, yTest: test.y };
}

function checkName(name: string): void {
  if (!(DATASET_NAMES as readonly string[]).includes(name)) {
    throw new DataError(`Unknown dataset "${String(name)}" (available: ${DATASET_NAMES.join(", ")})`);
  }
}

interface SplitEntry {
  readonly train?: number[];
  readonly test?: number[];
  readonly same_as?: string;
}

function splitFor(name: string, splits: DatasetSplits): { train: number[]; test: number[] } | undefined {
  const own = (key: string) => (Object.hasOwn(splits, key) ? (splits[key] as SplitEntry | null) : undefined);
  let entry = own(name);
  // diabetes_raw has the same rows as diabetes, so splits.json points there
  if (typeof entry === "object" && entry !== null && entry.same_as !== undefined) entry = own(entry.same_as);
  if (typeof entry !== "object" || entry === null) return undefined;
  if (!Array.isArray(entry.train) || !Array.isArray(entry.test)) return undefined;
  return { train: entry.train, test: entry.test };
}
