/**
 * The grader's end of a grading run, inside the vitest worker that runs the tests: every `@impl/...` import
 * is a module of live bindings (implModule) filled, before each test file's tests, with what the student's
 * process exports. Functions and objects are handles: calling one sends a request and waits for the reply,
 * synchronously, so the tests read as they always have (`new Multiplication(x, y).eval(env)`).
 *
 * Nothing of the student's runs here. What comes back is data, decoded defensively (wire.ts); a reply that
 * breaks the protocol ends that student process and fails its tests without quoting it.
 *
 * KIT_LINK names the two file descriptors to the supervisor ("3,4": we write to 3, read from 4). Frames to
 * and from the supervisor carry a channel number: 0 for control, n for the student process n.
 */
import { Expression, LinearLayer, Optimizer, Parameter, SGD, Adam, AdamW } from "../../../src/index.js";
import { LOAD_FAILED } from "../failureMessage.js";
import { readFrameSync, writeAllSync, header } from "./frames.js";
import { type Tagged, type Wire, WireError, decode, encode, errorInfo } from "./wire.js";

/** The message of every call after the student's process ended, and its start when the supervisor ended it. */
export const PROCESS_ENDED = "Your code's process ended";

const [toSupervisor, fromSupervisor] = (process.env.KIT_LINK ?? "-1,-1").split(",").map(Number) as [number, number];

function sendFrame(channel: number, payload: Buffer): void {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(channel, 0);
  writeAllSync(toSupervisor, Buffer.concat([header(payload.length + 4), head, payload]));
}

interface Incoming {
  readonly channel: number;
  readonly payload: Buffer;
}

function receiveFrame(): Incoming {
  const frame = readFrameSync(fromSupervisor);
  if (frame === undefined || frame.length < 4) throw new Error("The grading supervisor is gone");
  return { channel: frame.readUInt32BE(0), payload: frame.subarray(4) };
}

/** A control message from the supervisor, which is trusted. */
interface Control {
  readonly op: "opened" | "refused" | "ended";
  readonly channel?: number;
  readonly message?: string;
}

/** The error a test sees when the student's code threw: its message and where in the student's files. */
export class StudentCodeError extends Error {
  override name = "StudentCodeError";
}

/** One student process, for one test file. */
class Channel {
  private sequence = 0;
  private ended: string | undefined;
  private readonly proxies = new Map<number, object>();
  private readonly handleIds = new WeakMap<object, number>();
  private readonly callbacks = new Map<number, (...args: unknown[]) => unknown>();
  private readonly callbackIds = new WeakMap<object, number>();
  private readonly mirrors = new Map<number, object>();
  private readonly mirrorIds = new WeakMap<object, number>();
  /** The value and grad each mirrored parameter had when last in step with the student's copy. */
  private readonly inStep = new Map<number, [number, number]>();

  constructor(readonly id: number) {}

  // ---- values out ----

  private mirrorId(value: object): number {
    let id = this.mirrorIds.get(value);
    if (id === undefined) {
      id = this.mirrors.size + 1;
      this.mirrors.set(id, value);
      this.mirrorIds.set(value, id);
    }
    return id;
  }

  private parameterWire(parameter: Parameter): Tagged {
    const id = this.mirrorId(parameter);
    this.inStep.set(id, [parameter.value, parameter.grad]);
    return {
      $: "param",
      id,
      name: parameter.name,
      value: this.encode(parameter.value),
      grad: this.encode(parameter.grad),
      rg: parameter.requiresGrad,
    };
  }

  private readonly encodeHook = (value: object): Tagged | undefined => {
    const handle = this.handleIds.get(value);
    if (handle !== undefined) return { $: "h", id: handle };
    if (value instanceof Parameter) return this.parameterWire(value);
    if (value instanceof Expression) {
      if (containsParameter(value))
        throw new WireError("an expression holding parameters cannot be sent to the student's code");
      return { $: "expr", text: value.toString() };
    }
    if (value instanceof LinearLayer) {
      return {
        $: "layer",
        id: this.mirrorId(value),
        in: value.inFeatures,
        out: value.outFeatures,
        name: value.name,
        weight: value.weight.map((row) => row.map((p) => this.parameterWire(p))),
        bias: value.bias.map((p) => this.parameterWire(p)),
      };
    }
    if (value instanceof Optimizer) {
      const kind =
        value instanceof SGD ? "SGD" : value instanceof AdamW ? "AdamW" : value instanceof Adam ? "Adam" : undefined;
      if (kind === undefined) throw new WireError(`a ${value.constructor.name} cannot be sent`);
      return {
        $: "opt",
        id: this.mirrorId(value),
        kind,
        options: this.encode((value as SGD | Adam).options),
        params: value.parameters.map((p) => this.parameterWire(p as Parameter)),
      };
    }
    if (typeof value === "function") {
      let id = this.callbackIds.get(value);
      if (id === undefined) {
        id = this.callbacks.size + 1;
        this.callbacks.set(id, value as (...args: unknown[]) => unknown);
        this.callbackIds.set(value, id);
      }
      return { $: "cb", id };
    }
    return undefined;
  };

  encode(value: unknown): Wire {
    return encode(value, this.encodeHook);
  }

  /** The mirrored parameters the tests changed since the student's copy last matched. */
  private changedMirrors(): [number, Wire, Wire][] {
    const changed: [number, Wire, Wire][] = [];
    for (const [id, value] of this.mirrors) {
      if (!(value instanceof Parameter)) continue;
      const last = this.inStep.get(id);
      if (last !== undefined && Object.is(last[0], value.value) && Object.is(last[1], value.grad)) continue;
      this.inStep.set(id, [value.value, value.grad]);
      changed.push([id, this.encode(value.value), this.encode(value.grad)]);
    }
    return changed;
  }

  // ---- values in ----

  private readonly decodeHook = (tagged: Tagged): unknown => {
    if (tagged.$ === "m") {
      const mirror = this.mirrors.get(Number(tagged.id));
      if (mirror === undefined) throw new WireError("an unknown mirror");
      return mirror;
    }
    if (tagged.$ !== "h" || !Number.isSafeInteger(tagged.id)) throw new WireError("an unknown tag");
    const id = tagged.id as number;
    const known = this.proxies.get(id);
    if (known !== undefined) return known;
    const methods = Array.isArray(tagged.methods)
      ? tagged.methods.filter((name): name is string => typeof name === "string").slice(0, 500)
      : [];
    const proxy = handleProxy(this, id, tagged.fn === true, typeof tagged.cls === "string" ? tagged.cls : "", methods);
    this.proxies.set(id, proxy);
    this.handleIds.set(proxy, id);
    return proxy;
  };

  private applyState(state: unknown): void {
    if (!Array.isArray(state)) throw new WireError("a malformed state");
    for (const entry of state as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 3) throw new WireError("a malformed state entry");
      const parameter = this.mirrors.get(Number(entry[0]));
      const value = decode(entry[1], this.decodeHook);
      const grad = decode(entry[2], this.decodeHook);
      if (!(parameter instanceof Parameter) || typeof value !== "number" || typeof grad !== "number")
        throw new WireError("a malformed state entry");
      parameter.value = value;
      parameter.grad = grad;
      this.inStep.set(Number(entry[0]), [value, grad]);
    }
  }

  // ---- requests ----

  private fail(message: string): never {
    throw new StudentCodeError(message);
  }

  /** Sends a request to the student's process and returns its decoded result (or throws its error). */
  request(message: Record<string, unknown>): unknown {
    if (this.ended !== undefined) this.fail(this.ended);
    const q = ++this.sequence;
    sendFrame(this.id, Buffer.from(JSON.stringify({ ...message, q, p: this.changedMirrors() })));
    for (;;) {
      const { channel, payload } = receiveFrame();
      if (channel === 0) {
        const control = JSON.parse(payload.toString("utf8")) as Control;
        if (control.op === "ended" && control.channel === this.id) {
          this.ended = control.message ?? PROCESS_ENDED;
          this.fail(this.ended);
        }
        continue;
      }
      if (channel !== this.id) continue;
      let reply: Record<string, unknown>;
      try {
        const parsed = JSON.parse(payload.toString("utf8")) as unknown;
        if (typeof parsed !== "object" || parsed === null) throw new WireError("not an object");
        reply = parsed as Record<string, unknown>;
        if ("s" in reply) this.applyState(reply.s);
        if (reply.op === "cb") {
          this.serveCallback(reply);
          continue;
        }
        if (reply.a !== q) throw new WireError("a reply to another request");
        if ("err" in reply) {
          const info = errorInfo(reply.err);
          const text = info.name === "Error" || info.name === "" ? info.message : `${info.name}: ${info.message}`;
          const where = info.where?.replace(/:\d+$/, "");
          const error = new StudentCodeError(where === undefined ? text : `${text}\n  at ${where}`);
          error.stack = error.message;
          throw error;
        }
        return decode(reply.ok, this.decodeHook);
      } catch (error) {
        if (error instanceof StudentCodeError) throw error;
        // Never quote what broke the protocol: it is the student's, and may hold anything.
        this.breakOff(
          `${PROCESS_ENDED}: its reply broke the grading protocol (${error instanceof WireError ? error.message : "malformed"}), so these tests fail.`,
        );
      }
    }
  }

  private serveCallback(message: Record<string, unknown>): void {
    const callback = this.callbacks.get(Number(message.fn));
    if (callback === undefined) throw new WireError("a call to an unknown function");
    let reply: object;
    try {
      const args = Array.isArray(message.args) ? message.args.map((arg: unknown) => decode(arg, this.decodeHook)) : [];
      reply = { r: message.c, ok: this.encode(callback(...args)), p: this.changedMirrors() };
    } catch (error) {
      if (error instanceof WireError) throw error;
      reply = { r: message.c, err: { name: "Error", message: (error as Error).message } };
    }
    sendFrame(this.id, Buffer.from(JSON.stringify(reply)));
  }

  /** Ends this student process for a protocol error: the supervisor kills it, every later call fails. */
  breakOff(message: string): never {
    this.ended = message;
    control({ op: "broken", channel: this.id, message });
    this.fail(message);
  }

  close(): void {
    if (this.ended === undefined) control({ op: "close", channel: this.id });
    this.ended ??= PROCESS_ENDED;
  }
}

function containsParameter(expression: Expression): boolean {
  const pending = [expression];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node instanceof Parameter) return true;
    pending.push(...node.children);
  }
  return false;
}

/** Names the handle answers locally: what vitest, pretty-format and promises probe on any value. */
const LOCAL = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
  "constructor",
]);

/** A stand-in for an object or function that lives in the student's process. */
function handleProxy(channel: Channel, id: number, callable: boolean, cls: string, methods: readonly string[]): object {
  const self = { $: "h", id };
  const methodSet = new Set(methods);
  const bound = new Map<string, (...args: unknown[]) => unknown>();
  const named = { [cls || "StudentObject"]: class {} }[cls || "StudentObject"]!;
  const args = (list: readonly unknown[]): Wire[] => list.map((arg) => channel.encode(arg));
  const target = callable ? function student() {} : {};
  return new Proxy(target, {
    get(_target, key) {
      if (typeof key === "symbol") return undefined;
      if (LOCAL.has(key)) return key === "constructor" ? named : undefined;
      if (methodSet.has(key)) {
        let method = bound.get(key);
        if (method === undefined) {
          method = (...list: unknown[]) => channel.request({ op: "invoke", o: self, k: key, args: args(list) });
          bound.set(key, method);
        }
        return method;
      }
      return channel.request({ op: "get", o: self, k: key });
    },
    set(_target, key, value) {
      if (typeof key === "symbol") return false;
      channel.request({ op: "set", o: self, k: key, v: channel.encode(value) });
      return true;
    },
    has(_target, key) {
      return (
        typeof key === "string" &&
        (methodSet.has(key) || (channel.request({ op: "keys", o: self }) as string[]).includes(key))
      );
    },
    ownKeys() {
      const keys = channel.request({ op: "keys", o: self });
      return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === "string") : [];
    },
    getOwnPropertyDescriptor(_target, key) {
      if (typeof key === "symbol") return undefined;
      return {
        value: channel.request({ op: "get", o: self, k: key }),
        enumerable: true,
        configurable: true,
        writable: true,
      };
    },
    apply(_target, thisArg, list) {
      return channel.request({
        op: "call",
        f: self,
        ...(thisArg === undefined ? {} : { t: channel.encode(thisArg) }),
        args: args(list),
      });
    },
    construct(_target, list) {
      return channel.request({ op: "new", f: self, args: args(list) }) as object;
    },
  });
}

function control(message: object): void {
  sendFrame(0, Buffer.from(JSON.stringify(message)));
}

/** Opens a student process for one test file (the supervisor starts it with that exercise's limits). */
function open(file: string): Channel {
  if (toSupervisor < 0) {
    throw new Error(
      "The graded tests run through the grading run, which runs your code in a process of its own: use npm run grade or npm run watch, not vitest directly",
    );
  }
  control({ op: "open", file });
  for (;;) {
    const { channel, payload } = receiveFrame();
    if (channel !== 0) continue;
    const reply = JSON.parse(payload.toString("utf8")) as Control;
    if (reply.op === "opened" && typeof reply.channel === "number") return new Channel(reply.channel);
    if (reply.op === "refused") throw new Error(reply.message ?? "The supervisor refused to start the student's code");
  }
}

// ---- the @impl modules ----

interface ImplModule {
  readonly path: string;
  readonly names: readonly string[];
  readonly assign: (values: Readonly<Record<string, unknown>>) => void;
}

const modules = new Map<string, ImplModule>();
let current: Channel | undefined;

/** A stand-in that throws `message` whenever it is used (called, constructed, or a property read). */
function thrower(message: string): unknown {
  const fail = (): never => {
    const error = new StudentCodeError(message);
    error.stack = message;
    throw error;
  };
  return new Proxy(function unavailable() {}, {
    get: (_t, key) => (key === "then" || typeof key === "symbol" ? undefined : fail()),
    apply: fail,
    construct: fail,
  });
}

/**
 * Registers one `@impl/<path>.js` module: `names` are the exports the test may import (read from the trusted
 * stubs), `assign` sets its live bindings. Until a test file starts, each binding throws: a test must not use
 * the student's code while it is being collected, or the grader could not count its tests.
 */
export function implModule(path: string, names: readonly string[], assign: ImplModule["assign"]): void {
  modules.set(path, { path, names, assign });
  const early = `${path} was used while the tests were being collected: call it inside it(), beforeAll() or beforeEach()`;
  assign(Object.fromEntries(names.map((name) => [name, thrower(early)])));
}

/** Where a test file belongs: tests/<suite>/<folder>/... */
function exerciseOf(testFile: string): string | undefined {
  return /[/\\]tests[/\\](?:graded|hidden)[/\\]([^/\\]+)[/\\]/.exec(testFile)?.[1];
}

/**
 * Before a test file's tests: a fresh student process for it, and every @impl module of its exercise loaded
 * there and bound. A module that does not load binds each name to a thrower carrying the load error, so each
 * test fails with it (and keeps its place in the count).
 */
export async function beginFile(testFile: string, relativeFile: string): Promise<void> {
  current?.close();
  current = open(relativeFile);
  const exercise = exerciseOf(testFile);
  for (const module of modules.values()) {
    if (module.path.split("/")[0] !== exercise) continue;
    let values: Record<string, unknown>;
    try {
      const loaded = current.request({ op: "import", path: module.path });
      values = loaded !== null && typeof loaded === "object" ? (loaded as Record<string, unknown>) : {};
    } catch (error) {
      const reason = (error as Error).message;
      const message = reason.startsWith(PROCESS_ENDED) ? reason : `${LOAD_FAILED}: ${reason}`;
      module.assign(Object.fromEntries(module.names.map((name) => [name, thrower(message)])));
      continue;
    }
    const exported = Object.keys(values);
    module.assign(
      Object.fromEntries(
        module.names.map((name) => [
          name,
          Object.hasOwn(values, name)
            ? values[name]
            : thrower(
                `Your file ${module.path}.ts does not export "${name}" (it exports: ${exported.join(", ") || "nothing"})`,
              ),
        ]),
      ),
    );
  }
}

/** After a test file: its student process is ended. */
export function endFile(): void {
  current?.close();
  current = undefined;
}
