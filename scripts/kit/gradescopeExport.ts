import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize, relative, resolve } from "node:path";
import { unzipSync } from "fflate";
import { LineCounter, isMap, isScalar, parseDocument } from "yaml";

/** One student of a submission, as Gradescope's metadata names them ("" where it gives nothing). */
export interface Submitter {
  readonly name: string;
  readonly email: string;
  readonly sid: string;
}

/** One submission of a Gradescope export. */
export interface ExportedSubmission {
  /** Gradescope's submission id: "123456" for the folder submission_123456/. */
  readonly id: string;
  /** Its students (several for a group submission; none when the metadata has no entry for it). */
  readonly submitters: readonly Submitter[];
  /** The folder of the uploaded files (absolute); undefined when the export has no folder for it. */
  readonly folder: string | undefined;
  /** What is odd about it, if anything: no folder, no metadata entry. Also listed in the export's notes. */
  readonly note?: string;
}

/** A Gradescope "Download Submissions" export, read. */
export interface GradescopeExport {
  /** The folder holding submission_metadata.yml and the submission folders. */
  readonly root: string;
  /** Every submission, by id (numerically): each one in the metadata and each submission folder. */
  readonly submissions: readonly ExportedSubmission[];
  /** One line per oddity (a folder with no metadata entry, an entry with no folder), for the instructor. */
  readonly notes: readonly string[];
  /** For a zip: the temporary folder it was unpacked into (the caller removes it when done). */
  readonly unpackedTo?: string;
}

/** Options of readGradescopeExport. */
export interface ReadExportOptions {
  /** Where to unpack a zip (an empty or new folder); a fresh temporary folder by default. */
  readonly unpackTo?: string;
  /** The most a zip may unpack to, in bytes; 1 GiB by default. */
  readonly maxBytes?: number;
}

export const METADATA_FILE = "submission_metadata.yml";
const SUBMISSION = /^submission_(\d+)$/;
const DEFAULT_MAX_BYTES = 1024 ** 3;

/**
 * Reads Gradescope's "Download Submissions" export of a programming assignment, as the zip Gradescope gives
 * or unpacked: `submission_metadata.yml` (one `submission_<id>` entry per submission, each with its
 * `:submitters:`, a list of `:name:`, `:email:` and `:sid:`) and one folder `submission_<id>/` of uploaded files
 * per submission, at the top or inside one top folder (`assignment_<id>_export/`). A malformed metadata file
 * is an error naming the file and line; a folder with no entry, or an entry with no folder, is a note and
 * stays in the list, so every submission gets a row.
 *
 * @example
 * const { submissions, notes } = readGradescopeExport("submissions.zip");
 * // submissions[0]: { id: "1001", submitters: [{ name: "Ada Lovelace", email: "ada@example.edu", sid: "001" }], folder: "/tmp/.../submission_1001" }
 */
export function readGradescopeExport(path: string, options: ReadExportOptions = {}): GradescopeExport {
  const given = resolve(path);
  if (!existsSync(given)) throw new Error(`No Gradescope export at ${given}`);
  if (statSync(given).isDirectory()) return readFolder(given);
  const unpackTo = options.unpackTo ?? mkdtempSync(join(tmpdir(), "gradkit-export-"));
  unpackZip(given, unpackTo, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return { ...readFolder(unpackTo, given), unpackedTo: unpackTo };
}

/** Unpacks a zip into `into`, refusing an entry that would land outside it and a zip that unpacks too big. */
export function unpackZip(zip: string, into: string, maxBytes = DEFAULT_MAX_BYTES): void {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(readFileSync(zip), {
      filter: (entry) => {
        total += entry.originalSize;
        if (total > maxBytes) throw new Error(`it unpacks to more than ${maxBytes} bytes`);
        return !entry.name.endsWith("/") && !entry.name.startsWith("__MACOSX/");
      },
    });
  } catch (error) {
    throw new Error(`${zip}: not a readable zip (${(error as Error).message})`);
  }
  mkdirSync(into, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const target = normalize(join(into, name));
    const inside = relative(into, target);
    if (name.startsWith("/") || inside.startsWith("..") || inside === "" || name.includes("\0")) {
      throw new Error(`${zip}: the entry ${JSON.stringify(name)} would unpack outside its folder; refused`);
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content, { mode: 0o644 });
  }
}

/** The folder holding submission_metadata.yml: `folder` itself, or its one top folder that holds it. */
function exportRoot(folder: string, shownAs: string): string {
  if (existsSync(join(folder, METADATA_FILE))) return folder;
  const inner = readdirSync(folder, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(join(folder, entry.name, METADATA_FILE)),
  );
  if (inner.length === 1) return join(folder, inner[0]!.name);
  throw new Error(
    inner.length > 1
      ? `${shownAs}: ${inner.length} folders hold a ${METADATA_FILE} (${inner.map((entry) => entry.name).join(", ")}); give one of them`
      : `${shownAs}: no ${METADATA_FILE} at its top or in a top folder: is it Gradescope's "Download Submissions" export?`,
  );
}

function readFolder(folder: string, shownAs = folder): GradescopeExport {
  const root = exportRoot(folder, shownAs);
  const metadata = parseMetadata(readFileSync(join(root, METADATA_FILE), "utf8"), join(root, METADATA_FILE));
  const folders = new Set(
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && SUBMISSION.test(entry.name))
      .map((entry) => entry.name.slice("submission_".length)),
  );
  const ids = [...new Set([...metadata.keys(), ...folders])].sort(
    (a, b) => Number(a) - Number(b) || a.localeCompare(b),
  );
  const notes: string[] = [];
  const submissions = ids.map((id): ExportedSubmission => {
    const submitters = metadata.get(id);
    const hasFolder = folders.has(id);
    const note =
      submitters === undefined
        ? `submission_${id}/ has no entry in ${METADATA_FILE}: graded, with no name`
        : hasFolder
          ? undefined
          : `submission_${id} is in ${METADATA_FILE} but the export has no folder submission_${id}/`;
    if (note !== undefined) notes.push(note);
    return {
      id,
      submitters: submitters ?? [],
      folder: hasFolder ? join(root, `submission_${id}`) : undefined,
      ...(note === undefined ? {} : { note }),
    };
  });
  return { root, submissions, notes };
}

/** A field of Gradescope's Ruby-flavoured YAML: `:name:` (a symbol key, read as ":name"), or plain `name:`. */
const field = (record: Record<string, unknown>, name: string): unknown => record[`:${name}`] ?? record[name];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The submitters of each submission id, from the text of submission_metadata.yml. Ruby tags Gradescope
 * writes on other keys (`!ruby/object:BigDecimal` on `:score:`) are read as plain values.
 *
 * @example
 * parseMetadata("submission_7:\n  :submitters:\n  - :name: Ada\n    :email: ada@example.edu\n    :sid: '1'\n", "m.yml")
 * // Map { "7" => [{ name: "Ada", email: "ada@example.edu", sid: "1" }] }
 */
export function parseMetadata(text: string, file: string): Map<string, Submitter[]> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): string => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${file}:${line}:${col}`;
  };
  const error = doc.errors[0];
  if (error !== undefined) throw new Error(`${at(error.pos[0])}: not valid YAML: ${error.message.split("\n")[0]}`);
  const bySubmission = new Map<string, Submitter[]>();
  if (doc.contents === null) return bySubmission;
  if (!isMap(doc.contents)) throw new Error(`${at(doc.contents.range?.[0])}: expected submission_<id>: entries`);
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const where = at(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const id = SUBMISSION.exec(key)?.[1];
    if (id === undefined) throw new Error(`${where}: expected a key submission_<id>, got ${JSON.stringify(key)}`);
    const entry: unknown = (pair.value as { toJS?: (doc: unknown) => unknown } | null)?.toJS?.(doc);
    const list = isRecord(entry) ? field(entry, "submitters") : undefined;
    if (!Array.isArray(list)) throw new Error(`${where}: ${key} needs a :submitters: list`);
    bySubmission.set(
      id,
      list.map((submitter, index) => {
        if (!isRecord(submitter)) throw new Error(`${where}: ${key}'s submitter ${index + 1} is not a mapping`);
        const text = (name: string): string => {
          const value = field(submitter, name);
          if (value === undefined || value === null) return "";
          if (typeof value === "object")
            throw new Error(`${where}: ${key}'s submitter ${index + 1} has a :${name}: that is not text`);
          return String(value);
        };
        return { name: text("name"), email: text("email"), sid: text("sid") };
      }),
    );
  }
  return bySubmission;
}
