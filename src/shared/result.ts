/** Results that cross the wire between extension contexts: errors are data, never thrown across a message. */

/** A machine-readable code plus a message meant for the reader. */
export interface ResultError {
  code: string;
  message: string;
}

/** Outcome of an operation: a value, or an error the reader can be told about. */
export type Result<T, E extends ResultError = ResultError> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed Result. */
export function err<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** True when a value has the shape of a Result (used on data that arrives over a message channel). */
export function isResult(value: unknown): value is Result<unknown> {
  if (!value || typeof value !== "object") return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return "value" in v;
  return v.ok === false && typeof v.error?.code === "string" && typeof v.error?.message === "string";
}

/** The message of any thrown value, as a string. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}
