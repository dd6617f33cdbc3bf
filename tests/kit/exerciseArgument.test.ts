import { describe, expect, it } from "vitest";
import { exerciseArgument, exerciseNumber, unknownExercise } from "../../scripts/kit/exerciseArgument.js";

const folders = ["01-expressions", "02-derivative-rules", "09-neural-network-xor", "10-training-pipeline"];

describe("kit: the exercise a command-line argument names (npm run grade -- 9, npm run hint -- 9)", () => {
  it.each([
    ["9", "09-neural-network-xor"],
    ["09", "09-neural-network-xor"],
    ["009", "09-neural-network-xor"],
    ["10", "10-training-pipeline"],
    ["1", "01-expressions"],
    ["09-neural-network-xor", "09-neural-network-xor"],
    ["exercises/09-neural-network-xor", "09-neural-network-xor"],
    ["exercises/09-neural-network-xor/", "09-neural-network-xor"],
    ["./exercises/02-derivative-rules/", "02-derivative-rules"],
  ])("%s is %s", (arg, folder) => expect(exerciseArgument(arg, folders)).toBe(folder));
  it.each(["42", "0", "3", "", "solutions", "exercises", "09-neural", "mutant:06-linear-regression/x", "9.0", "-1"])(
    "%j names no exercise",
    (arg) => expect(exerciseArgument(arg, folders)).toBeUndefined(),
  );
  it("a number is the folder's own number, not its position: with 08 disabled, 9 is still 09", () => {
    expect(exerciseNumber("09-neural-network-xor")).toBe(9);
    expect(exerciseArgument("3", folders)).toBeUndefined();
  });
  it("an unknown one is a one-line error that lists the exercises there are", () => {
    const message = unknownExercise("42", folders);
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toBe(
      'no exercise "42": the exercises are 1 to 10 (01-expressions ... 10-training-pipeline); give a number such as 10 or a folder name',
    );
    expect(unknownExercise("1", [])).toBe('no exercise "1": there are no exercises here');
  });
});
