import { GradkitError } from "../errors/GradkitError.js";

/**
 * A gradient was asked for where there is none to give: `backward()` inside `noGrad`, a second
 * `gradient` call on a tape that is not persistent, two different parameters sharing one name.
 * @example try { noGrad(() => loss.backward()); } catch (error) { error instanceof GradientError } // true
 */
export class GradientError extends GradkitError {}
