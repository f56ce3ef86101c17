import {
  buildNote,
  checkInput,
  uuidOf,
  type Note,
  type NoteInput,
} from "./note.ts";
import { err, ok, type Result } from "../shared/result.ts";

/** What an import file held: the notes that passed the checks, and how many items did not. */
export interface ParsedImport {
  notes: Note[];
  invalid: number;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isAnnotation(value: unknown): value is Json {
  if (!isRecord(value)) return false;
  // W3C allows "type" to be a list, and the older Open Annotation data used "oa:Annotation".
  return asList(value.type).some((t) => t === "Annotation" || t === "oa:Annotation");
}

/** The annotations of an import: a bare array, or a W3C AnnotationPage/AnnotationCollection. */
function annotationItems(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return undefined;
  if (Array.isArray(data.items)) return data.items;
  if (isRecord(data.first) && Array.isArray(data.first.items)) return data.first.items;
  if (isAnnotation(data)) return [data];
  return undefined;
}

/**
 * A stable UUID (version 8, RFC 9562: made by us, not random) derived from a string, so an
 * annotation with a foreign id, or none, gets the same id each time the same file is imported.
 * Four 32-bit FNV-1a hashes with different seeds make the 128 bits.
 */
export function stableUuid(key: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  });
  const hex = words.map((w) => w.toString(16).padStart(8, "0")).join("").split("");
  hex[12] = "8"; // version 8
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16); // RFC 4122 variant
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function validDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : value;
}

/** Reads one annotation (ours, or another tool's) into a Note, or says why it cannot. */
export function parseAnnotation(value: unknown, now: Date): Result<Note> {
  if (!isAnnotation(value)) return err("invalid-note", "Not a Web Annotation.");
  const bodies = asList(value.body);
  const comments: string[] = [];
  const tags: string[] = [];
  if (typeof value.bodyValue === "string") comments.push(value.bodyValue);
  for (const body of bodies) {
    if (typeof body === "string") continue; // a link to an external body: nothing to keep as text
    if (!isRecord(body) || typeof body.value !== "string") continue;
    const purposes = asList(body.purpose);
    if (purposes.includes("tagging")) tags.push(body.value);
    else comments.push(body.value);
  }
  // Hypothesis and similar tools put the target in a one-element list.
  const target = asList(value.target)[0];
  const source = typeof target === "string" ? target : isRecord(target) ? target.source : undefined;
  if (typeof source !== "string") return err("invalid-note", "The annotation has no target source.");
  const selectors = isRecord(target) ? asList(target.selector).filter(isRecord) : [];
  const quoteSel = selectors.find((s) => s.type === "TextQuoteSelector");
  const positionSel = selectors.find((s) => s.type === "TextPositionSelector");
  const extension = isRecord(value.attache) ? value.attache : {};
  const input: NoteInput = {
    source,
    text: comments.join("\n\n"),
    tags,
    title: typeof extension.title === "string" ? extension.title : undefined,
    actorId: typeof extension.actorId === "string" ? extension.actorId : undefined,
    actorName: typeof extension.actorName === "string" ? extension.actorName : undefined,
  };
  if (quoteSel) {
    input.quote = {
      exact: quoteSel.exact as string,
      prefix: quoteSel.prefix as string,
      suffix: quoteSel.suffix as string,
      ...(positionSel ? { start: positionSel.start as number, end: positionSel.end as number } : {}),
    } as NoteInput["quote"];
  }
  const checked = checkInput(input, { requirePosition: false });
  if (!checked.ok) return checked;

  const rawId = typeof value.id === "string" ? value.id : typeof value["@id"] === "string" ? (value["@id"] as string) : undefined;
  const uuid = rawId ? uuidOf(rawId) : undefined;
  if (rawId && !uuid) checked.value.extension.originalId = rawId;
  else if (typeof extension.originalId === "string") checked.value.extension.originalId = extension.originalId;
  const fallbackTime = now.toISOString();
  const created = validDate(value.created) ?? fallbackTime;
  const modified = validDate(value.modified) ?? created;
  // Without an id of its own, the annotation's content stands in for one.
  const id = uuid ?? stableUuid(rawId ?? JSON.stringify(value));
  const note = buildNote(checked.value, { id: `urn:uuid:${id}`, created, modified });
  // Keep the motivation the file gave when it is one we know, so a round trip changes nothing.
  if (value.motivation === "commenting" || value.motivation === "tagging") note.motivation = value.motivation;
  return ok(note);
}

/**
 * Parses the text of an import file. Malformed JSON gives "invalid-json"; JSON that is not a list
 * of annotations gives "invalid-format"; single items that fail the checks are counted as invalid.
 */
export function parseImport(text: string, now: Date): Result<ParsedImport> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return err("invalid-json", `This file is not valid JSON${detail}. Choose a JSON file exported from Attaché or another Web Annotation tool.`);
  }
  const items = annotationItems(data);
  if (!items || (items.length > 0 && !items.some(isAnnotation))) {
    return err(
      "invalid-format",
      "This JSON file does not hold notes: expected a list of Web Annotations (as Attaché exports them).",
    );
  }
  const notes: Note[] = [];
  let invalid = 0;
  for (const item of items) {
    const parsed = parseAnnotation(item, now);
    if (parsed.ok) notes.push(parsed.value);
    else invalid++;
  }
  return ok({ notes, invalid });
}
