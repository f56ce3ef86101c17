/** A readable plain-text summary of an Analysis, for the terminal. */
import type { Analysis, Actor } from "../analysis/index.ts";
import { stanceVerb, verbBefore } from "../shared/stance-verb.ts";


function actorLine(a: Actor, byId: Map<string, Actor>): string {
  const parts: string[] = [];
  if (a.role) parts.push(a.role);
  if (a.affiliation) parts.push(byId.get(a.affiliation)?.name ?? a.affiliation);
  const details = parts.length ? ` — ${parts.join(", ")}` : "";
  return `  ${a.name}${details}  (${a.mentions.length} mention${a.mentions.length === 1 ? "" : "s"})`;
}

/** Formats an analysis as sections: actors by kind, stances, resolutions. */
export function formatSummary(analysis: Analysis): string {
  const out: string[] = [];
  const byId = new Map(analysis.actors.map((a) => [a.id, a]));
  if (analysis.meta.title) out.push(analysis.meta.title);
  if (analysis.meta.url) out.push(analysis.meta.url);
  for (const n of analysis.notices ?? []) out.push(`Note: ${n}`);
  const kinds: [Actor["type"], string][] = [
    ["person", "People"],
    ["country", "Countries"],
    ["organization", "Organisations"],
    ["group", "Groups"],
  ];
  out.push("", "ACTORS");
  if (analysis.actors.length === 0) out.push("  (none found)");
  for (const [type, label] of kinds) {
    const list = analysis.actors.filter((a) => a.type === type);
    if (!list.length) continue;
    out.push(` ${label}`);
    for (const a of list) out.push(actorLine(a, byId));
  }
  out.push("", "STANCES");
  if (analysis.stances.length === 0) out.push("  (none found)");
  for (const s of analysis.stances) {
    const holder = s.holder.map((id) => byId.get(id)?.name ?? id).join(" and ") || "(unknown)";
    const flags = [s.cameo ? `CAMEO ${s.cameo}` : "", s.modality && s.modality !== "asserted" ? s.modality : ""]
      .filter(Boolean)
      .join(", ");
    const verb = verbBefore(stanceVerb(s, s.holder.length > 1), s.target.text);
    out.push(`  ${holder} ${verb} ${s.target.text}${flags ? `  [${flags}]` : ""}`);
    out.push(`      “${s.evidence.text}”${s.reportedBy ? ` — reported by ${s.reportedBy}` : ""}`);
  }
  out.push("", "UN RESOLUTIONS");
  if (analysis.resolutions.length === 0) out.push("  (none cited)");
  for (const r of analysis.resolutions) {
    const facts = [r.adopted ? `adopted ${r.adopted}` : r.year ? String(r.year) : "", r.topic ?? r.title ?? "", r.vote ? `vote ${r.vote}` : ""]
      .filter(Boolean)
      .join("; ");
    out.push(`  ${r.symbol}${facts ? `  ${facts}` : ""}`);
    out.push(`      ${r.url}`);
  }
  if (analysis.genericResolutionMentions.length) {
    out.push(`  Also mentioned without a number: ${analysis.genericResolutionMentions.map((m) => `“${m.text}”`).join(", ")}`);
  }
  return out.join("\n");
}
