/**
 * The exercise folder a command-line argument names: its number (`9`, `09`), its folder name
 * (`09-neural-network-xor`), or that folder under exercises/ as a shell completes it (`exercises/09-neural-network-xor/`).
 * Undefined when it names none of `folders` (the exercise folders, such as the manifest's).
 *
 * @example
 * const folders = ["01-expressions", "09-neural-network-xor"];
 * exerciseArgument("9", folders)                      // "09-neural-network-xor"
 * exerciseArgument("09", folders)                     // "09-neural-network-xor"
 * exerciseArgument("09-neural-network-xor", folders)  // "09-neural-network-xor"
 * exerciseArgument("exercises/01-expressions/", folders) // "01-expressions"
 * exerciseArgument("42", folders)                     // undefined
 * exerciseArgument("solutions", folders)              // undefined
 */
export function exerciseArgument(arg: string, folders: readonly string[]): string | undefined {
  const name = arg
    .trim()
    .replace(/^(\.\/)?exercises\//, "")
    .replace(/\/+$/, "");
  if (/^\d{1,3}$/.test(name)) return folders.find((folder) => exerciseNumber(folder) === Number(name));
  return folders.find((folder) => folder === name);
}

/**
 * The number of an exercise folder, from its name: 9 for `09-neural-network-xor`.
 *
 * @example
 * exerciseNumber("09-neural-network-xor") // 9
 */
export function exerciseNumber(folder: string): number {
  return Number(/^\d+/.exec(folder)?.[0] ?? Number.NaN);
}

/**
 * The one-line error for an argument that names no exercise, listing the ones there are.
 *
 * @example
 * unknownExercise("42", ["01-expressions", "02-derivative-rules"])
 * // 'no exercise "42": the exercises are 1 to 2 (01-expressions ... 02-derivative-rules); give a number such as 2 or a folder name'
 */
export function unknownExercise(arg: string, folders: readonly string[]): string {
  if (folders.length === 0) return `no exercise "${arg}": there are no exercises here`;
  const first = folders[0]!;
  const last = folders.at(-1)!;
  return `no exercise "${arg}": the exercises are ${exerciseNumber(first)} to ${exerciseNumber(last)} (${first} ... ${last}); give a number such as ${exerciseNumber(last)} or a folder name`;
}
