import { describe, it, expect } from "vitest";
import { analyze, type Analysis } from "../../../src/analysis/index.ts";
import { TITLE_WORDS } from "../../../src/analysis/data/roles.ts";

const actor = (a: Analysis, name: string) => a.actors.find((x) => x.name === name || x.mentions.some((m) => m.text === name));

describe("actors from real phrasing", () => {
  const rows: { text: string; name: string; type: string; role?: string; affiliation?: string; mentions?: string[] }[] = [
    {
      text: "South Korean Foreign Minister Yun Byung-se met reporters. Yun said the talks went well.",
      name: "Yun Byung-se", type: "person", role: "Foreign Minister", affiliation: "KOR", mentions: ["Yun Byung-se", "Yun"],
    },
    {
      text: "Yun Byung-se and his Russian counterpart Sergey Lavrov met in Munich. Later the Russian minister left.",
      name: "Sergey Lavrov", type: "person", affiliation: "RUS", mentions: ["Sergey Lavrov", "the Russian minister"],
    },
    {
      text: "U.N. Secretary-General Antonio Guterres called for restraint on Monday.",
      name: "Antonio Guterres", type: "person", role: "Secretary-General", affiliation: "un",
    },
    {
      text: "Putin said on Tuesday that Russia would respond.",
      name: "Vladimir Putin", type: "person", role: "President", affiliation: "RUS", mentions: ["Putin"],
    },
    {
      text: "The Kremlin rejected the proposal, and Moscow said it would not negotiate.",
      name: "Russia", type: "country", mentions: ["Kremlin", "Moscow"],
    },
    {
      text: "Pyongyang fired two missiles. The North has tested dozens of missiles this year, South Korea said.",
      name: "North Korea", type: "country", mentions: ["Pyongyang", "the North"],
    },
    {
      text: "The U.S. and the UK said Washington and London would coordinate with NATO.",
      name: "United States", type: "country", mentions: ["U.S.", "Washington"],
    },
    {
      text: "The UN Security Council will meet on Friday; the UNSC last met in May.",
      name: "U.N. Security Council", type: "organization", mentions: ["UN Security Council", "UNSC"],
    },
    {
      text: "Hezbollah fighters clashed with Israeli troops, and Hamas said it would respond.",
      name: "Hezbollah", type: "group",
    },
  ];
  it.each(rows)("$name in: $text", (row) => {
    const a = analyze(row.text);
    const x = actor(a, row.name);
    expect(x, JSON.stringify(a.actors.map((y) => y.name))).toBeDefined();
    expect(x!.type).toBe(row.type);
    if (row.role) expect(x!.role).toBe(row.role);
    if (row.affiliation) expect(x!.affiliation).toBe(row.affiliation);
    for (const m of row.mentions ?? []) expect(x!.mentions.map((y) => y.text.toLowerCase())).toContain(m.toLowerCase());
  });

  it.each([
    ["White House spokesman Josh Earnest said the attack was cowardly.", "Josh Earnest", "Spokesman", "USA"],
    ["White House press secretary Josh Earnest condemned the attack.", "Josh Earnest", "Press Secretary", "USA"],
    ["British foreign secretary Boris Johnson said London would respond.", "Boris Johnson", "Foreign Secretary", "GBR"],
    ["In Harare, Zimbabwean opposition leader Morgan Tsvangirai returned on Wednesday.", "Morgan Tsvangirai", "Opposition Leader", "ZWE"],
    ["Chinese foreign minister Wang Yi urged calm on Friday.", "Wang Yi", "Foreign Minister", "CHN"],
    ["Iraqi Prime Minister Haider al-Abadi visited Mosul. Abadi said the city was free.", "Haider al-Abadi", "Prime Minister", "IRQ"],
  ])("lower-case and stacked titles: %s", (text, name, role, affiliation) => {
    const x = actor(analyze(text), name);
    expect(x).toMatchObject({ type: "person", role, affiliation });
  });

  it("reads soft hyphens, dotted initials and honorifics as part of the same person", () => {
    const a = analyze("Russian President Vladi\u00ADmir Putin spoke. President George H.W. Bush held talks. Robert Mugabe left. Mr Mugabe said no. Mugabe stayed.");
    expect(actor(a, "Vladimir Putin")).toMatchObject({ role: "President", affiliation: "RUS" });
    expect(actor(a, "George H.W. Bush")).toMatchObject({ role: "President" });
    expect(actor(a, "Robert Mugabe")!.mentions).toHaveLength(3);
    expect(a.actors.filter((x) => x.type === "person")).toHaveLength(3);
  });

  it("joins a bare surname to an Arabic name with a particle", () => {
    const a = analyze("Sudanese President Omar Hassan al-Bashir rejected the charges. Bashir has ruled since 1989. Osama bin Laden lived in Sudan; bin Laden left in 1996.");
    expect(actor(a, "Omar Hassan al-Bashir")!.mentions.map((m) => m.text)).toContain("Bashir");
    expect(a.actors.filter((x) => x.type === "person").map((x) => x.name).sort()).toEqual(["Omar Hassan al-Bashir", "Osama bin Laden"]);
  });

  it("does not take parties, peoples or movements tagged as names for people", () => {
    const a = analyze(
      "Ennahda won the most seats. Leaders of Ennahda met Muslims in Tunis after the Arab Spring, and the Muslim Brotherhood said it agreed.",
    );
    const people = a.actors.filter((x) => x.type === "person").map((x) => x.name);
    for (const bad of ["Ennahda", "Muslims", "Arab Spring", "Muslim Brotherhood"]) expect(people).not.toContain(bad);
  });

  it("does not take a spacecraft or a place the recogniser called an organisation for one", () => {
    const a = analyze(
      "The Progress cargo ship lifted off from Baikonur. Progress was to dock with the station on Saturday, NASA said. " +
        "Debris fell over Siberia, and officials in Siberia searched for it. NASA launched a second ship.",
    );
    const orgs = a.actors.filter((x) => x.type === "organization").map((x) => x.name);
    expect(orgs).not.toContain("Progress");
    expect(orgs).not.toContain("Siberia");
  });

  it("does not take months, days or weapon systems for actors", () => {
    const a = analyze(
      "On Saturday in September, the Terminal High Altitude Area Defense (THAAD) system was deployed in South Korea, officials said.",
    );
    const names = a.actors.map((x) => x.name);
    for (const bad of ["Saturday", "September", "Terminal High Altitude Area Defense"]) expect(names).not.toContain(bad);
  });

  it("reads 'the North' as North Korea only in a Korea story", () => {
    const korea = analyze("Seoul warned that the North could test again.");
    expect(actor(korea, "the North")?.name).toBe("North Korea");
    const civilWar = analyze("The war between the North and the South ended in 1865 in America.");
    expect(civilWar.actors.find((x) => x.id === "PRK")).toBeUndefined();
  });

  it("leaves a pronoun unresolved when the sentence names the same person again", () => {
    const a = analyze("A source quoted Lavrov as saying it was not desirable. He also said that the Russian minister was worried.");
    const lavrov = a.actors.find((x) => x.name.includes("Lavrov"))!;
    expect(lavrov.mentions.map((m) => m.text)).not.toContain("He");
  });
});

describe("people not in any table", () => {
  it("finds roles, affiliations and short names from titles and 'counterpart' alone", () => {
    const a = analyze(
      "South Korean Foreign Minister Park Min-soo and his Russian counterpart Ivan Petrov met in Munich on Saturday. " +
        "Park said the talks were useful. Petrov reaffirmed Russia's position, and the Russian minister left early.",
    );
    const park = a.actors.find((x) => x.name === "Park Min-soo")!;
    const petrov = a.actors.find((x) => x.name === "Ivan Petrov")!;
    expect(park).toMatchObject({ type: "person", role: "Foreign Minister", affiliation: "KOR" });
    expect(petrov).toMatchObject({ type: "person", role: "Foreign Minister", affiliation: "RUS" });
    expect(park.mentions.map((m) => m.text)).toContain("Park");
    expect(petrov.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["Petrov", "the Russian minister"]));
    expect(a.actors.filter((x) => x.type === "person")).toHaveLength(2);
  });
});

describe("title words", () => {
  it("all start with an ASCII capital (the title pass skips other words before looking them up)", () => {
    expect([...TITLE_WORDS].filter((w) => !/^[A-Z]/.test(w))).toEqual([]);
  });
});
