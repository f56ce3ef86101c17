// Lint: TypeScript rules plus the import boundaries of STYLE.md (which context may import which).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const forbid = (groups, message) => ({ group: groups, message });
const NOT_TEST_OR_SCRIPTS = forbid(["**/test/**", "**/scripts/**"], "src/ never imports test/ or scripts/.");

export default tseslint.config(
  { ignores: ["dist/**", "dist-*/**", "node_modules/**", "bench-results/**", "coverage/**", ".tmp*/**", ".bench/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-constant-condition": ["error", { checkLoops: false }],
    },
  },
  {
    // The pure core: text in, plain JSON out. Nothing from the browser, Node or the rest of src/.
    files: ["src/analysis/**/*.ts"],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          forbid(["**/page/**", "**/content/**", "**/background/**", "**/popup/**", "**/notes/**", "**/shared/**", "**/cli/**"],
            "src/analysis imports nothing outside itself."),
          forbid(["node:*", "webextension-polyfill", "preact", "preact/*", "linkedom", "@mozilla/readability"],
            "src/analysis is pure: no Node, browser or UI modules."),
          NOT_TEST_OR_SCRIPTS,
        ],
      }],
      "no-restricted-globals": ["error", "window", "document", "chrome", "browser", "localStorage", "process", "navigator"],
    },
  },
  {
    // The popup never imports content or background code (the background injects the content script).
    files: ["src/popup/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [forbid(["**/background/**", "**/content/**"], "popup never imports content or background code."), NOT_TEST_OR_SCRIPTS] }] },
  },
  {
    // The content script is injected into every analysed page: it reads and paints, the background analyses.
    files: ["src/content/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [
      forbid(["**/popup/**", "**/background/**"], "content never imports popup or background."),
      { group: ["**/analysis/*", "**/analysis/**", "!**/analysis/types.ts"], allowTypeImports: true, message: "the content script stays lean: only types from src/analysis (the background runs the analysis)." },
      NOT_TEST_OR_SCRIPTS,
    ] }] },
  },
  {
    // The background may name the content script's built file ("…/content/x.ts?script&iife") to inject it, never import its code.
    files: ["src/background/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)popup/|(^|/)content/[^?]*$", message: "background never imports popup or content code." }, NOT_TEST_OR_SCRIPTS] }] },
  },
  {
    files: ["src/page/**/*.ts", "src/notes/**/*.ts", "src/shared/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [forbid(["**/popup/**", "**/content/**", "**/background/**", "**/cli/**"], "page, notes and shared code serve every context and import none of them."), NOT_TEST_OR_SCRIPTS] }] },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [forbid(["**/popup/**", "**/content/**", "**/background/**", "webextension-polyfill"], "the CLI runs the pure core in Node."), NOT_TEST_OR_SCRIPTS] }] },
  },
);
