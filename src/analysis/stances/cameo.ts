/** CAMEO codes: names, Goldstein values and QuadClass. */
import { CAMEO_ROWS } from "../data/cameo-codes.ts";

/** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

let table: Map<string, { goldstein: number; name: string }> | null = null;

function load() {
  if (!table) {
    table = new Map();
    for (const row of CAMEO_ROWS) {
      const [code, g, name] = row.split("\t");
      table.set(code, { goldstein: Number(g), name });
    }
  }
  return table;
}

/** Name and Goldstein value of a CAMEO code, or undefined when the code is unknown. */
export function cameoInfo(code: string): { goldstein: number; name: string } | undefined {
  return load().get(code);
}

/** QuadClass of a CAMEO code from its root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4. */
export function quadClass(code: string): QuadClass {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}
