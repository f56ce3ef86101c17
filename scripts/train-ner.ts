/**
 * Trains the NER tagger on CoNLL-2003 train.txt, picks the epoch count on valid.txt, and writes the quantised weights
 * to src/analysis/data/ner-model.ts. Deterministic: fixed seed, fixed document order, no threads.
 * Usage: npm run train:ner [-- --epochs N] [--min-count N] [--folds K] [--no-stage2] [--corpus DIR] [--out FILE]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import countries from "world-countries";
import nlp from "compromise";
import { parseConll, type ConllDocument } from "../src/analysis/entities/ner/conll.ts";
import { extractFeatures, extractStage2Features, NUM_SLOTS, NUM_STAGE2_SLOTS, NUM_TAGS, prepareDocument, stage2Hints, TAGS, type PreparedDoc } from "../src/analysis/entities/ner/features.ts";
import { GAZ, phraseHash, type Gazetteer } from "../src/analysis/entities/ner/gazetteer.ts";
import { allowed, constrain, viterbi } from "../src/analysis/entities/ner/decode.ts";
import { encodeBase64, encodeSortedKeys, FeatureTable, type SerializedModel, type SerializedStage } from "../src/analysis/entities/ner/model.ts";
import { NerTagger } from "../src/analysis/entities/ner/tagger.ts";
import { tokenize } from "../src/analysis/text/tokenize.ts";

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const flag = (name: string) => args.includes(`--${name}`);
const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(ROOT, opt("corpus", "../shared/corpus/conll2003"));
const OUT = resolve(ROOT, opt("out", "src/analysis/data/ner-model.ts"));
const MAX_EPOCHS = Number(opt("epochs", "12"));
const MIN_COUNT = Number(opt("min-count", "1"));
const FOLDS = Number(opt("folds", "5"));
const STAGE2 = !flag("no-stage2");
const SEED = 20030601;
const T = NUM_TAGS;

const t0 = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

// ---------------------------------------------------------------- gazetteer
// Hand-written lists: titles and words that end or open organisation names.
const TITLES = `president vice-president prime minister foreign defence defense interior finance secretary secretary-general
director-general chancellor king queen prince princess sheikh emir sultan ambassador envoy spokesman spokeswoman spokesperson
general gen. lt. col. maj. capt. adm. admiral colonel major captain lieutenant sergeant commander chief senator sen. rep. representative
governor gov. mayor judge justice pope cardinal bishop archbishop rabbi imam ayatollah mr. mrs. ms. dr. prof. sir lord lady dame
chairman chairwoman chair ceo premier president-elect leader deputy counterpart coach striker midfielder defender goalkeeper
minister-president dalai lama crown`.split(/\s+/);
const ORG_WORDS = `ministry council party bank corp corp. corporation inc inc. ltd ltd. plc co co. company group union committee commission
organisation organization agency front army forces force navy authority association federation league club university institute
fund foundation court parliament assembly congress senate board office bureau department service services news agency times post
press exchange airlines airways motors holdings industries international insurance securities telecom brigade brigades movement
alliance coalition fc united city rovers athletic wanderers hotspur`.split(/\s+/);

// Hand-written: international organisations, blocs, agencies and armed groups that foreign-affairs news names often.
const ORGANISATIONS = `United Nations|UN|U.N.|UNSC|Security Council|General Assembly|WHO|World Health Organization|World Health Organisation
UNICEF|UNESCO|UNHCR|UNRWA|UNDP|UNEP|FAO|WFP|World Food Programme|IAEA|International Atomic Energy Agency|OPCW|ICC
International Criminal Court|International Court of Justice|ICJ|IMF|International Monetary Fund|World Bank|WTO
World Trade Organization|NATO|North Atlantic Treaty Organization|EU|European Union|European Commission|European Council
European Parliament|Council of Europe|OSCE|African Union|AU|ASEAN|Arab League|Gulf Cooperation Council|GCC|OPEC|OECD
G7|G20|BRICS|SCO|Shanghai Cooperation Organisation|Commonwealth|Interpol|Europol|Red Cross|ICRC|Red Crescent
Amnesty International|Human Rights Watch|Medecins Sans Frontieres|Doctors Without Borders|Greenpeace|Hamas|Hezbollah|Hizbollah
Taliban|al-Qaeda|al Qaeda|al-Qaida|Islamic State|ISIS|ISIL|Daesh|Hayat Tahrir al-Sham|HTS|al-Nusra Front|Nusra Front
al-Shabaab|al-Shabab|Boko Haram|Houthis|Ansar Allah|Islamic Jihad|Fatah|Palestinian Authority|PLO|PKK|YPG|SDF
Syrian Democratic Forces|Free Syrian Army|Wagner Group|Wagner|Kremlin|Pentagon|State Department|White House|Foreign Office
Quai d'Orsay|Bundestag|Knesset|Duma|Rada|Majlis|Politburo|Xinhua|Reuters|Associated Press|AFP|Yonhap|KCNA|TASS|RIA Novosti
Interfax|Al Jazeera|BBC|CNN|IRGC|Revolutionary Guards|Mossad|CIA|FBI|KGB|FSB|MI6|Munich Security Conference`.split(/[|\n]/);

function buildGazetteer(): { gaz: Gazetteer; entries: Map<number, number> } {
  const entries = new Map<number, number>();
  let maxLen = 1;
  const add = (phrase: string | undefined, bits: number) => {
    if (!phrase) return;
    const words = tokenize(phrase).map((t) => t.text);
    if (!words.length || words.length > 6) return;
    const h = phraseHash(words);
    entries.set(h, (entries.get(h) ?? 0) | bits);
    maxLen = Math.max(maxLen, words.length);
  };
  for (const c of countries) {
    add(c.name.common, GAZ.COUNTRY);
    add(c.name.official, GAZ.COUNTRY);
    for (const a of c.altSpellings) if (a.length > 3) add(a, GAZ.COUNTRY);
    for (const cap of c.capital ?? []) add(cap, GAZ.PLACE);
    add(c.region, GAZ.PLACE);
    add(c.subregion, GAZ.PLACE);
    const dem = c.demonyms?.eng;
    if (dem) { add(dem.m, GAZ.DEMONYM); add(dem.f, GAZ.DEMONYM); }
  }
  // compromise's hand-curated lexicon: first and last names, places, organisations, demonyms, honorifics.
  const lex = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  for (const [w, tag] of Object.entries(lex)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    let bits = 0;
    for (const t of tags) {
      if (t === "FirstName" || t === "MaleName" || t === "FemaleName") bits |= GAZ.FIRST_NAME;
      else if (t === "LastName") bits |= GAZ.LAST_NAME;
      else if (t === "Country") bits |= GAZ.COUNTRY;
      else if (t === "City" || t === "Region" || t === "Place") bits |= GAZ.PLACE;
      else if (t === "Organization" || t === "SportsTeam") bits |= GAZ.ORG;
      else if (t === "Demonym") bits |= GAZ.DEMONYM;
      else if (t === "Honorific") bits |= GAZ.TITLE;
    }
    if (bits) add(w, bits);
  }
  for (const w of TITLES) add(w, GAZ.TITLE);
  for (const w of ORG_WORDS) add(w, GAZ.ORG_WORD);
  for (const o of ORGANISATIONS) add(o.trim(), GAZ.ORG);
  return { gaz: { phrases: entries, maxLen }, entries };
}

// ---------------------------------------------------------------- data
/** A training or dev document: prepared tokens, gold tags, feature ids (`slots` per token), their rows, and an optional base score. */
interface Doc { prep: PreparedDoc; gold: Uint8Array; slots: number; feats: Uint32Array; rows: Int32Array; base: Float64Array | null }
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

function loadDocs(file: string, gaz: Gazetteer): Doc[] {
  const { docs } = parseConll(readFileSync(file, "utf8"));
  return docs.map((d: ConllDocument) => {
    const prep = prepareDocument(d.sentences.map((s) => s.words), gaz);
    const gold = Uint8Array.from(d.sentences.flatMap((s) => s.tags.map((t) => TAG_INDEX.get(t) ?? 0)));
    const feats = new Uint32Array(prep.n * NUM_SLOTS);
    extractFeatures(prep, feats);
    return { prep, gold, slots: NUM_SLOTS, feats, rows: new Int32Array(0), base: null };
  });
}

/**
 * Assigns row ids to feature ids seen at least MIN_COUNT times in training docs (document-consistency slots, from
 * `firstStage2Slot` on, need only one), and maps every doc's features to rows. Returns the sorted ids and the set of
 * ids that came from consistency slots.
 */
function indexFeatures(train: Doc[], all: Doc[], firstStage2Slot = Infinity): { keys: Uint32Array; stage2Ids: Set<number> } {
  const counts = new Map<number, number>();
  const stage2Ids = new Set<number>();
  for (const d of train) {
    for (let i = 0; i < d.feats.length; i++) {
      const f = d.feats[i];
      if (!f) continue;
      if (i % d.slots >= firstStage2Slot) stage2Ids.add(f);
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  const keys = [...counts].filter(([k, c]) => c >= MIN_COUNT || stage2Ids.has(k)).map(([k]) => k).sort((a, b) => a - b);
  const row = new Map<number, number>(keys.map((k, i) => [k, i]));
  for (const d of all) {
    d.rows = new Int32Array(d.feats.length);
    for (let i = 0; i < d.feats.length; i++) d.rows[i] = d.feats[i] ? (row.get(d.feats[i]) ?? -1) : -1;
  }
  return { keys: Uint32Array.from(keys), stage2Ids };
}

// ---------------------------------------------------------------- perceptron
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Perceptron {
  w: Float64Array; u: Float64Array; tw = new Float64Array((T + 1) * T); tu = new Float64Array((T + 1) * T); c = 1;
  constructor(readonly nRows: number) {
    this.w = new Float64Array(nRows * T);
    this.u = new Float64Array(nRows * T);
    for (let p = 0; p <= T; p++) for (let t = 0; t < T; t++) if (!allowed(p, t)) this.tw[p * T + t] = -Infinity;
  }
  static emit(w: Float64Array, d: Doc, from: number, to: number, out: Float64Array) {
    const { rows, slots, base } = d;
    for (let i = from; i < to; i++) {
      const o = i * T;
      for (let t = 0; t < T; t++) out[o + t] = base ? base[o + t] : 0;
      for (let f = 0; f < slots; f++) {
        const r = rows[i * slots + f];
        if (r < 0) continue;
        const b = r * T;
        for (let t = 0; t < T; t++) out[o + t] += w[b + t];
      }
    }
  }
  averaged(): { w: Float64Array; tw: Float64Array } {
    const w = new Float64Array(this.w.length), tw = new Float64Array(this.tw.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i] - this.u[i] / this.c;
    for (let i = 0; i < tw.length; i++) tw[i] = this.tw[i] === -Infinity ? -Infinity : this.tw[i] - this.tu[i] / this.c;
    return { w, tw };
  }
  trainSentence(d: Doc, from: number, to: number, emit: Float64Array, pred: Uint8Array) {
    Perceptron.emit(this.w, d, from, to, emit);
    viterbi(emit, from, to, this.tw, pred);
    const { w, u, tw, tu, c } = this;
    let wrong = false;
    for (let i = from; i < to; i++) if (pred[i] !== d.gold[i]) { wrong = true; break; }
    if (wrong) {
      for (let i = from; i < to; i++) {
        const g = d.gold[i], p = pred[i];
        if (g !== p) {
          for (let f = 0; f < d.slots; f++) {
            const r = d.rows[i * d.slots + f];
            if (r < 0) continue;
            w[r * T + g] += 1; u[r * T + g] += c;
            w[r * T + p] -= 1; u[r * T + p] -= c;
          }
        }
        const gp = i === from ? T : d.gold[i - 1], pp = i === from ? T : pred[i - 1];
        if (gp !== pp || g !== p) {
          tw[gp * T + g] += 1; tu[gp * T + g] += c;
          tw[pp * T + p] -= 1; tu[pp * T + p] -= c;
        }
      }
    }
    this.c++;
  }
}

function decodeDocs(docs: Doc[], w: Float64Array, tw: Float64Array, emits?: Float64Array[]): Uint8Array[] {
  return docs.map((d) => {
    const emit = new Float64Array(d.prep.n * T);
    Perceptron.emit(w, d, 0, d.prep.n, emit);
    emits?.push(emit);
    const out = new Uint8Array(d.prep.n);
    for (let s = 0; s + 1 < d.prep.sentences.length; s++) viterbi(emit, d.prep.sentences[s], d.prep.sentences[s + 1], tw, out);
    return out;
  });
}

// ---------------------------------------------------------------- scoring
function spans(tags: ArrayLike<number>, from: number, to: number, out: Set<string>) {
  let start = -1, type = 0;
  for (let i = from; i <= to; i++) {
    const t = i < to ? tags[i] : 0;
    const ty = t === 0 ? 0 : (t + 1) >> 1;
    const isB = t !== 0 && (t & 1) === 1;
    if (start >= 0 && (t === 0 || isB || ty !== type)) { out.add(`${start},${i},${type}`); start = -1; }
    if (t !== 0 && start < 0) { start = i; type = ty; }
  }
}

/** Entity-level precision/recall/F1 (exact spans) overall and per type. */
export function scoreDocs(docs: { prep: PreparedDoc; gold: Uint8Array }[], preds: Uint8Array[]) {
  const tp = new Float64Array(5), np = new Float64Array(5), ng = new Float64Array(5);
  docs.forEach((d, k) => {
    for (let s = 0; s + 1 < d.prep.sentences.length; s++) {
      const a = new Set<string>(), b = new Set<string>();
      spans(d.gold, d.prep.sentences[s], d.prep.sentences[s + 1], a);
      spans(preds[k], d.prep.sentences[s], d.prep.sentences[s + 1], b);
      for (const x of b) { const ty = Number(x.split(",")[2]); np[ty]++; np[0]++; if (a.has(x)) { tp[ty]++; tp[0]++; } }
      for (const x of a) { const ty = Number(x.split(",")[2]); ng[ty]++; ng[0]++; }
    }
  });
  const f1 = (i: number) => { const p = tp[i] / np[i], r = tp[i] / ng[i]; return (200 * p * r) / (p + r); };
  return { f1: f1(0), per: { PER: f1(1), ORG: f1(2), LOC: f1(3), MISC: f1(4) } };
}

// ---------------------------------------------------------------- training stages
function sentenceOrder(docs: Doc[]): [number, number, number][] {
  const order: [number, number, number][] = [];
  docs.forEach((d, k) => { for (let s = 0; s + 1 < d.prep.sentences.length; s++) order.push([k, d.prep.sentences[s], d.prep.sentences[s + 1]]); });
  return order;
}

function runEpochs(p: Perceptron, docs: Doc[], epochs: number, rand: () => number, onEpoch?: (e: number) => void) {
  const order = sentenceOrder(docs);
  const maxLen = Math.max(...docs.map((d) => d.prep.n));
  const emit = new Float64Array(maxLen * T);
  const preds = docs.map((d) => new Uint8Array(d.prep.n));
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const [k, from, to] of order) p.trainSentence(docs[k], from, to, emit, preds[k]);
    onEpoch?.(e);
  }
}

/** Trains one stage, keeping the averaged weights of the epoch with the best dev F1. */
function trainStage(name: string, train: Doc[], dev: Doc[], keys: Uint32Array, epochs: number, initTrans?: Float64Array) {
  const p = new Perceptron(keys.length);
  if (initTrans) p.tw.set(initTrans);
  let best: { f1: number; epoch: number; w: Float64Array; tw: Float64Array } = { f1: -1, epoch: 0, w: new Float64Array(0), tw: new Float64Array(0) };
  runEpochs(p, train, epochs, mulberry32(SEED), (e) => {
    const a = p.averaged();
    const sc = scoreDocs(dev, decodeDocs(dev, a.w, a.tw));
    log(`${name} epoch ${e}: dev F1 ${sc.f1.toFixed(2)} (PER ${sc.per.PER.toFixed(1)} ORG ${sc.per.ORG.toFixed(1)} LOC ${sc.per.LOC.toFixed(1)} MISC ${sc.per.MISC.toFixed(1)})`);
    if (sc.f1 > best.f1) best = { f1: sc.f1, epoch: e, ...a };
  });
  return best;
}

/** Quantises a stage to int8 with one scale, dropping all-zero rows; `keep` picks which ids go into this part. */
function quantise(keys: Uint32Array, w: Float64Array, tw: Float64Array, keep: (id: number) => boolean = () => true): SerializedStage {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = Number(((max || 1) / 127).toPrecision(8));
  const keptKeys: number[] = [];
  const q: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    if (!keep(keys[r])) continue;
    const row = new Array<number>(T);
    let nz = false;
    for (let t = 0; t < T; t++) { const v = Math.max(-127, Math.min(127, Math.round(w[r * T + t] / scale))); row[t] = v; if (v) nz = true; }
    if (!nz) continue;
    keptKeys.push(keys[r]);
    for (const v of row) q.push(v & 255);
  }
  const trans = Array.from(tw, (v) => (v === -Infinity ? 0 : Number(v.toFixed(4))));
  log(`quantised: ${keptKeys.length} non-zero rows`);
  return { keys: encodeBase64(encodeSortedKeys(keptKeys)), weights: encodeBase64(Uint8Array.from(q)), scale, trans };
}

// ---------------------------------------------------------------- main
const { gaz, entries } = buildGazetteer();
log(`gazetteer: ${entries.size} phrases, longest ${gaz.maxLen} tokens`);
const train = loadDocs(resolve(CORPUS, "train.txt"), gaz);
const dev = loadDocs(resolve(CORPUS, "valid.txt"), gaz);
log(`corpus: ${train.length} train docs, ${dev.length} dev docs`);
const { keys: keys1 } = indexFeatures(train, [...train, ...dev]);
log(`stage 1: ${keys1.length} features`);
const s1 = trainStage("stage1", train, dev, keys1, MAX_EPOCHS);
log(`stage 1: best epoch ${s1.epoch}, dev F1 ${s1.f1.toFixed(2)}`);

const stage1 = quantise(keys1, s1.w, s1.tw);
let stage2: SerializedStage | null = null, consistency: SerializedStage | null = null;
if (STAGE2) {
  // Jackknife: each training fold gets stage-1 tags from a model trained on the other folds, so stage 2 learns how far
  // to trust first-pass output that was not memorised.
  const jackTags: Uint8Array[] = new Array(train.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (i: number) => i % FOLDS === k;
    const p = new Perceptron(keys1.length);
    runEpochs(p, train.filter((_, i) => !inFold(i)), s1.epoch, mulberry32(SEED + k + 1));
    const a = p.averaged();
    const held = train.filter((_, i) => inFold(i));
    const tags = decodeDocs(held, a.w, a.tw);
    let j = 0;
    train.forEach((_, i) => { if (inFold(i)) jackTags[i] = tags[j++]; });
    log(`jackknife fold ${k + 1}/${FOLDS}: held-out F1 ${scoreDocs(held, tags).f1.toFixed(2)}`);
  }
  train.forEach((d, i) => setStage2(d, jackTags[i]));
  // Dev gets its first-pass tags from the quantised stage 1, exactly as at run time.
  const q1 = new FeatureTable([stage1], NUM_SLOTS), trans1 = constrain(stage1.trans);
  for (const d of dev) {
    const emit = new Float64Array(d.prep.n * T);
    q1.score(d.feats, d.prep.n, emit);
    const tags = new Uint8Array(d.prep.n);
    for (let s = 0; s + 1 < d.prep.sentences.length; s++) viterbi(emit, d.prep.sentences[s], d.prep.sentences[s + 1], trans1, tags);
    setStage2(d, tags);
  }
  const { keys: keys2, stage2Ids } = indexFeatures(train, [...train, ...dev], NUM_SLOTS);
  log(`stage 2: ${keys2.length} features (${stage2Ids.size} consistency)`);
  const s2 = trainStage("stage2", train, dev, keys2, MAX_EPOCHS);
  log(`stage 2: best epoch ${s2.epoch}, dev F1 ${s2.f1.toFixed(2)}`);
  stage2 = quantise(keys2, s2.w, s2.tw, (id) => !stage2Ids.has(id));
  consistency = quantise(keys2, s2.w, s2.tw, (id) => stage2Ids.has(id));
  consistency.scale = stage2.scale;
  consistency.trans = [];
}

/** Switches a document to stage-2 features: its local features followed by consistency features from first-stage tags. */
function setStage2(d: Doc, tags: Uint8Array) {
  const n = d.prep.n, S = NUM_SLOTS + NUM_STAGE2_SLOTS;
  const cons = new Uint32Array(n * NUM_STAGE2_SLOTS);
  extractStage2Features(d.prep, stage2Hints(d.prep, tags), cons);
  const feats = new Uint32Array(n * S);
  for (let i = 0; i < n; i++) {
    feats.set(d.feats.subarray(i * NUM_SLOTS, (i + 1) * NUM_SLOTS), i * S);
    feats.set(cons.subarray(i * NUM_STAGE2_SLOTS, (i + 1) * NUM_STAGE2_SLOTS), i * S + NUM_SLOTS);
  }
  d.slots = S;
  d.feats = feats;
}

const gazKeys = [...entries.keys()].sort((a, b) => a - b);
const model: SerializedModel = {
  version: 1,
  slots: NUM_SLOTS,
  stage2Slots: NUM_STAGE2_SLOTS,
  stage1,
  stage2,
  consistency,
  gazetteer: { keys: encodeBase64(encodeSortedKeys(gazKeys)), bits: encodeBase64(Uint8Array.from(gazKeys, (k) => entries.get(k)!)), maxLen: gaz.maxLen },
};

// Score the quantised model exactly as it runs in the extension.
const tagger = new NerTagger(model);
const devDocs = parseConll(readFileSync(resolve(CORPUS, "valid.txt"), "utf8")).docs;
const preds = devDocs.map((d) => tagger.tagDocument(d.sentences.map((s) => s.words)));
const final = scoreDocs(dev, preds);
log(`quantised model: dev F1 ${final.f1.toFixed(2)} (PER ${final.per.PER.toFixed(2)} ORG ${final.per.ORG.toFixed(2)} LOC ${final.per.LOC.toFixed(2)} MISC ${final.per.MISC.toFixed(2)})`);

const body = JSON.stringify(model);
writeFileSync(
  OUT,
  `// Generated by \`npm run train:ner\` (scripts/train-ner.ts) from CoNLL-2003 train.txt, tuned on valid.txt. Do not edit.\n` +
    `import type { SerializedModel } from "../entities/ner/model.ts";\n\n` +
    `/** Quantised NER weights and gazetteer hashes (dev F1 ${final.f1.toFixed(2)} when generated). */\n` +
    `export const NER_MODEL: SerializedModel = ${body};\n`,
);
log(`wrote ${OUT} (${(body.length / 1024).toFixed(0)} KiB)`);
