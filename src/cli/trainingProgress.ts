/** Reports training progress; `tick` is called once per epoch with its loss. */
export interface TrainingProgress {
  tick(epoch: number, loss: number): void;
  stop(): void;
}

const SILENT: TrainingProgress = { tick: () => {}, stop: () => {} };

/**
 * A progress bar on `terminal` (the CLI passes stderr only when it is a terminal: never in pipes, files
 * or tests), when the run is long enough to be worth one. cli-progress is loaded only then.
 * @example const progress = await trainingProgress(1000, process.stderr); progress.tick(1, 0.5); progress.stop();
 */
export async function trainingProgress(
  epochs: number,
  terminal: NodeJS.WritableStream | undefined,
  minimumEpochs = 50,
): Promise<TrainingProgress> {
  if (terminal === undefined || epochs < minimumEpochs) return SILENT;
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    {
      stream: terminal,
      format: "training [{bar}] {percentage}% | epoch {value}/{total} | loss {loss}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(epochs, 0, { loss: "-" });
  // Redrawing every epoch would cost more than a fast epoch: update about 200 times per run.
  const every = Math.max(1, Math.floor(epochs / 200));
  return {
    tick(epoch, loss) {
      if (epoch % every === 0 || epoch === epochs) bar.update(epoch, { loss: loss.toPrecision(5) });
    },
    stop() {
      bar.stop();
    },
  };
}
