import { existsSync } from "node:fs";

/** Debian's headless Chromium, the browser the playground's tests drive (nothing downloads one). */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium-headless-shell";

/** CHROMIUM_PATH when set, else Debian's chromium-headless-shell when installed, else undefined. */
export function findChromium(): string | undefined {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  return existsSync(path) ? path : undefined;
}

export const INSTALL_HINT = "apt-get install chromium-headless-shell (or set CHROMIUM_PATH to a Chromium binary)";
