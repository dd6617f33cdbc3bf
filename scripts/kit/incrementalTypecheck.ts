import { statSync } from "node:fs";
import { dirname } from "node:path";
import ts from "typescript";
import type { ZeroReason } from "./score.js";
import { typeErrors } from "./typecheck.js";

/**
 * The type-check `npm run watch` runs after every save: the same compiler and settings as `npm run grade`
 * (the exercises' tsconfig.json), kept in memory between saves so only what changed is checked again
 * (a builder program, as `tsc --watch` keeps one). A few hundred milliseconds after a save, where a fresh tsc
 * takes seconds.
 *
 * @example
 * const checker = new IncrementalTypecheck("exercises/tsconfig.json", ROOT);
 * checker.check(); // Map { "03-chain-rule" => { note: "type errors", message: "Your code does not type-check ..." } }
 */
export class IncrementalTypecheck {
  private builder: ts.SemanticDiagnosticsBuilderProgram | undefined;
  private readonly sources = new Map<string, { readonly mtime: number; readonly file: ts.SourceFile | undefined }>();
  private readonly host: ts.CompilerHost;

  constructor(
    private readonly configFile: string,
    /** Paths in messages are relative to this folder ("exercises/05-.../x.ts(3,7): error ..."). */
    private readonly relativeTo: string,
  ) {
    this.host = ts.createCompilerHost(this.parse().options);
    const read = this.host.getSourceFile.bind(this.host);
    // A source file is read again only when its modification time changed: the rest of the program is kept.
    this.host.getSourceFile = (fileName, language, onError, shouldCreate) => {
      let mtime = -1;
      try {
        mtime = statSync(fileName).mtimeMs;
      } catch {
        // gone: read() reports it
      }
      const known = this.sources.get(fileName);
      if (known !== undefined && known.mtime === mtime) return known.file;
      const file = read(fileName, language, onError, shouldCreate);
      // The builder tells changed files by their version.
      if (file !== undefined) (file as ts.SourceFile & { version?: string }).version = String(mtime);
      this.sources.set(fileName, { mtime, file });
      return file;
    };
    this.host.getCurrentDirectory = () => relativeTo;
  }

  private parse(): ts.ParsedCommandLine {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      this.configFile,
      { noEmit: true, incremental: false },
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    );
    if (parsed === undefined) throw new Error(`Cannot read ${this.configFile}`);
    return parsed;
  }

  /** The exercises whose files do not type-check, each with the compiler's message. */
  check(): Map<string, ZeroReason> {
    const parsed = this.parse();
    this.builder = ts.createSemanticDiagnosticsBuilderProgram(
      parsed.fileNames,
      parsed.options,
      this.host,
      this.builder,
    );
    const program = this.builder.getProgram();
    const diagnostics: ts.Diagnostic[] = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
    const base = dirname(this.configFile);
    for (const file of program.getSourceFiles()) {
      if (!file.fileName.startsWith(`${base}/`) || file.fileName.includes("/node_modules/")) continue;
      const syntax = program.getSyntacticDiagnostics(file);
      diagnostics.push(...syntax);
      if (syntax.length === 0) diagnostics.push(...this.builder.getSemanticDiagnostics(file));
    }
    const output = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => this.relativeTo,
      getNewLine: () => "\n",
    });
    return typeErrors(output);
  }
}
