import { GradkitError } from "../errors/GradkitError.js";

/** An expression too large to print within the budget, even with shared parts named once. */
export class PrintBudgetError extends GradkitError {
  constructor(
    message: string,
    /** Which limit: "nodes" (distinct nodes) or "characters" (printed length). */
    readonly limit: "nodes" | "characters",
    readonly size: number,
    readonly budget: number,
  ) {
    super(message);
  }
}
