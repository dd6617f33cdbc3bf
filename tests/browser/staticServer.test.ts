import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "./staticServer.js";

/** The status and body of a GET, with the path sent exactly as written (fetch would normalise "../"). */
function get(url: string, path: string): Promise<[number, string]> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve([response.statusCode ?? 0, body]));
    })
      .on("error", reject)
      .end();
  });
}

describe("the browser tests' static server", () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "gradkit-static-"));
    mkdirSync(join(root, "site"));
    writeFileSync(join(root, "site", "index.html"), "<p>page</p>");
    writeFileSync(join(root, "secret.txt"), "secret");
    server = await serveStatic(join(root, "site"));
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves index.html under the prefix, as GitHub Pages serves a project", async () => {
    expect(await get(server.url, "/gradkit/")).toEqual([200, "<p>page</p>"]);
    expect(await get(server.url, "/gradkit/index.html")).toEqual([200, "<p>page</p>"]);
  });

  it.each([
    "/gradkit/../secret.txt",
    "/gradkit/%2e%2e/secret.txt",
    "/gradkit/..%2fsecret.txt",
    "/secret.txt",
    "/gradkit/nothing.js",
  ])("refuses %s", async (path) => {
    const [status, body] = await get(server.url, path);
    expect(status).toBe(404);
    expect(body).not.toContain("secret");
  });
});
