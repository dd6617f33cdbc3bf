/** Where the student bundle keeps the guide to the library that the exercise READMEs point to. */
export const ENGINE_GUIDE = "docs/ENGINE.md";

/** The sections of the project's README that make the guide, each with its subsections, in this order. */
export const ENGINE_SECTIONS = ["The engine", "Models on real data", "PyTorch / TensorFlow -> gradkit"] as const;

/**
 * The level-2 section of a markdown text headed `## title`, with its subsections, up to the next level-2
 * heading (headings inside fenced code blocks do not count). Throws, naming the headings there are, when the
 * text has no such section.
 *
 * @example
 * markdownSection("# A\n\n## One\n\ntext\n\n### Sub\n\nmore\n\n## Two\n", "One") // "## One\n\ntext\n\n### Sub\n\nmore\n"
 */
export function markdownSection(markdown: string, title: string): string {
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
  const end = headings.find((heading) => heading.line > start.line && heading.level <= 2)?.line ?? lines.length;
  return `${lines.slice(start.line, end).join("\n").trimEnd()}\n`;
}

/**
 * docs/ENGINE.md of the student bundle: the sections of the project's README about the library a student's
 * code uses (ENGINE_SECTIONS), taken from the README when the bundle is built, so there is one text to keep up
 * to date.
 */
export function engineGuide(readme: string): string {
  const intro = `# The gradkit library

The parts of gradkit's README about the library your exercises use: ${ENGINE_SECTIONS.map((title) => `"${title}"`).join(", ")}.
Your code imports it from \`src/index.ts\` (the examples below write \`"gradkit"\`, as a project that installs
the package does). The files these sections name under \`tests/\`, and the README's other sections they
mention (such as "Speed" and "Symbolic output"), are in the gradkit repository, not in this bundle.
`;
  return [intro, ...ENGINE_SECTIONS.map((title) => markdownSection(readme, title))].join("\n");
}
