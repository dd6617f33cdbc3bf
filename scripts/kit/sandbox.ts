import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import type { Readable } from "node:stream";

/** The unprivileged account student code runs as. */
export interface Account {
  readonly uid: number;
  readonly gid: number;
}

/** Per-process limits for everything the account runs: processes (threads count too) and file size. */
const MAX_PROCESSES = 512;
const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The command line that runs `command` as `account`: prlimit caps its processes and file sizes, setpriv
 * drops to the account's uid and gid with no supplementary groups and no way back (no_new_privs).
 *
 * @example
 * asAccount({ uid: 1001, gid: 1001 }, "node", ["-v"])
 * // ["prlimit", ["--nproc=512", "--fsize=104857600", "setpriv", "--reuid=1001", ..., "--", "node", "-v"]]
 */
export function asAccount(account: Account, command: string, args: readonly string[]): [string, string[]] {
  return [
    "prlimit",
    [
      `--nproc=${MAX_PROCESSES}`,
      `--fsize=${MAX_FILE_BYTES}`,
      "setpriv",
      `--reuid=${account.uid}`,
      `--regid=${account.gid}`,
      "--clear-groups",
      "--no-new-privs",
      "--",
      command,
      ...args,
    ],
  ];
}

/** How a limited run ended. */
export interface LimitedRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  /** stdout and stderr together, cut at the output limit. */
  readonly output: string;
  /** How many bytes of output there were in all (the rest was thrown away as it came). */
  readonly outputBytes: number;
  /** What arrived on file descriptor 3, cut at 16 MB. */
  readonly channel: string;
}

const CHANNEL_LIMIT = 16 * 1024 * 1024;

/**
 * Runs a command in a process group of its own with a time limit and an output limit. On time-out the whole
 * group is killed. `stdin` is written and closed at once; file descriptor 3 is a pipe whose content comes back
 * as `channel`. Processes that left the group are not waited for (the caller ends them by uid).
 */
export function runLimited(
  command: string,
  args: readonly string[],
  options: {
    readonly cwd: string;
    readonly env: NodeJS.ProcessEnv;
    readonly timeoutMs: number;
    readonly outputLimit: number;
    readonly stdin?: string;
  },
): Promise<LimitedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["pipe", "pipe", "pipe", "pipe"],
    });
    const kept: Buffer[] = [];
    let keptBytes = 0;
    let outputBytes = 0;
    const channel: Buffer[] = [];
    let channelBytes = 0;
    let timedOut = false;
    const collect = (chunk: Buffer): void => {
      outputBytes += chunk.length;
      if (keptBytes < options.outputLimit) {
        const part = chunk.subarray(0, options.outputLimit - keptBytes);
        kept.push(part);
        keptBytes += part.length;
      }
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    const fd3 = child.stdio[3] as Readable;
    fd3.on("data", (chunk: Buffer) => {
      if (channelBytes < CHANNEL_LIMIT) {
        channel.push(chunk);
        channelBytes += chunk.length;
      }
    });
    const ignore = (): void => {};
    child.stdin!.on("error", ignore);
    for (const stream of [child.stdout!, child.stderr!, fd3]) stream.on("error", ignore);
    child.stdin!.end(options.stdin ?? "");
    const killGroup = (): void => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // The group is gone already.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      killGroup();
      // Whatever is still in the pipes arrives shortly; a process that escaped the group may hold them open forever.
      const streams = [child.stdout!, child.stderr!, fd3];
      let open = streams.length;
      const finish = (): void => {
        for (const stream of streams) stream.destroy();
        resolve({
          code,
          signal,
          timedOut,
          output: Buffer.concat(kept).toString("utf8"),
          outputBytes,
          channel: Buffer.concat(channel).toString("utf8"),
        });
      };
      const grace = setTimeout(finish, 1000);
      for (const stream of streams) {
        stream.on("end", () => {
          open -= 1;
          if (open === 0) {
            clearTimeout(grace);
            finish();
          }
        });
      }
    });
  });
}

/** The live (not zombie) processes whose real, effective or saved uid is `uid`. */
export function processesOf(uid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${name}/status`, "utf8");
    } catch {
      continue; // it ended while we looked
    }
    const uids = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status);
    const state = /^State:\s+(\S)/m.exec(status)?.[1];
    if (uids !== null && state !== "Z" && uids.slice(1).map(Number).includes(uid)) pids.push(Number(name));
  }
  return pids;
}

/**
 * Ends every process of `uid` (SIGKILL), looking again until none is left, so a fork flood cannot outrun it.
 * Returns how many it killed; throws if some survive 200 rounds (a process stuck in the kernel), which the
 * caller reports.
 */
export async function endAllOf(uid: number): Promise<number> {
  let killed = 0;
  for (let round = 0; round < 200; round++) {
    const pids = processesOf(uid);
    if (pids.length === 0) return killed;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
        killed += 1;
      } catch {
        // Gone already.
      }
    }
    await new Promise((done) => setTimeout(done, round < 10 ? 10 : 50));
  }
  throw new Error(`Processes of uid ${uid} survive: ${processesOf(uid).join(", ")}`);
}
