/**
 * Build of the extension: Preact + @crxjs/vite-plugin. `vite build` → dist/ (Chromium); `vite build --mode firefox`
 * → dist-firefox/; `--mode firefox-test` → dist-firefox-test/, which adds host access to 127.0.0.1 because no toolbar
 * click (and so no activeTab grant) can be simulated in Firefox. That permission never reaches a release build.
 */
import { defineConfig, type Plugin } from "vite";
import preact from "@preact/preset-vite";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import baseManifest from "./manifest.json" with { type: "json" };
import { NER_MODEL } from "./src/analysis/data/ner-model.ts";
import { encodeModelFile } from "./src/analysis/entities/ner/model-file.ts";
import { NER_MODEL_FILE } from "./src/background/ner-model-loader.ts";
import { extractInPage } from "./src/shared/extract-in-page.ts";
import { CONTENT_GUARD } from "./src/shared/messages.ts";

/** Firefox wants background scripts (no service worker) and a gecko id. */
function firefoxManifest(test: boolean): ManifestV3Export {
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    ...(test ? { host_permissions: ["http://127.0.0.1/*"] } : {}),
    background: { scripts: [background.service_worker], type: "module" },
    browser_specific_settings: {
      gecko: { id: "attache@attache.invalid", strict_min_version: "142.0", data_collection_permissions: { required: ["none"] } },
    },
  } as unknown as ManifestV3Export;
}

/** The statement appended to the injected content script: its value, the article, is what the injection returns. */
export const EXTRACT_TAIL = `\n;(${extractInPage.toString()})(${JSON.stringify(CONTENT_GUARD)});\n`;

/**
 * Post-build work on the content script that the background injects (`?script&iife`):
 * - drops `web_accessible_resources` for every site that crxjs adds (`scripting.executeScript` needs no such entry);
 * - drops an ES-module copy of the content script next to the IIFE one that is actually injected, referenced by nothing;
 * - ends the IIFE file with a call of `extractInPage` (shared/extract-in-page.ts), so that one injection sets the
 *   script up and answers with the article (background/read-tab.ts).
 */
function finishInjectedScript(outDir: string): Plugin {
  return {
    name: "attache:finish-injected-script",
    apply: "build",
    enforce: "post",
    writeBundle() {
      const file = join(outDir, "manifest.json");
      const manifest = JSON.parse(readFileSync(file, "utf8"));
      delete manifest.web_accessible_resources;
      writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
      const assets = join(outDir, "assets");
      const files = readdirSync(assets);
      const others = [...files.map((f) => join(assets, f)), join(outDir, "service-worker-loader.js"), join(outDir, "popup.html")]
        .filter((f) => /\.(js|html)$/.test(f))
        .map((f) => ({ f, text: readFileSync(f, "utf8") }));
      for (const name of files) {
        if (!name.startsWith("content-script.ts-")) continue;
        if (others.some(({ f, text }) => !f.endsWith(name) && text.includes(name))) continue;
        rmSync(join(assets, name));
      }
      const injected = others.flatMap(({ text }) => [...text.matchAll(/["'`](src\/content\/content-script[\w.-]*\.js)["'`]/g)].map((m) => m[1]));
      if (injected.length === 0) throw new Error("attache: the injected content script was not found in the build");
      for (const rel of new Set(injected)) {
        const file = join(outDir, rel);
        const text = readFileSync(file, "utf8");
        if (!text.endsWith(EXTRACT_TAIL)) writeFileSync(file, text + EXTRACT_TAIL);
      }
    },
  };
}

/**
 * The name recogniser's weights as a data file of the extension instead of a module of the worker's script: the import
 * of the generated module resolves to a stub, and the build writes the same weights as a binary file for the worker to fetch.
 */
function nerModelAsFile(): Plugin {
  return {
    name: "attache:ner-model-as-file",
    enforce: "pre",
    resolveId(source) {
      return /(^|\/)data\/ner-model(\.ts)?$/.test(source) ? resolve("src/background/ner-model-stub.ts") : null;
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: NER_MODEL_FILE, source: encodeModelFile(NER_MODEL) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === "firefox" || mode === "firefox-test";
  const outDir = mode === "firefox-test" ? "dist-firefox-test" : firefox ? "dist-firefox" : "dist";
  return {
    plugins: [
      nerModelAsFile(),
      preact(),
      crx({ manifest: firefox ? firefoxManifest(mode === "firefox-test") : (baseManifest as ManifestV3Export), browser: firefox ? "firefox" : "chrome" }),
      finishInjectedScript(outDir),
    ],
    build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false },
  };
});
