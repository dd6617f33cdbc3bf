// `npm run build`, after tsc: the CLI as one ES module, dist/cli/autodiff.js, the package's `autodiff` bin.
// Node loads a module graph file by file: the CLI's 150 or so small modules cost about 0.2 s of every
// command's start-up, one bundled file a fraction of that. Packages (commander, csv-parse, Vega, ...) stay
// external, loaded from node_modules as before. The bundle sits two folders down, as the modules it is made
// of do, so their `new URL("../../package.json", import.meta.url)` still finds the package's root.
import { chmodSync, rmSync } from "node:fs";
import { build } from "esbuild";

const BIN = "dist/cli/autodiff.js";

await build({
  entryPoints: ["dist/cli.js"],
  outfile: BIN,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
// executable, as npm makes a bin at install (a rebuild would otherwise lose the bit)
chmodSync(BIN, 0o755);
// one way to run the CLI: the bundle
rmSync("dist/cli.js");
rmSync("dist/cli.d.ts");
