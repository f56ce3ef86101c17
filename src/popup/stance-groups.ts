/** Stances grouped by who holds them, for the popup's list. */
import type { Stance } from "../analysis/types.ts";

/** One holder set's stances, with their heading ("South Korea and Russia"). */
export interface StanceGroup {
  /** The holder ids, sorted and joined: the same set in any order is one group. */
  key: string;
  heading: string;
  /** The stances in the order given, with their index in the input list. */
  stances: { stance: Stance; index: number }[];
}

/** Joins names as English does: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Groups stances by holder set, groups in order of their first stance; a stance without holders is "Unattributed". */
export function groupByHolder(stances: readonly Stance[], nameOf: (id: string) => string): StanceGroup[] {
  const groups = new Map<string, StanceGroup>();
  stances.forEach((stance, index) => {
    const key = [...new Set(stance.holder)].sort().join("\u0000");
    let group = groups.get(key);
    if (!group) {
      const heading = stance.holder.length ? joinNames([...new Set(stance.holder)].map(nameOf)) : "Unattributed";
      group = { key, heading, stances: [] };
      groups.set(key, group);
    }
    group.stances.push({ stance, index });
  });
  return [...groups.values()];
}
