/**
 * The built manifest (dist/manifest.json) asks for no more than Attaché needs and exposes nothing to pages; the
 * injected content script is lean (no analysis, no model weights: those live in the background worker).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { NER_MODEL } from "../../src/analysis/data/ner-model.ts";
import { bytesOf } from "../../src/analysis/entities/ner/model.ts";
import { decodeModelFile } from "../../src/analysis/entities/ner/model-file.ts";
import { CONTENT_GUARD } from "../../src/shared/messages.ts";
import { DIST } from "./harness.ts";

describe("built manifest", () => {
  const file = join(DIST, "manifest.json");
  const manifest = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;

  test("dist/ is built", () => {
    expect(manifest, "run `npm run build` first").toBeDefined();
  });

  test("permissions are exactly activeTab, scripting and storage; no host access, no static content scripts", () => {
    expect([...manifest.permissions].sort()).toEqual(["activeTab", "scripting", "storage"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test("the extension pages' CSP is strict", () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toBe("script-src 'self'; object-src 'self'");
    expect(csp).not.toMatch(/unsafe-|https?:|\*/);
  });

  test("every file the manifest names exists", () => {
    const files = [manifest.background.service_worker, manifest.action.default_popup, ...Object.values<string>(manifest.icons), ...Object.values<string>(manifest.action.default_icon)];
    for (const f of files) expect(existsSync(join(DIST, f)), f).toBe(true);
    expect(existsSync(join(DIST, "src/content/content-script.js"))).toBe(true);
  });

  test("the injected content script ends with the call whose value, the article, the injection returns", () => {
    const text = readFileSync(join(DIST, "src/content/content-script.js"), "utf8");
    const at = text.lastIndexOf("\n;(function extractInPage(");
    expect(at).toBeGreaterThan(0);
    const tail = text.slice(at);
    expect(tail.trimEnd().endsWith(`(${JSON.stringify(CONTENT_GUARD)});`)).toBe(true);
    // A script's completion value is its last expression statement's: the article from a live content script, else null.
    const article = { ok: true, value: { url: "https://example.org/", text: "t" } };
    expect(runInNewContext(text.slice(at), { [CONTENT_GUARD]: { alive: () => true, extract: () => article } })).toBe(article);
    expect(runInNewContext(text.slice(at), { [CONTENT_GUARD]: { alive: () => false, extract: () => article } })).toBe(null);
    expect(runInNewContext(text.slice(at), {})).toBeFalsy();
  });

  test("no script carries the model weights: they ship as one data file that the background worker fetches", () => {
    const content = readFileSync(join(DIST, "src/content/content-script.js"));
    expect(gzipSync(content, { level: 9 }).length).toBeLessThan(150 * 1024);
    // A long run of the NER model's base64 data, and a name only the analysis core uses.
    const model = readFileSync("src/analysis/data/ner-model.ts", "utf8");
    const weights = /"([A-Za-z0-9+/=_-]{512,})"/.exec(model)?.[1].slice(0, 200);
    expect(weights).toBeDefined();
    expect(content.toString("utf8")).not.toContain(weights!);
    const assets = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
    const holders = assets.filter((f) => readFileSync(join(DIST, "assets", f), "utf8").includes(weights!));
    expect(holders).toEqual([]);
    // The data file holds the same model as the generated module, byte for byte.
    const data = readFileSync(join(DIST, "ner-model.bin"));
    const file = decodeModelFile(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
    expect(Buffer.from(bytesOf(file.stage1.weights)).equals(Buffer.from(bytesOf(NER_MODEL.stage1.weights)))).toBe(true);
    expect(Buffer.from(bytesOf(file.gazetteer.keys)).equals(Buffer.from(bytesOf(NER_MODEL.gazetteer.keys)))).toBe(true);
    // The worker names the file, and the manifest exposes it to no page (the extension's own fetch needs no entry).
    const worker = assets.filter((f) => f.startsWith("service-worker") && readFileSync(join(DIST, "assets", f), "utf8").includes("ner-model.bin"));
    expect(worker).toHaveLength(1);
  });
});
