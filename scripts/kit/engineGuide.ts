/** Where the student bundle keeps the guide to the library that the exercise READMEs point to. */
export const ENGINE_GUIDE = "docs/ENGINE.md";

/** The sections of the project's README that make the guide, each with its subsections, in this order. */
export const ENGINE_SECTIONS = ["The engine", "Models on real data", "PyTorch / TensorFlow -> gradkit"] as const;

/** Subsections of those that are for the library's contributors, not for students: left out of the guide. */
export const CONTRIBUTORS_ONLY = ["Adding a function"] as const;

/**
 * The level-2 section of a markdown text headed `## title`, with its subsections but those titled as in
 * `without`, up to the next level-2 heading (headings inside fenced code blocks do not count). Throws, naming the
 * headings there are, when the text has no such section.
 *
 * @example
 * markdownSection("# A\n\n## One\n\ntext\n\n### Sub\n\nmore\n\n## Two\n", "One") // "## One\n\ntext\n\n### Sub\n\nmore\n"
 * markdownSection("# A\n\n## One\n\ntext\n\n### Sub\n\nmore\n\n## Two\n", "One", ["Sub"]) // "## One\n\ntext\n"
 */
export function markdownSection(markdown: string, title: string, without: readonly string[] = []): string {
  const lines = markdown.split("\n");
  const headings: { line: number; level: number; title: string }[] = [];
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (heading !== null) headings.push({ line: index, level: heading[1]!.length, title: heading[2]! });
  }
  const start = headings.find((heading) => heading.level === 2 && heading.title === title);
  if (start === undefined) {
    const titles = headings.filter((heading) => heading.level === 2).map((heading) => `"${heading.title}"`);
    throw new Error(`The README has no section "## ${title}" (its sections: ${titles.join(", ")})`);
  }
  const endOf = (from: { line: number; level: number }): number =>
    headings.find((heading) => heading.line > from.line && heading.level <= from.level)?.line ?? lines.length;
  const end = endOf(start);
  const dropped = headings
    .filter((heading) => heading.line > start.line && heading.line < end && without.includes(heading.title))
    .map((heading) => [heading.line, Math.min(endOf(heading), end)] as const);
  const kept = lines
    .slice(start.line, end)
    .filter((_, k) => !dropped.some(([from, to]) => k + start.line >= from && k + start.line < to));
  return `${kept.join("\n").trimEnd()}\n`;
}

/**
 * docs/ENGINE.md of the student bundle: the sections of the project's README about the library a student's
 * code uses (ENGINE_SECTIONS, without the CONTRIBUTORS_ONLY subsections), taken from the README when the bundle
 * is built, so there is one text to keep up to date.
 */
export function engineGuide(readme: string): string {
  const intro = `# The gradkit library

The parts of gradkit's README about the library your exercises use: ${ENGINE_SECTIONS.map((title) => `"${title}"`).join(", ")}.
Your code imports it from \`src/index.ts\` (the examples below write \`"gradkit"\`, as a project that installs
the package does). The files these sections name under \`tests/\`, and the README's other sections they
mention (such as "Speed" and "Symbolic output"), are in the gradkit repository, not in this bundle.
`;
  return [intro, ...ENGINE_SECTIONS.map((title) => markdownSection(readme, title, CONTRIBUTORS_ONLY))].join("\n");
}
