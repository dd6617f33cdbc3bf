import { LinearRegression, LogisticRegression, StandardScaler, readCsv, trainTestSplit } from "../../index.js";
import { CliError, ExitCode } from "../CliError.js";
import type { CommandResult } from "../CommandResult.js";
import { extent } from "../extent.js";
import { formatNumber } from "../formatNumber.js";
import { formatTable } from "../formatTable.js";
import { plotTraining, type TrainingPlot } from "../plotTraining.js";
import { trainingProgress } from "../trainingProgress.js";

/** The most data points --plot draws; a larger file is drawn by every k-th row. */
const MAX_POINTS = 5000;

export const MODELS = ["linear", "logistic"] as const;
export type Model = (typeof MODELS)[number];

/** The options of `autodiff fit`, already converted to numbers. */
export interface FitCommandOptions {
  readonly target: string | undefined;
  /** Feature columns; default every column but the target. */
  readonly features: readonly string[] | undefined;
  readonly model: Model;
  readonly epochs: number;
  readonly learningRate: number;
  /** Rows per step; undefined for every training row (batch gradient descent). */
  readonly batchSize: number | undefined;
  readonly standardize: boolean;
  readonly seed: number;
  /** Fraction of rows held out for testing; 0 to train and score on every row. */
  readonly testSplit: number;
  readonly plot: string | undefined;
}

/**
 * `autodiff fit`: reads a CSV, trains LinearRegression or LogisticRegression by gradient descent on
 * the engine's gradients, and reports the parameters, the final loss and the test metric. With --plot,
 * the result asks for the SVG to be written after the parameters are printed (Vega loads only then).
 * `progress` is the terminal for a progress bar, if any.
 * @example await fitCommand("data/house_rent.csv", { target: "rent", model: "linear", ... })
 */
export async function fitCommand(
  file: string,
  options: FitCommandOptions,
  progressTo?: NodeJS.WritableStream,
): Promise<CommandResult> {
  const frame = readCsv(file);
  const columns = frame.columns;
  if (frame.shape[0] < 2) {
    throw new CliError(
      frame.shape[0] === 0
        ? `${file} has a header row (${columns.join(", ")}) but no data rows`
        : `${file} has only one data row: a model needs at least 2 rows to learn from and be scored on`,
      "add rows below the header: one row of numbers per sample",
      ExitCode.evaluation,
    );
  }
  if (options.target === undefined) {
    throw new CliError(
      "--target is required: which column should the model predict?",
      `columns: ${columns.join(", ")}`,
      ExitCode.usage,
    );
  }
  const target = options.target;
  if (!columns.includes(target)) {
    throw new CliError(
      `unknown --target "${target}": ${file} has no such column`,
      `columns: ${columns.join(", ")}`,
      ExitCode.usage,
    );
  }
  const features = options.features ?? columns.filter((name) => name !== target);
  const unknown = features.filter((name) => !columns.includes(name));
  if (unknown.length > 0) {
    throw new CliError(
      `unknown --features ${unknown.map((n) => `"${n}"`).join(", ")}`,
      `columns: ${columns.join(", ")}`,
      ExitCode.usage,
    );
  }
  if (features.includes(target)) {
    throw new CliError(
      `--features includes the target "${target}"`,
      "leave the target out of --features",
      ExitCode.usage,
    );
  }
  if (features.length === 0) {
    throw new CliError(
      `no feature columns: ${file} has only the target "${target}"`,
      "a model needs at least one input column",
      ExitCode.evaluation,
    );
  }
  const X = frame.features(features);
  const y = frame.column(target);
  const logistic = options.model === "logistic";
  if (logistic) {
    const labels = [...new Set(y)].sort((a, b) => a - b);
    if (labels.some((label) => label !== 0 && label !== 1)) {
      throw new CliError(
        `logistic regression needs 0/1 labels, but column "${target}" holds ` +
          `${labels.slice(0, 6).map(formatNumber).join(", ")}${labels.length > 6 ? ", ..." : ""}`,
        "pick a 0/1 column with --target, or use --model linear",
        ExitCode.evaluation,
      );
    }
  }

  const split =
    options.testSplit > 0
      ? trainTestSplit(X, y, { testSize: options.testSplit, seed: options.seed })
      : { XTrain: X, XTest: [], yTrain: y, yTest: [] };
  const scaler = options.standardize ? new StandardScaler().fit(split.XTrain) : undefined;
  const XTrain = scaler?.transform(split.XTrain) ?? split.XTrain;
  const XTest = scaler !== undefined && split.XTest.length > 0 ? scaler.transform(split.XTest) : split.XTest;

  const model = logistic ? new LogisticRegression() : new LinearRegression();
  const progress = await trainingProgress(options.epochs, progressTo);
  try {
    model.fit(XTrain, split.yTrain, options.epochs, options.learningRate, {
      seed: options.seed,
      batchSize: options.batchSize,
      onEpoch: (epoch, loss) => progress.tick(epoch, loss),
    });
  } finally {
    progress.stop();
  }

  const lossName = logistic ? "binary cross-entropy" : "mean squared error";
  const finalLoss = model.lossHistory[model.lossHistory.length - 1];
  const metricName = logistic ? "accuracy" : "R^2";
  const trainMetric = model.score(XTrain, split.yTrain);
  // R^2 of a single test row divides by zero: report no test metric rather than NaN.
  const scored = XTest.length > 0 ? model.score(XTest, split.yTest) : undefined;
  const testMetric = scored !== undefined && Number.isFinite(scored) ? scored : undefined;
  const original = scaler === undefined ? undefined : inOriginalUnits(model.mx, model.yint, scaler);

  const plot: TrainingPlot = {
    title: `${options.model} regression on ${file}`,
    lossName: logistic ? "cross-entropy" : "mse",
    lossHistory: model.lossHistory,
    ...(features.length === 1
      ? { fit: fitPanel(features[0]!, target, split, original ?? { mx: model.mx, yint: model.yint }, logistic) }
      : {}),
  };

  const nTest = split.yTest.length;
  const paramRows = [
    ...features.map((name, j) => [
      `m${j}`,
      `(${name})`,
      formatNumber(model.mx[`m${j}`]!),
      ...(original ? [formatNumber(original.mx[`m${j}`]!)] : []),
    ]),
    ["yint", "", formatNumber(model.yint), ...(original ? [formatNumber(original.yint)] : [])],
  ];
  const testRows = nTest > 0 ? `${nTest} test rows` : "no test rows (--test-split 0)";
  const batchSize = options.batchSize ?? `${split.yTrain.length} (all rows)`;
  const plural = nTest > 1 ? "s" : "";
  const lines = [
    `${options.model} regression on ${file}: ${split.yTrain.length} training rows, ${testRows}, target "${target}"`,
    `gradient descent: ${options.epochs} epochs, learning rate ${options.learningRate}, batch size ${batchSize}, ` +
      `seed ${options.seed}${scaler ? ", standardized features" : ""}`,
    "",
    formatTable(
      [
        "parameter",
        "feature",
        scaler ? "value (standardized)" : "value",
        ...(scaler ? ["value (original units)"] : []),
      ],
      paramRows,
    ),
    "",
    `final training loss (${lossName}): ${finalLoss === undefined ? "-" : formatNumber(finalLoss)}`,
    `train ${metricName}: ${formatNumber(trainMetric)}`,
    testMetric !== undefined
      ? `test ${metricName}: ${formatNumber(testMetric)}`
      : `test ${metricName}: - (${nTest === 0 ? "no test rows" : `undefined on ${nTest} test row${plural}`})`,
  ];

  const metricKey = logistic ? "accuracy" : "r2";
  return {
    json: {
      file,
      model: options.model,
      target,
      features,
      rows: { train: split.yTrain.length, test: nTest },
      epochs: options.epochs,
      learningRate: options.learningRate,
      batchSize: options.batchSize ?? split.yTrain.length,
      standardize: options.standardize,
      seed: options.seed,
      testSplit: options.testSplit,
      mx: model.mx,
      yint: model.yint,
      ...(original !== undefined
        ? { originalUnits: original, scaler: { mean: scaler!.mean, scale: scaler!.scale } }
        : {}),
      loss: lossName,
      finalLoss: finalLoss ?? null,
      lossHistory: model.lossHistory,
      metric: metricKey,
      train: { [metricKey]: trainMetric },
      test: testMetric === undefined ? null : { [metricKey]: testMetric },
      plot: options.plot ?? null,
    },
    text: lines.join("\n"),
    ...(options.plot !== undefined
      ? { file: { key: "plot", path: options.plot, contents: () => plotTraining(plot) } }
      : {}),
  };
}

/**
 * The same linear function in the data's own units: with z_j = (x_j - mean_j) / scale_j,
 * sum m_j z_j + b = sum (m_j / scale_j) x_j + (b - sum m_j mean_j / scale_j).
 */
function inOriginalUnits(
  mx: Readonly<Record<string, number>>,
  yint: number,
  scaler: StandardScaler,
): { mx: Record<string, number>; yint: number } {
  const original: Record<string, number> = {};
  let intercept = yint;
  scaler.scale.forEach((scale, j) => {
    const m = mx[`m${j}`]!;
    original[`m${j}`] = m / scale;
    intercept -= (m * scaler.mean[j]!) / scale;
  });
  return { mx: original, yint: intercept };
}

function fitPanel(
  feature: string,
  target: string,
  split: {
    XTrain: readonly (readonly number[])[];
    XTest: readonly (readonly number[])[];
    yTrain: readonly number[];
    yTest: readonly number[];
  },
  line: { mx: Readonly<Record<string, number>>; yint: number },
  logistic: boolean,
): NonNullable<TrainingPlot["fit"]> {
  const all = [
    ...split.XTrain.map((row, i) => ({ x: row[0]!, y: split.yTrain[i]!, set: "train" as const })),
    ...split.XTest.map((row, i) => ({ x: row[0]!, y: split.yTest[i]!, set: "test" as const })),
  ];
  // Every row of a large file would make an SVG of tens of megabytes that shows no more: draw every k-th.
  const every = Math.ceil(all.length / MAX_POINTS);
  const points = every > 1 ? all.filter((_, i) => i % every === 0) : all;
  const [low, high] = extent(all.map((point) => point.x));
  const m = line.mx.m0!;
  const curve = Array.from({ length: 101 }, (_, k) => {
    const x = low + ((high - low) * k) / 100;
    const z = m * x + line.yint;
    return { x, y: logistic ? 1 / (1 + Math.exp(-z)) : z };
  });
  return { feature, target, points, rows: all.length, curve };
}
