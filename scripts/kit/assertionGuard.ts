/**
 * The graded suite's setup file: it runs before each test file, so before any student code loads, and makes
 * what the assertions rely on unchangeable, or at least checked.
 *
 * - Frozen: vitest's chai (Assertion and its prototype, util, config, AssertionError), `expect`, the jest
 *   matcher registry and its custom equality testers (so `expect.extend` and `expect.addEqualityTesters`
 *   throw), the global bindings of the built-ins (`globalThis.Math = ...` throws), the static methods of
 *   Object, Array, Number, String, Math, JSON, Reflect, and the methods of the Array, Number, String, Map and
 *   Set prototypes and Function.prototype's call/apply/bind.
 * - Checked before and after every test (freezing them would break libraries that assign toString on their
 *   own prototypes): the rest of Object.prototype and Function.prototype. A change fails the test with a
 *   TAMPERING message, and score() gives that exercise 0.
 *
 * A patch attempted at import then throws, so the file fails to load and the exercise scores 0 with the
 * error. What this does not stop, the README's "Grading on Gradescope" says.
 */
import { afterEach, beforeEach, expect } from "vitest";
import { TAMPERING } from "./failureMessage.js";

const {
  defineProperty,
  freeze,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  isFrozen,
} = Object;
const GuardError = Error;

const GUARDED = Symbol.for("gradkit.assertionGuard");
const registry = globalThis as unknown as Record<PropertyKey, unknown>;

/** Makes every own property of `target` non-writable and non-configurable, leaving it extensible. */
function lockProperties(target: object, names?: readonly PropertyKey[]): void {
  for (const name of names ?? [...getOwnPropertyNames(target), ...getOwnPropertySymbols(target)]) {
    const descriptor = getOwnPropertyDescriptor(target, name);
    if (descriptor === undefined || descriptor.configurable !== true) continue;
    defineProperty(
      target,
      name,
      "value" in descriptor
        ? { ...descriptor, writable: false, configurable: false }
        : { ...descriptor, configurable: false },
    );
  }
}

/** The ECMAScript built-ins the tests and the assertion library use, bound on globalThis. */
const BUILTINS = [
  "Object",
  "Array",
  "Number",
  "String",
  "Boolean",
  "Symbol",
  "Math",
  "JSON",
  "Reflect",
  "Promise",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "Error",
  "TypeError",
  "RangeError",
  "Date",
  "RegExp",
  "Proxy",
  "Function",
  "Float64Array",
  "isFinite",
  "isNaN",
  "parseFloat",
  "parseInt",
  "Infinity",
  "NaN",
  "undefined",
];

function install(): void {
  // The assertion library: chai's Assertion, reached through an assertion, and vitest's expect.
  const assertionPrototype = getPrototypeOf(expect(0)) as object;
  const Assertion = assertionPrototype.constructor as unknown as Record<string, unknown>;
  freeze(assertionPrototype);
  freeze(Assertion);
  // chai keeps an object's flags in `__flags`, created on first use: expect.closeTo(...) flags `expect` itself.
  if (getOwnPropertyDescriptor(expect, "__flags") === undefined)
    defineProperty(expect, "__flags", { value: Object.create(null) });
  freeze(expect);
  const jest = registry[Symbol.for("$$jest-matchers-object")] as
    | { matchers: object; customEqualityTesters: unknown[] }
    | undefined;
  if (jest !== undefined) {
    freeze(jest.matchers);
    freeze(jest.customEqualityTesters);
  }
  const asymmetric = registry[Symbol.for("asymmetric-matchers-object")];
  if (typeof asymmetric === "object" && asymmetric !== null) freeze(asymmetric);
  for (const name of ["$$jest-matchers-object", "matchers-object", "asymmetric-matchers-object", "expect-global"]) {
    lockProperties(globalThis, [Symbol.for(name)]);
  }
  // The built-ins: their global bindings, their static methods, and their prototypes' methods.
  lockProperties(globalThis, BUILTINS);
  for (const namespace of [Object, Array, Number, String, Math, JSON, Reflect]) freeze(namespace);
  for (const prototype of [Array.prototype, Number.prototype, String.prototype, Map.prototype, Set.prototype])
    lockProperties(prototype);
  lockProperties(Function.prototype, ["call", "apply", "bind"]);
  lockProperties(Object.prototype, ["hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]);
}

/** What Object.prototype and Function.prototype held when the guard was installed. */
function snapshot(): Map<string, unknown> {
  const seen = new Map<string, unknown>();
  for (const [label, target] of [
    ["Object.prototype", Object.prototype],
    ["Function.prototype", Function.prototype],
  ] as const) {
    for (const name of [...getOwnPropertyNames(target), ...getOwnPropertySymbols(target)]) {
      const descriptor = getOwnPropertyDescriptor(target, name)!;
      seen.set(`${label}.${String(name)}`, descriptor.value ?? descriptor.get);
    }
  }
  return seen;
}

function changes(before: ReadonlyMap<string, unknown>): string[] {
  const now = snapshot();
  const changed: string[] = [];
  for (const [name, value] of now) if (before.get(name) !== value) changed.push(name);
  for (const name of before.keys()) if (!now.has(name)) changed.push(name);
  if (!isFrozen(getPrototypeOf(expect(0)))) changed.push("chai.Assertion.prototype");
  return changed;
}

// Installed once per worker (vitest may run setup files again for each test file in the same worker).
if (registry[GUARDED] === undefined) {
  install();
  defineProperty(globalThis, GUARDED, { value: snapshot(), writable: false, configurable: false, enumerable: false });
}
const before = registry[GUARDED] as ReadonlyMap<string, unknown>;

const check = (when: string): void => {
  const changed = changes(before);
  if (changed.length > 0) {
    throw new GuardError(
      `${TAMPERING} ${when}, the code under test had changed what the tests rely on (${changed.join(", ")}): this exercise scores 0.`,
    );
  }
};
beforeEach(() => check("Before this test"));
afterEach(() => check("After this test"));
