import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import type { ModuleReport } from "../moduleReports.js";
import { type Suite, type ZeroReason, groupKey } from "../score.js";
import { ROOT } from "../targets.js";
import { FrameSplitter, MAX_FRAME_BYTES, header } from "./frames.js";
import type { Isolation, Jail } from "./isolation.js";
import type { StudentRuntime } from "./studentRuntime.js";

/** Output of the student's code kept per test file, for staff (the rest is counted). */
export const STUDENT_OUTPUT_LIMIT = 16 * 1024;
/** The grader's own output kept (its errors, if it fails). */
const GRADER_OUTPUT_LIMIT = 64 * 1024;

/** What one grading run does. */
export interface GradingPlan {
  /** The folder whose tests/ the grader runs (its private copy in the autograder; the project locally). */
  readonly graderRoot: string;
  /** The student's files, laid out like exercises/. */
  readonly work: string;
  /** What the student's processes run: built once per run (studentRuntime.ts). */
  readonly runtime: StudentRuntime;
  /** The trusted folder whose files name each @impl module's exports. */
  readonly exportsFrom: string;
  /** The test files, relative to graderRoot, in the order they run. */
  readonly files: readonly string[];
  /** Each test file's limits, by exercise folder. */
  readonly limits: (folder: string) => { readonly seconds: number; readonly memoryMB: number };
  /** When the whole run must be over (ms since the epoch): what has not run by then scores 0. */
  readonly deadline: number;
  readonly isolation: Isolation;
  /** Extra environment for the grader (its HOME, Vite's cache). */
  readonly graderEnv?: NodeJS.ProcessEnv;
  /** Extra environment for the student's processes (their HOME and TMPDIR). */
  readonly studentEnv?: NodeJS.ProcessEnv;
  /** Called after each test file with its reports and why it scores 0, if it does (watch redraws as results come). */
  readonly onFile?: (file: string, reports: readonly ModuleReport[], zero: ZeroReason | undefined) => void;
}

/** What a grading run gave: the grader's reports, and why some suites score 0 whatever they report. */
export interface SupervisedRun {
  readonly modules: ModuleReport[];
  /** By groupKey ("graded/05-gradient-descent"): timed out, exited, out of memory, protocol, not run. */
  readonly groupZero: Map<string, ZeroReason>;
  /** What the student's code printed, by groupKey, capped: for staff. */
  readonly studentOutput: Map<string, string>;
  readonly log: string[];
}

/** "tests/graded/05-gradient-descent/x.test.ts" -> its suite and exercise folder. */
export function fileGroup(file: string): { suite: Suite; folder: string } | undefined {
  const match = /^tests\/(graded|hidden)\/([^/]+)\//.exec(file.replaceAll("\\", "/"));
  return match === null ? undefined : { suite: match[1] as Suite, folder: match[2]! };
}

const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const GRADER_MAIN = join(ROOT, "scripts", "kit", "grading", "graderMain.ts");

/** Output kept up to a limit, the rest counted. */
class Capped {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  bytes = 0;
  constructor(private readonly limit: number) {}
  add(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.kept >= this.limit) return;
    const part = chunk.subarray(0, this.limit - this.kept);
    this.chunks.push(part);
    this.kept += part.length;
  }
  text(): string {
    const text = Buffer.concat(this.chunks).toString("utf8");
    return this.bytes > this.kept ? `${text}\n... (${this.bytes - this.kept} more bytes not kept)` : text;
  }
}

/** One student process, serving one test file. */
interface Host {
  readonly channel: number;
  readonly key: string;
  readonly folder: string;
  readonly child: ChildProcess;
  readonly jail: Jail;
  readonly output: Capped;
  readonly started: number;
  timer: NodeJS.Timeout;
  /** Set once it is over: closed by the grader, or ended by us (with why). */
  over?: string;
}

/**
 * Runs one grading: starts the grader (vitest, in its own process: graderMain.ts) and, whenever a test file
 * starts, a fresh process for the student's code (studentHost.ts) with that exercise's time and memory limits,
 * relaying the frames between them. Frames are checked for size, never parsed here: what the student's
 * process sends goes to the grader as bytes, and the grader decodes it defensively. A student process that
 * runs past its limit, exits, or floods is ended here, and the grader is told why.
 */
export async function superviseGrading(plan: GradingPlan): Promise<SupervisedRun> {
  const session = await startGrading(plan);
  try {
    return await session.run(plan.files, plan.onFile);
  } finally {
    await session.close();
  }
}

/** A grader kept running between runs (npm run watch): each run grades some test files. */
export interface GradingSession {
  run(files: readonly string[], onFile?: GradingPlan["onFile"]): Promise<SupervisedRun>;
  close(): Promise<void>;
}

/** Starts the grader and returns a session that grades test files on demand (superviseGrading runs one). */
export async function startGrading(plan: Omit<GradingPlan, "files" | "onFile">): Promise<GradingSession> {
  // What the current run gathers (a new set for each run).
  let log: string[] = [];
  let groupZero = new Map<string, ZeroReason>();
  let studentOutput = new Map<string, string>();
  const hosts = new Map<number, Host>();
  let nextChannel = 1;

  const [graderCommand, graderArgs] = plan.isolation.grader(process.execPath, ["--import", TSX_LOADER, GRADER_MAIN]);
  const grader = spawn(graderCommand, graderArgs, {
    cwd: plan.graderRoot,
    env: {
      PATH: process.env.PATH,
      NODE_OPTIONS: "",
      NO_COLOR: "1",
      CI: "1",
      TSX_DISABLE_CACHE: "1",
      ...plan.graderEnv,
      KIT_GRADER_ROOT: plan.graderRoot,
      KIT_EXPORTS_FROM: plan.exportsFrom,
      KIT_LIBRARY: plan.runtime.library,
      KIT_LIBRARY_ENTRY: plan.runtime.libraryEntry,
      KIT_LINK: "3,4",
    },
    stdio: ["pipe", "pipe", "pipe", "pipe", "pipe", "pipe"],
  });
  const graderOutput = new Capped(GRADER_OUTPUT_LIMIT);
  grader.stdout!.on("data", (chunk: Buffer) => graderOutput.add(chunk));
  grader.stderr!.on("data", (chunk: Buffer) => graderOutput.add(chunk));
  const toGrader = grader.stdio[4] as Writable;
  const fromGrader = grader.stdio[3] as Readable;
  const reportsIn = (grader.stdio as unknown as Readable[])[5]!;
  for (const stream of [toGrader, fromGrader, reportsIn, grader.stdin!]) stream.on("error", () => {});

  const sendToGrader = (channel: number, payload: Buffer): void => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(channel, 0);
    toGrader.write(Buffer.concat([header(payload.length + 4), head, payload]));
  };
  const control = (message: object): void => sendToGrader(0, Buffer.from(JSON.stringify(message)));

  /** Ends a student process; `reason` (for the grader and the score) unless the grader closed it itself. */
  const endHost = async (host: Host, reason?: ZeroReason): Promise<void> => {
    if (host.over !== undefined) return;
    host.over = reason?.note ?? "closed";
    clearTimeout(host.timer);
    if (reason !== undefined) {
      if (!groupZero.has(host.key)) groupZero.set(host.key, reason);
      control({ op: "ended", channel: host.channel, message: reason.message });
    }
    await host.jail.end();
    const printed = host.output.text().trim();
    if (printed !== "") studentOutput.set(host.key, `${studentOutput.get(host.key) ?? ""}${printed}\n`);
    log.push(
      `${host.key}: ${((Date.now() - host.started) / 1000).toFixed(1)} s, ${host.output.bytes} bytes of output, ${host.over}`,
    );
    hosts.delete(host.channel);
  };

  const openHost = async (file: string): Promise<void> => {
    const group = fileGroup(file);
    if (group === undefined) {
      control({ op: "refused", message: `${file} is not a graded or hidden test file` });
      return;
    }
    const { seconds, memoryMB } = plan.limits(group.folder);
    const remaining = plan.deadline - Date.now();
    const channel = nextChannel++;
    const key = groupKey(group.suite, group.folder);
    const jail = await plan.isolation.jail(`${channel}`, { memoryMB });
    const [command, args] = jail.command(process.execPath, [
      "--enable-source-maps",
      `--max-old-space-size=${memoryMB}`,
      plan.runtime.host,
    ]);
    const child = spawn(command, args, {
      cwd: plan.work,
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: "",
        TSX_DISABLE_CACHE: "1",
        ...plan.studentEnv,
        KIT_WORK: plan.work,
        KIT_LIBRARY: plan.runtime.library,
        KIT_LIBRARY_ENTRY: plan.runtime.libraryEntry,
        KIT_LOADER: plan.runtime.loader,
      },
      detached: true,
      stdio: ["pipe", "pipe", "pipe", "pipe"],
    });
    jail.attach(child);
    const limitSeconds = Math.max(1, Math.min(seconds, Math.floor(remaining / 1000)));
    const host: Host = {
      channel,
      key,
      folder: group.folder,
      child,
      jail,
      output: new Capped(STUDENT_OUTPUT_LIMIT),
      started: Date.now(),
      timer: setTimeout(() => {
        const message =
          limitSeconds < seconds
            ? `Not finished: the whole run's limit was reached after ${limitSeconds} s of ${group.folder}'s tests, so this part scores 0.`
            : `Timed out after ${limitSeconds} s: is there a loop that never ends? The tests of ${group.folder} were stopped, so this part scores 0.`;
        void endHost(host, { note: "timed out", message });
      }, limitSeconds * 1000),
    };
    hosts.set(channel, host);
    child.stdout!.on("data", (chunk: Buffer) => host.output.add(chunk));
    child.stderr!.on("data", (chunk: Buffer) => host.output.add(chunk));
    const replies = child.stdio[3] as Readable;
    for (const stream of [child.stdin!, child.stdout!, child.stderr!, replies]) stream.on("error", () => {});
    const splitter = new FrameSplitter(
      (payload) => {
        if (host.over === undefined) sendToGrader(channel, Buffer.from(payload));
      },
      (problem) =>
        void endHost(host, {
          note: "protocol",
          message: `Your code's process sent ${problem}, so the tests of ${group.folder} were stopped and this part scores 0.`,
        }),
    );
    replies.on("data", (chunk: Buffer) => splitter.push(chunk));
    child.on("exit", (code, signal) => {
      if (host.over !== undefined) return;
      const printed = host.output.text();
      const memory = /heap out of memory|Reached heap limit/.test(printed) || jail.outOfMemory();
      const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
      void endHost(
        host,
        memory
          ? {
              note: "out of memory",
              message: `Your code ran out of memory (over ${memoryMB} MB) in the tests of ${group.folder}, so this part scores 0.`,
            }
          : {
              note: "exited",
              message: `Your code's process exited during the tests of ${group.folder} (${how}; process.exit?), so this part scores 0.`,
            },
      );
    });
    control({ op: "opened", channel });
  };

  const onControl = (payload: Buffer): void => {
    const message = JSON.parse(payload.toString("utf8")) as {
      op?: string;
      file?: string;
      channel?: number;
      message?: string;
    };
    if (message.op === "open" && typeof message.file === "string") {
      void openHost(message.file).catch((error: unknown) =>
        control({ op: "refused", message: `The student's code could not be started: ${(error as Error).message}` }),
      );
      return;
    }
    const host = hosts.get(Number(message.channel));
    if (host === undefined) return;
    if (message.op === "close") void endHost(host);
    else if (message.op === "broken") void endHost(host, { note: "protocol", message: String(message.message) });
  };

  const graderFrames = new FrameSplitter(
    (payload) => {
      if (payload.length < 4) return;
      const channel = payload.readUInt32BE(0);
      const body = payload.subarray(4);
      if (channel === 0) return onControl(body);
      const host = hosts.get(channel);
      if (host === undefined || host.over !== undefined) return;
      host.child.stdin!.write(Buffer.concat([header(body.length), body]));
    },
    (problem) => log.push(`the grader sent ${problem}`),
    MAX_FRAME_BYTES + 8,
  );
  fromGrader.on("data", (chunk: Buffer) => graderFrames.push(chunk));

  // One JSON line per answer from the grader.
  const answers: ((line: string) => void)[] = [];
  let partial = "";
  reportsIn.on("data", (chunk: Buffer) => {
    partial += chunk.toString("utf8");
    for (let newline = partial.indexOf("\n"); newline >= 0; newline = partial.indexOf("\n")) {
      const line = partial.slice(0, newline);
      partial = partial.slice(newline + 1);
      answers.shift()?.(line);
    }
  });
  let graderExited = false;
  const exited = new Promise<void>((done) =>
    grader.on("exit", () => {
      graderExited = true;
      for (const waiting of answers.splice(0)) waiting("");
      done();
    }),
  );
  const nextAnswer = (): Promise<Record<string, unknown>> =>
    new Promise((done) => {
      if (graderExited) return done({});
      // Clamped: a timer past 2^31 ms fires at once (a watch session has no deadline).
      const wait = Math.min(2 ** 31 - 1, Math.max(1000, plan.deadline - Date.now()));
      const timer = setTimeout(() => done({ timeout: true }), wait);
      answers.push((line) => {
        clearTimeout(timer);
        done(line === "" ? {} : (JSON.parse(line) as Record<string, unknown>));
      });
    });

  const close = async (): Promise<void> => {
    for (const host of hosts.values()) await endHost(host);
    grader.stdin!.end(`${JSON.stringify({ exit: true })}\n`);
    const quit = setTimeout(() => grader.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(quit);
    await plan.isolation.endGrader();
  };
  const ready = await nextAnswer();
  if (ready.ready !== true) {
    await close();
    throw new Error(`The grader did not start:\n${graderOutput.text()}`);
  }

  const run = async (files: readonly string[], onFile?: GradingPlan["onFile"]): Promise<SupervisedRun> => {
    log = [];
    groupZero = new Map();
    studentOutput = new Map();
    const modules: ModuleReport[] = [];
    for (const file of files) {
      const group = fileGroup(file);
      const key = group === undefined ? file : groupKey(group.suite, group.folder);
      if (Date.now() >= plan.deadline - 1000) {
        groupZero.set(key, {
          note: "not run",
          message: "Not graded: the whole run's limit was reached before these tests ran, so this part scores 0.",
        });
        continue;
      }
      grader.stdin!.write(`${JSON.stringify({ run: [file] })}\n`);
      const answer = await nextAnswer();
      if (answer.timeout === true) throw new Error("The grader did not finish within the run's limit");
      if (!Array.isArray(answer.reports))
        throw new Error(`The grader failed on ${file}: ${String(answer.error ?? graderOutput.text())}`);
      const reports = answer.reports as ModuleReport[];
      for (const host of hosts.values()) await endHost(host);
      modules.push(...reports);
      onFile?.(file, reports, groupZero.get(key));
    }
    return { modules, groupZero, studentOutput, log };
  };
  return { run, close };
}
