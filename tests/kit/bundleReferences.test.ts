import { posix } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleFiles } from "../../scripts/kit/bundleFiles.js";
import { ENGINE_GUIDE, markdownSection } from "../../scripts/kit/engineGuide.js";

// Everything the texts a student reads name (files, folders, README sections and tables) is in the bundle.
let bundle: Map<string, Uint8Array> = new Map();
const text = (path: string): string => new TextDecoder().decode(bundle.get(path));
beforeAll(() => {
  bundle = bundleFiles();
});

/** The folders at the bundle's root that a path in a text may start with (a bare name is the text's neighbour). */
const ROOTS = ["src", "data", "docs", "exercises", "tests", "scripts", "examples"];
const FILE = /^[\w.-]+(?:\/[\w.-]+)*\/?$/;
const EXTENSION = /\.(?:ts|js|mjs|md|json|csv)$/;

/**
 * The files and folders a markdown text names: backticked paths (`src/index.ts`, `warmups.ts`, `data/`) and
 * bare ones under src/, data/ or docs/ ("see src/autodiff/sweeps.ts").
 */
function pathsNamed(markdown: string): string[] {
  const backticked = [...markdown.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1]!.replace(/^\.\//, ""))
    .filter((span) => FILE.test(span) && (EXTENSION.test(span) || ROOTS.includes(span.split("/")[0]!)));
  const bare = [...markdown.matchAll(/(?<![\w/.-])(?:src|data|docs)\/[\w./-]*\w/g)].map((match) => match[0]);
  return [...new Set([...backticked, ...bare])];
}

/**
 * The sections a text sends its reader to: `section "X" of \`file\``, or `section "X"` / `table "X"` alone, which
 * means the bundle's README.md.
 */
function sectionsNamed(markdown: string): { title: string; file: string }[] {
  return [...markdown.matchAll(/\b(?:section|table)\s+"([^"]+)"(?:\s+of\s+`([^`]+)`)?/g)].map((match) => ({
    title: match[1]!,
    file: match[2] ?? "README.md",
  }));
}

/** What a text at `from` names that the bundle lacks (`files`; `read` gives a file's text), one line each. */
function missingReferences(from: string, markdown: string, files: ReadonlySet<string>, read: (path: string) => string) {
  const has = (path: string): boolean =>
    files.has(path) ||
    files.has(path.replace(/\.js$/, ".ts")) ||
    [...files].some((file) => file.startsWith(`${path.replace(/\/$/, "")}/`));
  const missing: string[] = [];
  // A bare name (`warmups.ts`) is a file of the exercise whose README or hints name it; elsewhere (the student
  // README's "each folder has hints.md", `gradkit/data/...` in an import) it is not a path of the bundle.
  const exerciseFolder = /^exercises\/\d\d-[^/]+$/.test(posix.dirname(from));
  for (const path of pathsNamed(markdown)) {
    const rooted = ROOTS.includes(path.split("/")[0]!);
    if (!rooted && !exerciseFolder) continue;
    if (!has(rooted ? path : posix.join(posix.dirname(from), path)))
      missing.push(`${from} names ${path}, which the bundle does not have`);
  }
  for (const { title, file } of sectionsNamed(markdown)) {
    const heading = new RegExp(`^#{1,6}\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "m");
    if (!files.has(file))
      missing.push(`${from} names the section "${title}" of ${file}, which the bundle does not have`);
    else if (!heading.test(read(file)))
      missing.push(`${from} names the section "${title}", which ${file} does not have`);
  }
  return missing;
}

describe("kit: the student bundle has everything its texts name", () => {
  it("every exercise README and hints.md, the exercises' table and the student README name only what is there", () => {
    const files = new Set(bundle.keys());
    const texts = [...files].filter(
      (path) => path === "README.md" || (path.startsWith("exercises/") && path.endsWith(".md")),
    );
    expect(texts.filter((path) => path.endsWith("/README.md")).length).toBeGreaterThan(10);
    const missing = texts.flatMap((path) => missingReferences(path, text(path), files, text));
    expect(missing).toEqual([]);
  });
  it(`${ENGINE_GUIDE}, the library's guide, names only files of the library and the data that are there`, () => {
    const files = new Set(bundle.keys());
    const guide = text(ENGINE_GUIDE);
    for (const heading of ["## The engine", "## Models on real data", "## PyTorch / TensorFlow -> gradkit"])
      expect(guide).toContain(`\n${heading}\n`);
    // The guide says in its first lines that the tests it cites are in the repository, not the bundle.
    const ofTheLibrary = pathsNamed(guide).filter((path) => !path.startsWith("tests/"));
    expect(ofTheLibrary.length).toBeGreaterThan(2);
    expect(missingReferences(ENGINE_GUIDE, ofTheLibrary.map((path) => `\`${path}\``).join(" "), files, text)).toEqual(
      [],
    );
  });
  it("the guide's sections come from the README, without the contributors' subsections; a missing one is an error", () => {
    const readme =
      "# A\n\n## One\n\ntext\n\n```sh\n## not a heading\n```\n\n### For contributors\n\nhow\n\n### Sub\n\nmore\n\n## Two\n";
    expect(markdownSection(readme, "One", ["For contributors"])).toBe(
      "## One\n\ntext\n\n```sh\n## not a heading\n```\n\n### Sub\n\nmore\n",
    );
    expect(() => markdownSection(readme, "Three")).toThrow(
      'The README has no section "## Three" (its sections: "One", "Two")',
    );
    expect(text(ENGINE_GUIDE)).not.toContain("### Adding a function");
  });
  it("a README that names a file or a section the bundle lacks is reported (exercise 04's README as it was)", () => {
    const files = new Set(bundle.keys());
    const before =
      'Read the `gradient(env)` example in the README\'s section "The engine" and `src/autodiff/reverseGradient.ts`. The README\'s table\n"PyTorch / TensorFlow -> gradkit" shows it. Do it in `backprop.ts` and `nothere.ts`.';
    expect(missingReferences("exercises/04-backprop-by-hand/README.md", before, files, text)).toEqual([
      "exercises/04-backprop-by-hand/README.md names src/autodiff/reverseGradient.ts, which the bundle does not have",
      "exercises/04-backprop-by-hand/README.md names nothere.ts, which the bundle does not have",
      'exercises/04-backprop-by-hand/README.md names the section "The engine", which README.md does not have',
      'exercises/04-backprop-by-hand/README.md names the section "PyTorch / TensorFlow -> gradkit", which README.md does not have',
    ]);
  });
});
