/** The `Analysis` contract (`attache.analysis/1`): plain serialisable data, spans as [start, end) offsets into `text`. */

/** A stretch of the analysed text: `text === analysis.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Metadata of the analysed article, as extracted from the page. */
export interface ArticleMeta {
  title?: string;
  url?: string;
  byline?: string;
  published?: string;
  siteName?: string;
  /** Language of the article text (BCP 47 primary subtag, e.g. "en"), when known. */
  lang?: string;
}

/** Kind of an actor. */
export type ActorType = "person" | "country" | "organization" | "group";

/** A participant in the news: a person, a country, an organisation or a group, merged across its mentions. */
export interface Actor {
  id: string;
  type: ActorType;
  name: string;
  role?: string;
  /** Affiliation: an actor id. */
  affiliation?: string;
  /** ISO 3166-1 alpha-3 when known. */
  country?: string;
  mentions: Span[];
}

/** Polarity of a stance toward its target. */
export type Polarity = "support" | "oppose" | "concern" | "neutral";

/** How firmly a stance is held in the text. */
export type Modality = "asserted" | "reported" | "hedged" | "negated" | "future";

/** Who takes which position on what, with its evidence. */
export interface Stance {
  /** Actor ids. */
  holder: string[];
  polarity: Polarity;
  /** CAMEO event code, e.g. "111". */
  cameo?: string;
  target: { text: string; actors: string[] };
  evidence: Span;
  cue?: Span;
  reportedBy?: string;
  modality?: Modality;
  /** GDELT QuadClass of the CAMEO code: 1 verbal cooperation … 4 material conflict. */
  quadClass?: 1 | 2 | 3 | 4;
  /** Goldstein value of the CAMEO code (-10 … +10). */
  goldstein?: number;
}

/** A cited UN resolution, normalised to its official symbol. */
export interface Resolution {
  symbol: string;
  body: string;
  number: number | string;
  year?: number;
  url: string;
  title?: string;
  mentions: Span[];
  /** Facts from the project's Security Council table, when known. */
  adopted?: string;
  topic?: string;
  vote?: string;
  /** How sure the detector is that this is a UN resolution (0..1). */
  confidence?: number;
}

/** What Attaché takes from one article. */
export interface Analysis {
  schema: "attache.analysis/1";
  meta: ArticleMeta;
  text: string;
  actors: Actor[];
  stances: Stance[];
  resolutions: Resolution[];
  /** "UNSC resolutions" with no number. */
  genericResolutionMentions: Span[];
  /** Notes on the analysis itself, e.g. "English-only" when actors and stances were skipped. */
  notices?: string[];
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  meta?: ArticleMeta;
}
