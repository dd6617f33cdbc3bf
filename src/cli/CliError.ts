import { GradkitError } from "../errors/GradkitError.js";

/** Exit codes of `autodiff`: 0 success, 1 evaluation or data error, 2 usage or parse error. */
export const ExitCode = { ok: 0, evaluation: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error the command line reports as `error: <message>` and `hint: <hint>`, exiting with `exitCode`.
 * @example throw new CliError('unknown model "svm"', "use --model linear or --model logistic", ExitCode.usage)
 */
export class CliError extends GradkitError {
  constructor(
    message: string,
    readonly hint: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}
