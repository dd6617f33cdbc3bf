/**
 * What backward(), item() and the tapes need from a parameter, read through a brand instead of
 * `instanceof Parameter`: backward() is called from Expression itself, and importing Parameter (a
 * subclass of Expression) there would be an import cycle.
 */
export const HOLDS_GRADIENT: unique symbol = Symbol("gradkit.parameter");

/** A variable leaf with a current value and an accumulated gradient (Parameter implements it). */
export interface GradientHolder {
  readonly [HOLDS_GRADIENT]: true;
  readonly name: string;
  value: number;
  grad: number;
  readonly requiresGrad: boolean;
}

/** True for a Parameter (any object carrying the brand). */
export function holdsGradient(node: unknown): node is GradientHolder {
  return typeof node === "object" && node !== null && (node as Partial<GradientHolder>)[HOLDS_GRADIENT] === true;
}
