import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  rmdirSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { type Isolation, type Jail, killGroup } from "./isolation.js";

/**
 * The autograder's isolation, as root: the grader and the student's code run as two fresh uids (no account
 * has them, no other run holds them), every student process in a cgroup of its own with a memory and a
 * process limit, ended with cgroup.kill; root's own processes are shielded from the OOM killer.
 */

/** An unprivileged identity. */
export interface Account {
  readonly uid: number;
  readonly gid: number;
}

/** Per-process limits for everything an account runs: processes (threads count too) and file size. */
const MAX_PROCESSES = 512;
const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Where the uids a run holds are written down, so parallel runs (a regrade) never share one. */
const UID_LOCKS = "/run/gradkit-uids";
/** The range fresh uids come from: far above any account; a user namespace that maps fewer uids gets the low range. */
const HIGH_UIDS = { from: 1_600_000_000, size: 100_000_000 };
const LOW_UIDS = { from: 40_000, size: 20_000 };

/** The uids the accounts of this machine have (/etc/passwd), which a run never takes. */
function accountUids(): Set<number> {
  const uids = new Set<number>();
  for (const line of existsSync("/etc/passwd") ? readFileSync("/etc/passwd", "utf8").split("\n") : []) {
    const uid = Number(line.split(":")[2]);
    if (Number.isInteger(uid)) uids.add(uid);
  }
  return uids;
}

/** Whether this machine lets root switch to `uid` (a user namespace may map only the low uids). */
function canSwitchTo(uid: number): boolean {
  return spawnSync("setpriv", [`--reuid=${uid}`, `--regid=${uid}`, "--clear-groups", "--", "true"]).status === 0;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * `count` fresh uids for one run: in no account, with no process, not held by another live run (a lock file
 * per uid under /run/gradkit-uids, taken with O_EXCL; a lock whose run is dead is taken over). Released by
 * `releaseUids`.
 */
export function allocateUids(count: number): number[] {
  mkdirSync(UID_LOCKS, { recursive: true, mode: 0o700 });
  const taken = accountUids();
  const range = canSwitchTo(HIGH_UIDS.from) ? HIGH_UIDS : LOW_UIDS;
  const uids: number[] = [];
  for (let attempt = 0; uids.length < count && attempt < 1000; attempt++) {
    const uid = range.from + randomInt(range.size);
    if (taken.has(uid) || uids.includes(uid) || processesOf(uid).length > 0) continue;
    const lock = join(UID_LOCKS, String(uid));
    try {
      const fd = openSync(lock, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
    } catch {
      const owner = Number(existsSync(lock) ? readFileSync(lock, "utf8") : Number.NaN);
      if (Number.isInteger(owner) && alive(owner)) continue;
      writeFileSync(lock, String(process.pid));
    }
    uids.push(uid);
  }
  if (uids.length < count) throw new Error("No free uid for the grading run");
  return uids;
}

export function releaseUids(uids: readonly number[]): void {
  for (const uid of uids) rmSync(join(UID_LOCKS, String(uid)), { force: true });
}

/**
 * The processes whose real, effective or saved uid is `uid`, zombies included when a thread of theirs still
 * runs (a main thread that left by SYS_exit shows Z while its other threads go on).
 */
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
    if (uids === null || !uids.slice(1).map(Number).includes(uid)) continue;
    const state = /^State:\s+(\S)/m.exec(status)?.[1];
    const threads = Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 1);
    if (state !== "Z" || threads > 1) pids.push(Number(name));
  }
  return pids;
}

/**
 * Ends every process of `uid` (SIGKILL), looking again until none is left, so a fork flood cannot outrun it.
 * Returns how many it signalled; throws if some survive 200 rounds (a process stuck in the kernel).
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
        // gone already
      }
    }
    await new Promise((done) => setTimeout(done, round < 10 ? 10 : 50));
  }
  throw new Error(`Processes of uid ${uid} survive: ${processesOf(uid).join(", ")}`);
}

/** Removes what `uid` left in the machine's shared temporary folders (a fresh uid owns nothing else there). */
export function sweepSharedFolders(uid: number): number {
  let removed = 0;
  for (const folder of ["/tmp", "/var/tmp", "/dev/shm", "/run/lock"]) {
    if (!existsSync(folder)) continue;
    const found = spawnSync("find", [folder, "-xdev", "-mindepth", "1", "-uid", String(uid), "-prune", "-print0"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const path of (found.stdout ?? "").split("\0").filter((path) => path.length > 0)) {
      rmSync(path, { recursive: true, force: true });
      removed += 1;
    }
  }
  return removed;
}

/** Writes a value into a file of /proc or /sys, ignoring a kernel that refuses. */
function tryWrite(file: string, value: string): boolean {
  try {
    writeFileSync(file, value);
    return true;
  } catch {
    return false;
  }
}

/** The cgroup hierarchies this machine lets root use. */
interface Cgroups {
  /** The v2 folder runs nest under (cgroup.kill, and memory/pids when delegated there), if any. */
  readonly v2?: { readonly dir: string; readonly memory: boolean; readonly pids: boolean };
  /** v1 memory and pids folders, where v2 does not have those controllers. */
  readonly v1Memory?: string;
  readonly v1Pids?: string;
}

/** This process's cgroup path in each hierarchy of /proc/self/cgroup ("" for v2, else the controller). */
function ownCgroups(): Map<string, string> {
  const paths = new Map<string, string>();
  for (const line of readFileSync("/proc/self/cgroup", "utf8").split("\n")) {
    const [, controllers, path] = /^\d+:([^:]*):(.*)$/.exec(line) ?? [];
    if (path === undefined) continue;
    for (const controller of controllers!.split(",")) paths.set(controller, path);
  }
  return paths;
}

/** Mount points of cgroup file systems: "cgroup2" -> its folder, and each v1 controller -> its folder. */
function cgroupMounts(): Map<string, string> {
  const mounts = new Map<string, string>();
  for (const line of readFileSync("/proc/self/mountinfo", "utf8").split("\n")) {
    const [left, right] = line.split(" - ");
    if (left === undefined || right === undefined) continue;
    const mountPoint = left.split(" ")[4]!;
    const [type, , options] = right.split(" ");
    if (type === "cgroup2") mounts.set("cgroup2", mountPoint);
    else if (type === "cgroup") for (const option of (options ?? "").split(",")) mounts.set(option, mountPoint);
  }
  return mounts;
}

/**
 * Finds what cgroups root may create here, and makes `gradkit-<name>` folders for this run. How to tell by hand:
 * `cat /proc/self/cgroup` (a `0::` line is v2) and `mount | grep cgroup`; the run's staff output says what it used.
 */
function probeCgroups(name: string): Cgroups {
  const own = ownCgroups();
  const mounts = cgroupMounts();
  const found: { v2?: Cgroups["v2"]; v1Memory?: string; v1Pids?: string } = {};
  const v2Mount = mounts.get("cgroup2");
  if (v2Mount !== undefined && own.has("")) {
    const parent = join(v2Mount, own.get("")!);
    const dir = join(parent, `gradkit-${name}`);
    if (tryMkdir(dir) && existsSync(join(dir, "cgroup.kill"))) {
      const available = (
        existsSync(join(dir, "cgroup.controllers")) ? readFileSync(join(dir, "cgroup.controllers"), "utf8") : ""
      ).split(/\s+/);
      const wanted = ["memory", "pids"].filter((controller) => available.includes(controller));
      if (wanted.length > 0) tryWrite(join(dir, "cgroup.subtree_control"), wanted.map((c) => `+${c}`).join(" "));
      const enabled = existsSync(join(dir, "cgroup.subtree_control"))
        ? readFileSync(join(dir, "cgroup.subtree_control"), "utf8")
        : "";
      found.v2 = { dir, memory: enabled.includes("memory"), pids: enabled.includes("pids") };
    }
  }
  for (const controller of ["memory", "pids"] as const) {
    if (found.v2?.[controller] === true) continue;
    const mount = mounts.get(controller);
    const path = own.get(controller);
    if (mount === undefined || path === undefined) continue;
    const dir = join(mount, path, `gradkit-${name}`);
    if (tryMkdir(dir)) {
      if (controller === "memory") found.v1Memory = dir;
      else found.v1Pids = dir;
    }
  }
  return found;
}

function tryMkdir(dir: string): boolean {
  try {
    mkdirSync(dir);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EEXIST";
  }
}

const members = (dir: string): number[] => {
  try {
    return readFileSync(join(dir, "cgroup.procs"), "utf8")
      .split("\n")
      .filter((line) => line.length > 0)
      .map(Number);
  } catch {
    return [];
  }
};

/** Ends every process of a cgroup folder (cgroup.kill in v2, else SIGKILL to each until none) and removes it. */
async function emptyCgroup(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const hasKill = existsSync(join(dir, "cgroup.kill"));
  for (let round = 0; round < 400; round++) {
    let children: string[];
    try {
      children = readdirSync(dir, { withFileTypes: true })
        .filter((child) => child.isDirectory())
        .map((child) => child.name);
    } catch {
      return; // removed meanwhile (a jail ended twice)
    }
    for (const child of children) await emptyCgroup(join(dir, child));
    const pids = members(dir);
    if (pids.length === 0) break;
    if (hasKill) tryWrite(join(dir, "cgroup.kill"), "1");
    else for (const pid of pids) tryKill(pid);
    await new Promise((done) => setTimeout(done, round < 20 ? 5 : 50));
  }
  try {
    rmdirSync(dir);
  } catch {
    // a process stuck in the kernel: the uid sweep reports it
  }
}

function tryKill(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // gone
  }
}

/** The options of a sandboxed run. */
export interface SandboxOptions {
  readonly grader: Account;
  readonly student: Account;
  /** A name unique to the run (cgroup folders are named after it). */
  readonly name: string;
}

/** The sandbox of one run: its isolation for the grading run, and what it found about the machine. */
export interface Sandbox extends Isolation {
  readonly cgroups: Cgroups;
  /** Runs `command` as the student in a jail of its own (tsc), to completion. */
  readonly student: Account;
  readonly grader: Isolation["grader"];
  /** After the run: every process of both uids ended, their files in shared folders removed, cgroups removed. */
  close(): Promise<string[]>;
}

/**
 * Makes the sandbox of one run. Root's own process is shielded from the OOM killer (oom_score_adj -1000), as is
 * the grader; the student's processes are its first choice (1000).
 */
export function createSandbox(options: SandboxOptions): Sandbox {
  tryWrite("/proc/self/oom_score_adj", "-1000");
  const cgroups = probeCgroups(options.name);
  let jails = 0;
  const jailDirs = (label: string): string[] => {
    const dirs: string[] = [];
    for (const parent of [cgroups.v2?.dir, cgroups.v1Memory, cgroups.v1Pids]) {
      if (parent === undefined) continue;
      const dir = join(parent, label);
      if (tryMkdir(dir)) dirs.push(dir);
    }
    return dirs;
  };
  /** The command line that enters `dirs`, sets the OOM score, limits and drops to `account`, then runs `command`. */
  const wrap = (
    account: Account,
    dirs: readonly string[],
    oomScore: number,
    command: string,
    args: readonly string[],
  ): [string, string[]] => {
    const enter = dirs.map((dir) => `echo $$ > ${join(dir, "cgroup.procs")}`).join(" && ");
    // The OOM score may be refused (some kernels refuse any negative value): best effort, never fatal.
    const script = `${enter === "" ? "" : `${enter} && `}{ echo ${oomScore} > /proc/self/oom_score_adj; } 2>/dev/null; exec "$@"`;
    return [
      "sh",
      [
        "-c",
        script,
        "gradkit-jail",
        "prlimit",
        `--nproc=${MAX_PROCESSES}`,
        `--fsize=${MAX_FILE_BYTES}`,
        "--",
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
  };
  const graderDirs = jailDirs("grader");
  const describe = (): string => {
    const parts: string[] = [];
    if (cgroups.v2 !== undefined)
      parts.push(
        `cgroup v2 at ${cgroups.v2.dir} (cgroup.kill${cgroups.v2.memory ? ", memory.max" : ""}${cgroups.v2.pids ? ", pids.max" : ""})`,
      );
    if (cgroups.v1Memory !== undefined) parts.push(`cgroup v1 memory at ${cgroups.v1Memory}`);
    if (cgroups.v1Pids !== undefined) parts.push(`cgroup v1 pids at ${cgroups.v1Pids}`);
    const contained =
      parts.length > 0
        ? `each student process in a cgroup of its own: ${parts.join("; ")}`
        : "NO cgroups here (none writable): processes limited by prlimit, ended by uid, memory only by Node's heap limit";
    return `sandboxed run: grader uid ${options.grader.uid}, student uid ${options.student.uid}; ${contained}`;
  };
  return {
    cgroups,
    student: options.student,
    grader: (command, args) => wrap(options.grader, graderDirs, -1000, command, args),
    async jail(_name, limits) {
      const dirs = jailDirs(`student-${++jails}`);
      const memoryBytes = String(limits.memoryMB * 1024 * 1024);
      for (const dir of dirs) {
        if (existsSync(join(dir, "memory.max"))) tryWrite(join(dir, "memory.max"), memoryBytes);
        if (existsSync(join(dir, "memory.swap.max"))) tryWrite(join(dir, "memory.swap.max"), "0");
        if (existsSync(join(dir, "memory.limit_in_bytes"))) tryWrite(join(dir, "memory.limit_in_bytes"), memoryBytes);
        if (existsSync(join(dir, "pids.max"))) tryWrite(join(dir, "pids.max"), String(MAX_PROCESSES));
      }
      let pid: number | undefined;
      const jail: Jail = {
        command: (command, args) => wrap(options.student, dirs, 1000, command, args),
        attach(child) {
          pid = child.pid;
        },
        outOfMemory() {
          return dirs.some((dir) => {
            const events = join(dir, "memory.events");
            if (existsSync(events) && /^oom_kill [1-9]/m.test(readFileSync(events, "utf8"))) return true;
            const control = join(dir, "memory.oom_control");
            return existsSync(control) && /^oom_kill [1-9]/m.test(readFileSync(control, "utf8"));
          });
        },
        // No sweep of the uid here: the type-check runs as the same uid beside the tests. Without cgroups, a
        // process that left its group lives until close() sweeps the uid; it can reach only the student's own code.
        async end() {
          killGroup(pid);
          for (const dir of dirs) await emptyCgroup(dir);
        },
      };
      return jail;
    },
    async endGrader() {
      for (const dir of graderDirs) await emptyCgroup(dir);
    },
    describe,
    async close() {
      const notes: string[] = [];
      for (const account of [options.student, options.grader]) {
        const killed = await endAllOf(account.uid);
        if (killed > 0) notes.push(`ended ${killed} leftover process(es) of uid ${account.uid}`);
        const removed = sweepSharedFolders(account.uid);
        if (removed > 0) notes.push(`removed ${removed} file(s) of uid ${account.uid} from /tmp, /var/tmp, /dev/shm`);
      }
      for (const dir of [cgroups.v2?.dir, cgroups.v1Memory, cgroups.v1Pids])
        if (dir !== undefined) await emptyCgroup(dir);
      return notes;
    },
  };
}
