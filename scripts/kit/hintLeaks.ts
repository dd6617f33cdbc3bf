/** A line shorter than this once squeezed (`return w * x`) is too common to count as giving the answer away. */
const SHORTEST_LEAK = 12;

/**
 * A line of code without its trailing `// comment` (a `//` inside a string or a regular expression's
 * character class is kept: the scan follows quotes).
 *
 * @example
 * withoutComment('const url = "http://x"; // the site') // 'const url = "http://x"; '
 */
export function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote !== undefined) {
      if (char === "\\") i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === "`") {
      quote = char;
    } else if (char === "/" && line[i + 1] === "/") {
      return line.slice(0, i);
    }
  }
  return line;
}

/**
 * Code squeezed for comparison: no `const`/`let`/`var`, no whitespace, semicolons, backticks (a hint's code
 * spans) or non-null `!` (TypeScript's `x[i]!` is `x[i]` in prose), so a hint that copies a line with those
 * changed still matches it.
 *
 * @example
 * squeeze("  const error = w * x[i]! - y[i]!; // why") // "error=w*x[i]-y[i]"
 */
export function squeeze(code: string): string {
  return squeezeText(withoutComment(code));
}

/** squeeze() for prose: a hint keeps everything after a `//` (a URL, or a comment it quotes along with the code). */
function squeezeText(text: string): string {
  return text
    .replace(/\b(?:const|let|var)\s+/g, "")
    .replace(/!(?!=)/g, "")
    .replace(/[\s;`]/g, "");
}

/**
 * The lines inside a solution's `// BEGIN SOLUTION` ... `// END SOLUTION` regions, comments left out.
 *
 * @example
 * answerLines("f() {\n  // BEGIN SOLUTION TODO(1.1): x\n  return 2 * x; // twice\n  // END SOLUTION\n}") // ["  return 2 * x; // twice"]
 */
export function answerLines(source: string): string[] {
  let inside = false;
  return source.split("\n").filter((line) => {
    if (/^\s*\/\/ BEGIN SOLUTION/.test(line)) inside = true;
    else if (/^\s*\/\/ END SOLUTION/.test(line)) inside = false;
    else return inside && !line.trim().startsWith("//") && !line.trim().startsWith("*");
    return false;
  });
}

/**
 * The solution lines (of `sources`, the exercise's solution files) that some hint holds, compared ignoring
 * whitespace, `const`/`let`, semicolons and trailing comments: a hint must nudge, never hand over a line.
 *
 * @example
 * hintLeaks(["// BEGIN SOLUTION TODO(5.1): x\nconst total = w * x + yint;\n// END SOLUTION"], ["Write total = w*x + yint"])
 * // ["const total = w * x + yint;"]
 */
export function hintLeaks(sources: readonly string[], hints: readonly string[]): string[] {
  const squeezedHints = hints.map(squeezeText);
  return sources
    .flatMap(answerLines)
    .filter((line) => {
      const code = squeeze(line);
      return code.length >= SHORTEST_LEAK && squeezedHints.some((hint) => hint.includes(code));
    })
    .map((line) => line.trim());
}
