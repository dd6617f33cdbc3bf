#!/usr/bin/env node
/**
 * `autodiff`: evaluate, differentiate and explain a typed formula, and fit a model to a CSV file.
 * The commands are the table in src/cli/commandTable.ts; src/cli/main.ts runs one command line.
 */
import { main } from "./cli/main.js";

// A closed pipe (autodiff ... | head) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
  debug: process.env.AUTODIFF_DEBUG === "1",
  ...(process.stdout.columns !== undefined ? { columns: process.stdout.columns } : {}),
});
