import type { Spec } from "vega";
import { extent } from "./extent.js";

/** What `--plot` draws: the loss per epoch and, for one feature, the data and the fitted curve. */
export interface TrainingPlot {
  readonly title: string;
  readonly lossName: string;
  readonly lossHistory: readonly number[];
  /** Only for a model with one feature, in the data's own units. */
  readonly fit?: {
    readonly feature: string;
    readonly target: string;
    /** The rows drawn: all of them, or every k-th of a large file. */
    readonly points: readonly { readonly x: number; readonly y: number; readonly set: "train" | "test" }[];
    /** How many rows there are in all. */
    readonly rows: number;
    readonly curve: readonly { readonly x: number; readonly y: number }[];
  };
}

const WIDTH = 380;
const HEIGHT = 260;

/**
 * An SVG of the training run, drawn by Vega from a declarative spec (loaded only when plotting).
 * @example await writeFile("loss.svg", await plotTraining({ title: "fit", lossName: "mse", lossHistory: [3, 2, 1] }))
 */
export async function plotTraining(plot: TrainingPlot): Promise<string> {
  const vega = await import("vega");
  const lossValues = plot.lossHistory.map((loss, i) => ({ epoch: i + 1, loss }));
  const positive = plot.lossHistory.every((loss) => loss > 0);
  const [lowest, highest] = extent(plot.lossHistory);
  const spread = positive ? highest / lowest : 1;
  // A loss that falls by orders of magnitude is flat on a linear axis after the first epochs.
  const lossScale = positive && spread > 100 ? "log" : "linear";

  const panels: object[] = [
    panel(
      `${plot.lossName} loss per epoch`,
      [
        { name: "x", type: "linear", domain: { data: "loss", field: "epoch" }, range: [0, WIDTH], zero: false },
        {
          name: "y",
          type: lossScale,
          domain: { data: "loss", field: "loss" },
          range: [HEIGHT, 0],
          nice: true,
          zero: false,
        },
      ],
      "epoch",
      `${plot.lossName}${lossScale === "log" ? " (log scale)" : ""}`,
      [
        {
          type: "line",
          from: { data: "loss" },
          encode: {
            enter: {
              x: { scale: "x", field: "epoch" },
              y: { scale: "y", field: "loss" },
              stroke: { value: "#1f77b4" },
              strokeWidth: { value: 2 },
            },
          },
        },
      ],
    ),
  ];
  const data: object[] = [{ name: "loss", values: lossValues }];
  if (plot.fit !== undefined) {
    data.push({ name: "points", values: plot.fit.points }, { name: "curve", values: plot.fit.curve });
    panels.push(
      panel(
        `${plot.fit.target} against ${plot.fit.feature}${shown(plot.fit.points.length, plot.fit.rows)}`,
        [
          {
            name: "x",
            type: "linear",
            domain: {
              fields: [
                { data: "points", field: "x" },
                { data: "curve", field: "x" },
              ],
            },
            range: [0, WIDTH],
            nice: true,
            zero: false,
          },
          {
            name: "y",
            type: "linear",
            domain: {
              fields: [
                { data: "points", field: "y" },
                { data: "curve", field: "y" },
              ],
            },
            range: [HEIGHT, 0],
            nice: true,
            zero: false,
          },
          {
            name: "color",
            type: "ordinal",
            domain: { data: "points", field: "set", sort: { order: "descending" } },
            range: ["#1f77b4", "#ff7f0e"],
          },
        ],
        plot.fit.feature,
        plot.fit.target,
        [
          {
            type: "symbol",
            from: { data: "points" },
            encode: {
              enter: {
                x: { scale: "x", field: "x" },
                y: { scale: "y", field: "y" },
                fill: { scale: "color", field: "set" },
                size: { value: 30 },
                opacity: { value: 0.7 },
              },
            },
          },
          {
            type: "line",
            from: { data: "curve" },
            encode: {
              enter: {
                x: { scale: "x", field: "x" },
                y: { scale: "y", field: "y" },
                stroke: { value: "#d62728" },
                strokeWidth: { value: 2 },
              },
            },
          },
        ],
        [{ fill: "color", title: "rows", orient: "top-left" }],
      ),
    );
  }
  const spec = {
    $schema: "https://vega.github.io/schema/vega/v6.json",
    padding: 10,
    background: "white",
    title: { text: plot.title, anchor: "start", offset: 10 },
    layout: { columns: 2, padding: 40 },
    data,
    marks: panels,
  };
  const view = new vega.View(vega.parse(spec as unknown as Spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function shown(drawn: number, rows: number): string {
  return drawn < rows ? ` (${drawn.toLocaleString("en")} of ${rows.toLocaleString("en")} rows)` : "";
}

function panel(
  title: string,
  scales: object[],
  xTitle: string,
  yTitle: string,
  marks: object[],
  legends: object[] = [],
): object {
  return {
    type: "group",
    encode: { enter: { width: { value: WIDTH }, height: { value: HEIGHT } } },
    title: { text: title },
    scales,
    axes: [
      { orient: "bottom", scale: "x", title: xTitle, tickCount: 6 },
      { orient: "left", scale: "y", title: yTitle, tickCount: 6, format: "~s" },
    ],
    legends,
    marks,
  };
}
