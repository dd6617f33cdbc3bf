import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the files under `root` on 127.0.0.1 at a free port, as GitHub Pages would serve playground/dist:
 * GET only, nothing outside `root` (a path that climbs out is a 404), no directory listings.
 */
export async function serveStatic(root: string, prefix = "/gradkit/"): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      if (request.method !== "GET" || !path.startsWith(prefix)) return notFound(response);
      const relative = path.slice(prefix.length) || "index.html";
      const file = resolve(join(base, relative));
      if (!file.startsWith(base + sep)) return notFound(response);
      const info = await stat(file).catch(() => undefined);
      if (info === undefined || !info.isFile()) return notFound(response);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
      });
      createReadStream(file).pipe(response);
    })().catch(() => notFound(response));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function notFound(response: import("node:http").ServerResponse): void {
  if (!response.headersSent) response.writeHead(404, { "content-type": "text/plain" });
  response.end("not found");
}
