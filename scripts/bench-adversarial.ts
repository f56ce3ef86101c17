/** Adversarial texts for the bench's time bound per megabyte: each case builds a text of about `bytes` UTF-16 units. */

const NEWS =
  "Russian Foreign Minister Sergey Lavrov met his South Korean counterpart Yun Byung-se in Seoul on Tuesday. " +
  "The Russian minister said Moscow opposes any new sanctions against Pyongyang, but \"we are deeply concerned\", " +
  "the ministry said. Security Council resolution 2321 (2016) tightened sanctions; resolutions 1718, 1874 and 2094 " +
  "came earlier. He said the North must abandon its nuclear programme, according to Mr. Yun. China, Japan and the " +
  "United Nations called for restraint, while NATO and the EU backed the plan of U.S. Secretary of State John Kerry.\n\n";

/** Repeats `unit` until the text is `size` code units long (cut at exactly `size`). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Deterministic pseudo-random generator (mulberry32), so every run of the bench measures the same text. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One adversarial case: a name and a builder of a text of about `size` code units. */
export interface AdversarialCase {
  name: string;
  what: string;
  build: (size: number) => string;
}

/** The adversarial cases, from realistic news to texts designed to hit quadratic paths. */
export const ADVERSARIAL_CASES: AdversarialCase[] = [
  { name: "news", what: "news prose repeated (the realistic reference)", build: (n) => fill(NEWS, n) },
  { name: "one-sentence", what: "news words, no sentence ends or line breaks", build: (n) => fill(NEWS.replace(/[.;!?\n]/g, " ").replace(/ +/g, " "), n) },
  { name: "one-paragraph", what: "news prose, no line breaks", build: (n) => fill(NEWS.replace(/\n/g, " "), n) },
  { name: "no-spaces", what: "news prose with every whitespace removed", build: (n) => fill(NEWS.replace(/\s+/g, ""), n) },
  { name: "huge-token", what: "a single letter repeated", build: (n) => "a".repeat(n) },
  {
    name: "title-case",
    what: "capitalised words with no punctuation (one endless name)",
    build: (n) => {
      const rnd = random(1);
      const words: string[] = [];
      let len = 0;
      while (len < n) {
        const w = "Lavrov Yun Kerry Seoul Moscow Minister Foreign Council Security United Nations".split(" ")[Math.floor(rnd() * 11)];
        words.push(w);
        len += w.length + 1;
      }
      return words.join(" ").slice(0, n);
    },
  },
  { name: "said-pronouns", what: "\"He said she said they said\" (coreference and attribution)", build: (n) => fill("He said she told them that it was what they said he said. ", n) },
  { name: "quotes", what: "unbalanced quotation marks with speech verbs", build: (n) => fill("\u201cLavrov said \" the minister \u201d said \u201c ' Yun ", n) },
  { name: "resolutions", what: "dense resolution citations and lists", build: (n) => fill("resolutions 1718, 1874, 2087, 2094 and 2270 (2016), S/RES/2321 (2016) and A/RES/ES-11/1; UNSC resolutions ", n) },
  { name: "abbreviations", what: "dotted abbreviations and initials", build: (n) => fill("Mr. U.S. U.N. Gen. J. R. R. Dr. St. No. ", n) },
  { name: "punctuation", what: "punctuation only", build: (n) => fill(".,;:!?()[]\"'-/\\", n) },
  { name: "html", what: "markup and javascript: URLs as text", build: (n) => fill('<script>alert("Lavrov")</script><a href="javascript:alert(1)">Yun</a> &lt;b&gt; ', n) },
  {
    name: "unicode",
    what: "random code points from every plane, incl. lone surrogates and controls",
    build: (n) => {
      const rnd = random(2);
      const units: string[] = [];
      let len = 0;
      while (len < n) {
        const r = rnd();
        const s = r < 0.15 ? " " : r < 0.2 ? String.fromCharCode(0xd800 + Math.floor(rnd() * 0x800)) : String.fromCodePoint(Math.floor(rnd() * 0x110000));
        units.push(s);
        len += s.length;
      }
      return units.join("").slice(0, n);
    },
  },
  { name: "rtl-emoji", what: "Arabic, Hebrew, bidi controls, emoji ZWJ sequences", build: (n) => fill("قال لافروف \u202bשר החוץ\u202c 👩‍👩‍👧‍👦 🇰🇷 \u200d\u200f Lavrov ", n) },
];
