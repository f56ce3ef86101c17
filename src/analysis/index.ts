/** Public entry of the pure analysis core. */
export { analyze } from "./analyze.ts";
export type * from "./types.ts";
