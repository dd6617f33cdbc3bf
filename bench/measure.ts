import { register } from "node:module";
/**
 * Timing helpers for the benchmarks: warm up, then take the median of several samples, each a batch of
 * calls long enough (about `sampleMs`) for the clock to resolve it.
 */
export interface Timing {
  /** Median time of one call, in nanoseconds. */
  readonly ns: number;
  readonly samples: number;
}

export function time(run: () => unknown, { samples = 11, sampleMs = 20, warmupMs = 500 } = {}): Timing {
  let sink = 0;
  const consume = (value: unknown): void => {
    if (typeof value === "number") sink += value;
  };
  // warm-up: let V8 optimize (a long generated function is optimized on a background thread, which
  // takes a while on a busy machine), and find how many calls fill one sample
  let batch = 1;
  const warmupEnd = performance.now() + warmupMs;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) consume(run());
    const elapsed = performance.now() - start;
    if (performance.now() > warmupEnd && elapsed >= sampleMs / 2) break;
    if (elapsed < sampleMs) batch *= 2;
  }
  const perCall: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) consume(run());
    perCall.push(((performance.now() - start) * 1e6) / batch);
  }
  if (sink === 0.123456789) console.log(""); // keeps results alive
  return { ns: median(perCall), samples };
}

/** Median time of single runs of something slow (ms), after `warmups` runs. */
export function timeOnce(run: () => unknown, runs = 7, warmups = 3): number {
  for (let w = 0; w < warmups; w++) run();
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} us`;
  return `${ns.toFixed(1)} ns`;
}

/** One timed run: CPU milliseconds of this process, and what the contender returned (to compare results). */
export interface CpuRun {
  readonly ms: number;
  readonly result: number[];
}

// CPU time of this process rather than wall time: the machines this runs on are often shared, and
// every contender in the training benchmarks is single-threaded JavaScript, so CPU time is what each costs.
export function cpuTime(run: () => number[]): CpuRun {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
}

/**
 * TensorFlow.js on its CPU backend, with gradients: tfjs-core alone registers none (the full
 * @tensorflow/tfjs package does), so load them, with a hook that lets Node resolve tfjs-core's
 * extensionless ESM imports (see extensionlessHooks.mjs).
 */
export async function tensorflowReady(tf: { setBackend(name: string): Promise<boolean>; ready(): Promise<void> }) {
  register("./extensionlessHooks.mjs", import.meta.url);
  await import("@tensorflow/tfjs-core/dist/register_all_gradients.js");
  await tf.setBackend("cpu");
  await tf.ready();
}
