/**
 * The student's process: loads the student's modules and runs what the grader asks of them, nothing else.
 * It holds no test, no assertion, no expected value and no secret: whatever its code does here (patching
 * the library, rewriting globals, forging replies) changes only the student's own answers.
 *
 * Requests come on stdin (fd 0), replies go to fd 3, one JSON frame each (frames.ts). The student's prints
 * go to stdout/stderr, which the supervisor keeps for staff. Objects stay here and cross as handles;
 * plain data is copied; the grader's expressions arrive as formulas, its parameters, layers and optimizers
 * as mirrors whose values and grads go back after every reply.
 *
 * Environment: KIT_WORK, the folder laid out like exercises/ whose modules may be loaded; KIT_LIBRARY, the
 * library bundled as one module, KIT_LIBRARY_ENTRY the src/index.ts the student's files import (the hooks of
 * KIT_LOADER give them KIT_LIBRARY instead).
 */
import { existsSync, realpathSync } from "node:fs";
import { register } from "node:module";
import { basename, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Library from "../../../src/index.js";
import { readFrameSync, writeFrameSync } from "./frames.js";
import { whereThrown } from "./whereThrown.js";
import { type Tagged, type Wire, WireError, decode, encode } from "./wire.js";

const REQUESTS = 0;
const REPLIES = 3;
const work = realpathSync(process.env.KIT_WORK ?? process.cwd());
const shownAs = basename(work);
// Deep enough that the student's own frame is still on the stack when the library throws far below it.
Error.stackTraceLimit = 100;

let library: typeof Library;

const objects = new Map<number, object>();
const ids = new WeakMap<object, number>();
const mirrors = new Map<number, object>();
const mirrorIds = new WeakMap<object, number>();
/** The last value and grad sent back for each mirrored parameter. */
const sent = new Map<number, [number, number]>();
const callbacks = new Map<number, (...args: unknown[]) => unknown>();
let nextCallback = 1;

/** The methods an object answers, found on its prototype chain (the grader calls them in one round trip). */
function methodsOf(value: object): string[] {
  const names = new Set<string>();
  for (
    let prototype = Object.getPrototypeOf(value) as object | null;
    prototype !== null && prototype !== Object.prototype && prototype !== Function.prototype;
    prototype = Object.getPrototypeOf(prototype) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (name === "constructor" || names.has(name)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      if (descriptor !== undefined && typeof descriptor.value === "function") names.add(name);
    }
  }
  return [...names].slice(0, 500);
}

function handleOf(value: object): Tagged {
  const mirror = mirrorIds.get(value);
  if (mirror !== undefined) return { $: "m", id: mirror };
  let id = ids.get(value);
  if (id === undefined) {
    id = objects.size + 1;
    objects.set(id, value);
    ids.set(value, id);
  }
  const callable = typeof value === "function";
  const cls = callable ? (value as { name?: unknown }).name : value.constructor?.name;
  return { $: "h", id, fn: callable, cls: typeof cls === "string" ? cls.slice(0, 100) : "", methods: methodsOf(value) };
}

const encodeHook = (value: object): Tagged | undefined => {
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (typeof value === "object" && (prototype === Object.prototype || prototype === null)) return undefined;
  return handleOf(value);
};

const finite = (value: unknown): number => {
  if (typeof value !== "number") throw new WireError("a parameter's value must be a number");
  return value;
};

/** A mirrored parameter: made once per id, its value and grad set from the grader's copy. */
function mirrorParameter(tagged: Tagged): Library.Parameter {
  const id = Number(tagged.id);
  let parameter = mirrors.get(id) as Library.Parameter | undefined;
  if (parameter === undefined) {
    if (typeof tagged.name !== "string") throw new WireError("a parameter needs a name");
    parameter = new library.Parameter(tagged.name, finite(tagged.value), { requiresGrad: tagged.rg !== false });
    mirrors.set(id, parameter);
    mirrorIds.set(parameter, id);
  }
  parameter.value = finite(tagged.value);
  parameter.grad = finite(tagged.grad);
  sent.set(id, [parameter.value, parameter.grad]);
  return parameter;
}

const decodeHook = (tagged: Tagged): unknown => {
  switch (tagged.$) {
    case "h": {
      const value = objects.get(Number(tagged.id));
      if (value === undefined) throw new WireError("an unknown handle");
      return value;
    }
    case "m": {
      const value = mirrors.get(Number(tagged.id));
      if (value === undefined) throw new WireError("an unknown mirror");
      return value;
    }
    case "cb": {
      const id = Number(tagged.id);
      let callback = callbacks.get(id);
      if (callback === undefined) {
        callback = (...args: unknown[]) => callGrader(id, args);
        callbacks.set(id, callback);
      }
      return callback;
    }
    case "expr":
      if (typeof tagged.text !== "string") throw new WireError("an expression needs its formula");
      return library.parse(tagged.text);
    case "param":
      return mirrorParameter(tagged);
    case "layer": {
      const id = Number(tagged.id);
      const known = mirrors.get(id);
      const weight = (tagged.weight as Tagged[][]).map((row) => row.map(mirrorParameter));
      const bias = (tagged.bias as Tagged[]).map(mirrorParameter);
      if (known !== undefined) return known;
      const layer = new library.LinearLayer(Number(tagged.in), Number(tagged.out), {
        name: String(tagged.name),
        bias: bias.length > 0,
      });
      // The grader's parameters, not fresh ones: the layer's forward uses exactly the mirrored objects.
      weight.forEach((row, o) => row.forEach((parameter, i) => (layer.weight[o]![i] = parameter)));
      bias.forEach((parameter, o) => (layer.bias[o] = parameter));
      mirrors.set(id, layer);
      mirrorIds.set(layer, id);
      return layer;
    }
    case "opt": {
      const id = Number(tagged.id);
      const parameters = (tagged.params as Tagged[]).map(mirrorParameter);
      const known = mirrors.get(id);
      if (known !== undefined) return known;
      const options = decode(tagged.options, decodeHook) as never;
      const kinds = { SGD: library.SGD, Adam: library.Adam, AdamW: library.AdamW };
      const Kind = kinds[String(tagged.kind) as keyof typeof kinds];
      if (Kind === undefined) throw new WireError("an unknown optimizer");
      const optimizer = new Kind(parameters, options);
      mirrors.set(id, optimizer);
      mirrorIds.set(optimizer, id);
      return optimizer;
    }
    default:
      throw new WireError(`an unknown tag "${String(tagged.$).slice(0, 20)}"`);
  }
};

/** The mirrored parameters whose value or grad changed since they were last sent. */
function changedMirrors(): [number, Wire, Wire][] {
  const changed: [number, Wire, Wire][] = [];
  for (const [id, value] of mirrors) {
    if (!(value instanceof library.Parameter)) continue;
    const last = sent.get(id);
    if (last !== undefined && Object.is(last[0], value.value) && Object.is(last[1], value.grad)) continue;
    sent.set(id, [value.value, value.grad]);
    changed.push([id, encode(value.value, encodeHook), encode(value.grad, encodeHook)]);
  }
  return changed;
}

/** A thrown value as the grader will show it: paths inside the work folder shortened as the student knows them. */
function describe(error: unknown): { name: string; message: string; where?: string } {
  const isError = error instanceof Error;
  const name = isError ? error.name : "Error";
  const message = (isError ? error.message : String(error)).split(`${work}${sep}`).join(`${shownAs}/`);
  const where = isError && typeof error.stack === "string" ? whereThrown(error.stack, work) : undefined;
  return { name: String(name), message: String(message), ...(where === undefined ? {} : { where }) };
}

function send(message: object): void {
  writeFrameSync(REPLIES, Buffer.from(JSON.stringify(message)));
}

function receive(): Record<string, unknown> {
  const frame = readFrameSync(REQUESTS);
  if (frame === undefined) process.exit(0);
  const message = JSON.parse(frame.toString("utf8")) as unknown;
  if (typeof message !== "object" || message === null) throw new WireError("a malformed request");
  return message as Record<string, unknown>;
}

/** A call back into the grader (a function the tests passed in): waits for its reply, serving requests meanwhile. */
function callGrader(id: number, args: unknown[]): unknown {
  const c = nextCallback++;
  send({ op: "cb", c, fn: id, args: args.map((arg) => encode(arg, encodeHook)), s: changedMirrors() });
  for (;;) {
    const message = receive();
    if (message.r === c) {
      applyState(message);
      if ("err" in message) {
        const info = message.err as { message?: unknown };
        throw new Error(`The grader's function threw: ${String(info?.message ?? "")}`);
      }
      return decode(message.ok, decodeHook);
    }
    // The grader's function called back into this process (a nested request): answered here, synchronously.
    answer(message.q, () => {
      const value = serveNow(message);
      if (value instanceof Promise) throw new Error("a module cannot be loaded inside a callback");
      return value;
    });
  }
}

function applyState(message: Record<string, unknown>): void {
  if (!Array.isArray(message.p)) return;
  for (const entry of message.p as unknown[]) {
    if (!Array.isArray(entry)) continue;
    const parameter = mirrors.get(Number(entry[0]));
    if (!(parameter instanceof library.Parameter)) continue;
    parameter.value = finite(decode(entry[1], decodeHook));
    parameter.grad = finite(decode(entry[2], decodeHook));
    sent.set(Number(entry[0]), [parameter.value, parameter.grad]);
  }
}

const target = (message: Record<string, unknown>, key: string): object => {
  const value = decode(message[key], decodeHook);
  if ((typeof value !== "object" && typeof value !== "function") || value === null)
    throw new WireError("a request on something that is not an object");
  return value as object;
};
const argsOf = (message: Record<string, unknown>): unknown[] =>
  Array.isArray(message.args) ? message.args.map((arg: unknown) => decode(arg, decodeHook)) : [];
const keyOf = (message: Record<string, unknown>): string => {
  if (typeof message.k !== "string") throw new WireError("a property name must be a string");
  return message.k;
};

/** Loads one of the student's modules: `path` is "05-gradient-descent/gradientDescent", inside KIT_WORK only. */
async function load(path: unknown): Promise<unknown> {
  if (typeof path !== "string" || !/^[\w-]+(\/[\w.-]+)*$/.test(path) || path.includes(".."))
    throw new WireError("a malformed module path");
  const file = resolve(work, `${path}.ts`);
  if (!existsSync(file)) {
    throw Object.assign(
      new Error(`There is no file ${shownAs}/${path}.ts: the tests import it (was it renamed or moved?)`),
      {
        name: "MissingFileError",
      },
    );
  }
  const namespace = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return { ...namespace };
}

/** Runs one request; the value to send back (a promise only for a module load or an async function's result). */
function serveNow(message: Record<string, unknown>): unknown {
  applyState(message);
  switch (message.op) {
    case "import":
      return load(message.path);
    case "call": {
      const fn = target(message, "f");
      if (typeof fn !== "function") throw new TypeError("not a function");
      const self = message.t === undefined ? undefined : decode(message.t, decodeHook);
      return Reflect.apply(fn, self, argsOf(message));
    }
    case "new": {
      const fn = target(message, "f");
      if (typeof fn !== "function") throw new TypeError("not a constructor");
      return Reflect.construct(fn, argsOf(message));
    }
    case "invoke": {
      const object = target(message, "o");
      const method = (object as Record<string, unknown>)[keyOf(message)];
      if (typeof method !== "function") throw new TypeError(`${keyOf(message)} is not a function`);
      return Reflect.apply(method, object, argsOf(message));
    }
    case "get":
      return (target(message, "o") as Record<string, unknown>)[keyOf(message)];
    case "set":
      (target(message, "o") as Record<string, unknown>)[keyOf(message)] = decode(message.v, decodeHook);
      return undefined;
    case "keys":
      return Object.keys(target(message, "o"));
    default:
      throw new WireError("an unknown request");
  }
}

/** Sends the reply to request `q`: what `compute` returns, or the error it throws. */
function answer(q: unknown, compute: () => unknown): void {
  let reply: object;
  try {
    reply = { a: q, ok: encode(compute(), encodeHook) };
  } catch (error) {
    reply = { a: q, err: describe(error) };
  }
  send({ ...reply, s: changedMirrors() });
}

async function serve(message: Record<string, unknown>): Promise<void> {
  let value: unknown;
  try {
    value = serveNow(message);
    if (value instanceof Promise) value = await value;
  } catch (error) {
    return answer(message.q, () => {
      throw error;
    });
  }
  answer(message.q, () => value);
}

const bundle = resolve(process.env.KIT_LIBRARY ?? "");
register(pathToFileURL(resolve(process.env.KIT_LOADER ?? "")).href, {
  data: { libraryEntry: resolve(process.env.KIT_LIBRARY_ENTRY ?? ""), libraryBundle: bundle },
});
library = (await import(pathToFileURL(bundle).href)) as typeof Library;
for (;;) await serve(receive());
