/**
 * How values cross between the grader and a student process: plain data is copied (numbers, strings,
 * booleans, null, undefined, arrays, typed arrays, plain objects), everything else becomes a tagged object
 * that each side turns into what it stands for (a handle to an object that stays on the other side, an
 * expression as a formula, a mirrored parameter, a callback). JSON underneath; NaN, the infinities and -0
 * survive. Decoding checks shapes and depth: the student's side is untrusted.
 */

/** A value on the wire. */
export type Wire = null | boolean | number | string | Wire[] | Tagged;

/** A tagged object: `$` says what it is. */
export interface Tagged {
  readonly $: string;
  readonly [key: string]: unknown;
}

/** The deepest nesting either side accepts. */
export const MAX_DEPTH = 64;

/** What a side does with values that are not plain data: returns their wire form, or undefined for "not mine". */
export type EncodeHook = (value: object) => Tagged | undefined;
/** What a side does with a tag that is not plain data. */
export type DecodeHook = (tagged: Tagged) => unknown;

/** Thrown for a malformed value from the other side. */
export class WireError extends Error {
  override name = "WireError";
}

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === Object.prototype || prototype === null;
};

/** The wire form of `value`; `hook` gets every object that is not an array, typed array or plain object. */
export function encode(value: unknown, hook: EncodeHook, depth = 0): Wire {
  if (depth > MAX_DEPTH) throw new WireError(`a value nested more than ${MAX_DEPTH} levels deep`);
  switch (typeof value) {
    case "number":
      if (Number.isFinite(value) && !Object.is(value, -0)) return value;
      return { $: "n", v: Object.is(value, -0) ? "-0" : String(value) };
    case "string":
    case "boolean":
      return value;
    case "undefined":
      return { $: "u" };
    case "bigint":
      return { $: "big", v: value.toString() };
    case "symbol":
      throw new WireError(`a symbol (${String(value)}) cannot be sent`);
    default:
      break;
  }
  if (value === null) return null;
  const object = value as object;
  if (Array.isArray(object)) {
    const out: Wire[] = [];
    for (let i = 0; i < object.length; i++) out.push(encode(object[i], hook, depth + 1));
    return out;
  }
  if (object instanceof Float64Array || object instanceof Float32Array) {
    return { $: object instanceof Float64Array ? "f64" : "f32", v: Array.from(object, (x) => encode(x, hook)) };
  }
  const tagged = hook(object);
  if (tagged !== undefined) return tagged;
  if (typeof object === "object" && isPlainObject(object)) {
    const entries: [string, Wire][] = [];
    for (const key of Object.keys(object))
      entries.push([key, encode((object as Record<string, unknown>)[key], hook, depth + 1)]);
    return { $: "o", v: entries };
  }
  throw new WireError(`a ${object.constructor?.name ?? typeof object} cannot be sent`);
}

const NUMBERS: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
  "-0": -0,
};

/** The value a wire form stands for; `hook` gets every tag that is not plain data. */
export function decode(wire: unknown, hook: DecodeHook, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new WireError(`a value nested more than ${MAX_DEPTH} levels deep`);
  if (wire === null || typeof wire === "number" || typeof wire === "string" || typeof wire === "boolean") return wire;
  if (Array.isArray(wire)) return wire.map((item) => decode(item, hook, depth + 1));
  if (typeof wire !== "object") throw new WireError(`unexpected ${typeof wire}`);
  const tagged = wire as Tagged;
  switch (tagged.$) {
    case "n": {
      const number = NUMBERS[String(tagged.v)];
      if (number === undefined) throw new WireError("a malformed number");
      return number;
    }
    case "u":
      return undefined;
    case "big":
      if (typeof tagged.v !== "string" || !/^-?\d{1,400}$/.test(tagged.v)) throw new WireError("a malformed bigint");
      return BigInt(tagged.v);
    case "f64":
    case "f32": {
      if (!Array.isArray(tagged.v)) throw new WireError("a malformed typed array");
      const numbers = tagged.v.map((item) => decode(item, hook, depth + 1));
      if (!numbers.every((item) => typeof item === "number")) throw new WireError("a typed array of non-numbers");
      return tagged.$ === "f64" ? Float64Array.from(numbers as number[]) : Float32Array.from(numbers as number[]);
    }
    case "o": {
      if (!Array.isArray(tagged.v)) throw new WireError("a malformed object");
      const out: Record<string, unknown> = {};
      for (const entry of tagged.v as unknown[]) {
        if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string")
          throw new WireError("a malformed object entry");
        // defineProperty: a key named "__proto__" is an ordinary key, never the prototype
        Object.defineProperty(out, entry[0], {
          value: decode(entry[1], hook, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    default:
      if (typeof tagged.$ !== "string") throw new WireError("an untagged object");
      return hook(tagged);
  }
}

/** A thrown error as it crosses: its class name, message, and where in the student's files it was thrown. */
export interface WireErrorInfo {
  readonly name: string;
  readonly message: string;
  /** "exercises/05-gradient-descent/gradientDescent.ts:14:9", the student's own frame nearest the throw. */
  readonly where?: string;
}

/** Reads an error description from the other side, checking its shape. */
export function errorInfo(value: unknown): WireErrorInfo {
  if (typeof value !== "object" || value === null) throw new WireError("a malformed error");
  const { name, message, where } = value as Record<string, unknown>;
  if (typeof name !== "string" || typeof message !== "string" || (where !== undefined && typeof where !== "string"))
    throw new WireError("a malformed error");
  return { name: name.slice(0, 200), message, ...(where === undefined ? {} : { where: where.slice(0, 500) }) };
}
