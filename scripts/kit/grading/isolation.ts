import { type ChildProcess, spawn } from "node:child_process";

/** Where one student process runs, and how it is ended with everything it started. */
export interface Jail {
  /** The command line that starts `command` inside the jail. */
  command(command: string, args: readonly string[]): [string, string[]];
  /** Called with the process once spawned (a local jail ends its process group). */
  attach(child: ChildProcess): void;
  /** Whether the kernel reported the jail out of memory. */
  outOfMemory(): boolean;
  /** Ends every process in the jail and waits until none is left. */
  end(): Promise<void>;
}

/**
 * How a grading run keeps the grader and the student's code apart: locally (npm run grade, watch) both run
 * as the user, the student's code in process groups of its own; in the autograder (as root) the grader and
 * the student's code run as two fresh uids, each student process in a cgroup (sandbox.ts).
 */
export interface Isolation {
  /** The command line that starts the grader. */
  grader(command: string, args: readonly string[]): [string, string[]];
  /** A fresh jail for one student process. */
  jail(name: string, limits: { readonly memoryMB: number }): Promise<Jail>;
  /** After the run: anything of the grader left is ended. */
  endGrader(): Promise<void>;
  /** One line for the staff's output: what contains the student's code here. */
  describe(): string;
}

/** Ends a process group (SIGKILL), ignoring one that is gone. */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // gone already
  }
}

/**
 * A student's own machine: no other user to protect, so no user switch. Each student process leads a process
 * group of its own, killed as a whole; time limits, output caps and the heap limit (--max-old-space-size)
 * hold as in the autograder.
 */
export const localIsolation: Isolation = {
  grader: (command, args) => [command, [...args]],
  async jail() {
    let pid: number | undefined;
    let exited: Promise<void> = Promise.resolve();
    return {
      command: (command, args) => [command, [...args]],
      attach(child) {
        pid = child.pid;
        exited = new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) done();
          else child.on("exit", () => done());
        });
      },
      outOfMemory: () => false,
      async end() {
        killGroup(pid);
        await exited;
      },
    };
  },
  async endGrader() {},
  describe: () => "local run: the student's code runs as this user, in process groups of its own (no cgroups)",
};

/** How a jailed command ended. */
export interface JailedRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  /** stdout and stderr together, cut at the output limit. */
  readonly output: string;
}

/**
 * Runs one command to completion in a fresh jail of `isolation` (the type-check of the student's files, as
 * the student), with a time limit and an output cap; everything it started is ended with it.
 */
export async function runJailed(
  isolation: Isolation,
  command: string,
  args: readonly string[],
  options: {
    readonly cwd: string;
    readonly env: NodeJS.ProcessEnv;
    readonly timeoutMs: number;
    readonly outputLimit: number;
    readonly memoryMB: number;
  },
): Promise<JailedRun> {
  const jail = await isolation.jail("command", { memoryMB: options.memoryMB });
  const [jailed, jailedArgs] = jail.command(command, args);
  const child = spawn(jailed, jailedArgs, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  jail.attach(child);
  const kept: Buffer[] = [];
  let keptBytes = 0;
  const collect = (chunk: Buffer): void => {
    if (keptBytes >= options.outputLimit) return;
    const part = chunk.subarray(0, options.outputLimit - keptBytes);
    kept.push(part);
    keptBytes += part.length;
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void jail.end();
  }, options.timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on("error", fail);
    child.on("exit", (exitCode, exitSignal) => done([exitCode, exitSignal]));
  });
  clearTimeout(timer);
  await jail.end();
  return { code, signal, timedOut, output: Buffer.concat(kept).toString("utf8") };
}
