/**
 * The stance and event cue lexicon, hand-written for Attaché (not derived from the PETRARCH dictionaries).
 * Cues are grouped by the pattern they share; each group carries the justification for all its cues, so a rule is
 * argued once per pattern, not per word. Verbs are lemmas (inflected by the compiler), nouns take a plural, states and
 * judgements follow a form of "be". "…" in a cue is a gap of 1–5 tokens that holds the target ("engage … in a firefight").
 */
import type { Polarity } from "../types.ts";

/** How a cue finds its holder and target. */
export type CueKind =
  | "verb" // holder = subject (or the by-agent of a passive), target = object
  | "noun" // holder = possessor, demonym or subject of a light verb ("Russia's opposition to", "voiced concern over")
  | "state" // holder = subject of "be" ("Seoul is concerned about …")
  | "judgement"; // target = subject of "be", holder = the speaker ("the move is not desirable", Lavrov said)

/** Extra behaviour of a cue group. */
export interface CueFlags {
  /**
   * An intention frame: a following cue verb takes over, held as future. "desire" ("wants to", "plans to"): a cooperative act
   * becomes intent to cooperate (03x), a violent one a threat (13x). "commit" ("pledged to", "vowed to"): cooperative acts
   * become 03x, others keep their code. "schedule" ("is scheduled to", "prepared to"): the act keeps its code.
   */
  intent?: "desire" | "commit" | "schedule";
  /** Like `intent`, but the following act is decided, not only intended ("agreed to lift"): its code stays. */
  decide?: boolean;
  /** A place after "in/at/to/from" is the target when no actor is the object ("protested in Beijing"). */
  place?: boolean;
  /** A reciprocal act: a compound holder without a target acts on each other ("the US and Russia met"). */
  mutual?: boolean;
  /** "wants Y to V": an appeal to Y. */
  appeal?: boolean;
  /**
   * The verb needs an object: its participle followed straight by a preposition, a time word or the clause end is a passive
   * (a reduced relative or headline passive: "a Hamas member jailed over a year ago", "soldiers killed in Ukraine",
   * "the civilians imprisoned for …"), coded only with a "by" agent.
   */
  transitive?: boolean;
  /** The converse act of the target toward the holder, coded alongside: hosting (043) is the guest's visit (042). */
  converse?: string;
  /**
   * The verb is the act only without a direct object: "protesters demonstrated outside the embassy" is a protest,
   * "leaders have demonstrated a willingness" is not. A determiner right after the verb marks such an object.
   */
  intransitive?: boolean;
}

/** A group of cues sharing kind, polarity, CAMEO code and justification. */
export interface CueGroup {
  /** The pattern and why it means this code (the rule; tests cover at least one case per group). */
  why: string;
  kind: CueKind;
  polarity: Polarity;
  cameo: string;
  cues: string[];
  flags?: CueFlags;
}

/** The lexicon: one group per rule type. */
export const CUE_GROUPS: CueGroup[] = [
  // ── 01 public statements ──
  { why: "Comments on a loss or disaster are CAMEO 018 (empathetic comment): 'expressed condolences to'.", kind: "noun", polarity: "neutral", cameo: "018",
    cues: ["condolences", "condolence", "sympathy", "sympathies", "sorrow", "grief", "solidarity"] },
  { why: "Optimism and appreciation are CAMEO 013: 'expressed appreciation for China's assistance', 'voiced hope for'.", kind: "noun", polarity: "support", cameo: "013",
    cues: ["appreciation", "gratitude", "thanks", "optimism", "hope", "satisfaction"] },
  { why: "Claiming an act is CAMEO 015: 'claimed responsibility for the attack', 'took responsibility for'.", kind: "verb", polarity: "neutral", cameo: "015",
    cues: ["claim responsibility for", "claim credit for", "take responsibility for", "admit responsibility for", "acknowledge responsibility for"] },
  { why: "Denying involvement is CAMEO 016: 'denied involvement in', 'rejected responsibility for'.", kind: "verb", polarity: "oppose", cameo: "016",
    cues: ["deny involvement in", "deny responsibility for", "deny any role in", "deny"] },
  { why: "Concern and worry are pessimistic comments, CAMEO 012: 'expressed concern over', 'fears'.", kind: "noun", polarity: "concern", cameo: "012",
    cues: ["concern", "worry", "alarm", "fear", "anxiety", "unease", "disquiet", "apprehension", "dismay", "pessimism"] },
  { why: "Verbs of worry are CAMEO 012: 'worried about', 'lamented', 'regretted'.", kind: "verb", polarity: "concern", cameo: "012",
    cues: ["worry about", "worry over", "fear", "lament", "regret", "fret about", "fret over", "warn of", "warn about", "caution against"] },
  { why: "Adjectival states of worry after 'be' are CAMEO 012: 'is concerned about', 'remains alarmed by'.", kind: "state", polarity: "concern", cameo: "012",
    cues: ["concerned about", "concerned over", "concerned by", "concerned at", "concerned that", "concerned with", "worried about", "worried by",
      "worried over", "worried that", "alarmed by", "alarmed at", "alarmed over", "troubled by", "disturbed by", "dismayed by", "dismayed at",
      "deeply concerned", "gravely concerned", "concerned", "worried", "alarmed", "uneasy about", "anxious about", "wary of", "skeptical of", "sceptical of"] },
  // ── 02 appeals ──
  { why: "Appeals name what is asked for; the addressee is the target: 'called on Pyongyang to', 'urged restraint'. CAMEO 020.", kind: "verb", polarity: "support", cameo: "020",
    cues: ["call for", "call on", "call upon", "urge", "appeal for", "appeal to", "press for", "push for", "ask", "request", "encourage", "implore",
      "exhort", "plead with", "plead for", "lobby for", "petition", "beseech", "invite"] },
  { why: "'X wants Y to do Z' is an appeal to Y (CAMEO 020); 'X wants to do Z' is an intention.", kind: "verb", polarity: "support", cameo: "020",
    cues: ["want", "wish for"], flags: { appeal: true } },
  { why: "Nominal appeals after a light verb or possessor: 'renewed calls for', 'issued an appeal to'. CAMEO 020.", kind: "noun", polarity: "support", cameo: "020",
    cues: ["call", "appeal", "plea", "request", "invitation"] },
  // ── 03 intentions ──
  { why: "Commitment verbs express intent to cooperate (CAMEO 030) unless a known act follows, which they put in the future: 'vowed to keep', 'pledged to expel'.", kind: "verb", polarity: "support", cameo: "030",
    cues: ["vow to", "pledge to", "promise to", "commit to", "offer to", "resolve to", "undertake to", "swear to", "pledge", "promise", "vow", "guarantee", "assure"], flags: { intent: "commit" } },
  { why: "Plans and aims are intentions of the holder (CAMEO 030, future); a known act after them is coded as that act.", kind: "verb", polarity: "support", cameo: "030",
    cues: ["plan to", "intend to", "seek to", "aim to", "hope to", "wish to", "want to", "set out to", "look to", "strive to", "try to"], flags: { intent: "desire" } },
  { why: "Schedules put a known act in the future without changing it: 'prepared to attend', 'is scheduled to meet', 'is set to sign'.", kind: "verb", polarity: "neutral", cameo: "030",
    cues: ["prepare to", "schedule to", "expect to", "move to", "be due to", "be about to"], flags: { intent: "schedule" } },
  { why: "Agreement settles a course of action: 'agreed to improve cooperation' is CAMEO 030; 'agreed to lift sanctions' is the act itself.", kind: "verb", polarity: "support", cameo: "030",
    cues: ["agree to", "decide to", "agree on", "agree", "consent to"], flags: { decide: true } },
  { why: "Nominal commitments and readiness: 'reaffirmed its commitment to', 'expressed readiness to'. CAMEO 030.", kind: "noun", polarity: "support", cameo: "030",
    cues: ["commitment", "pledge", "determination", "willingness", "readiness", "resolve", "intention", "promise", "assurance", "assurances", "offer", "vow"] },
  { why: "Adjectival readiness after 'be': 'is committed to', 'stands ready to'. CAMEO 030.", kind: "state", polarity: "support", cameo: "030",
    cues: ["committed to", "ready to", "willing to", "determined to", "open to", "prepared to", "eager to", "keen to", "planning to"], flags: { intent: "desire" } },
  { why: "Adjectival schedules after 'be': 'is scheduled to attend', 'is set to sign', 'is poised to'. The act keeps its code, held as future.", kind: "state", polarity: "neutral", cameo: "030",
    cues: ["scheduled to", "set to", "expected to", "poised to", "due to", "about to", "slated to"], flags: { intent: "schedule" } },
  { why: "Cooperation as an aim: 'seeking to deepen a partnership', 'to boost ties'. Intent to cooperate, CAMEO 031 when economic or material, here 030.", kind: "verb", polarity: "support", cameo: "030",
    cues: ["deepen", "strengthen ties with", "boost ties with", "mend ties with", "improve ties with", "improve relations with", "normalize relations with", "normalise relations with", "restore ties with", "upgrade ties with"], flags: { mutual: true } },
  // ── 04 consultation ──
  { why: "Meetings and talks are consultation, CAMEO 040; a compound holder meets each other, a place is the target when no one is named.", kind: "verb", polarity: "neutral", cameo: "040",
    cues: ["meet with", "meet", "hold talks with", "hold talks", "talk with", "confer with", "consult with", "consult", "hold consultations with", "sit down with", "speak with", "discuss"], flags: { mutual: true, place: true } },
  { why: "Phone calls are CAMEO 041: 'spoke by phone with', 'telephoned'.", kind: "verb", polarity: "neutral", cameo: "041",
    cues: ["telephone", "phone", "call by phone", "hold a phone call with", "speak by phone with", "speak by telephone with"], flags: { mutual: true } },
  { why: "Travel to a place or an event is a visit, CAMEO 042: 'visited Beijing', 'arrived in Seoul', 'attended a summit in Switzerland'.", kind: "verb", polarity: "neutral", cameo: "042",
    cues: ["visit", "travel to", "fly to", "arrive in", "arrive at", "attend", "head to", "leave for", "tour", "go to"], flags: { place: true } },
  { why: "Receiving a visitor is hosting, CAMEO 043: 'hosted', 'received the delegation'; the same meeting is the guest's visit (042), coded alongside as event coders code both sides of a visit.", kind: "verb", polarity: "neutral", cameo: "043",
    cues: ["host", "receive"], flags: { converse: "042" } },
  { why: "Negotiation is CAMEO 046: 'negotiated with', 'resumed talks with'.", kind: "verb", polarity: "neutral", cameo: "046",
    cues: ["negotiate with", "negotiate", "resume talks with", "bargain with"], flags: { mutual: true } },
  { why: "Mediation is CAMEO 045: 'mediated between', 'brokered a truce'.", kind: "verb", polarity: "support", cameo: "045",
    cues: ["mediate", "mediate between", "broker"] },
  { why: "Nominal consultations after a light verb: 'held talks with'.", kind: "noun", polarity: "neutral", cameo: "040",
    cues: ["talks", "consultations", "meeting", "summit"], flags: { mutual: true, place: true } },
  { why: "A visit as a noun after a light verb or possessor: 'paid a visit to', 'during a visit to Beirut'. CAMEO 042.", kind: "noun", polarity: "neutral", cameo: "042",
    cues: ["visit", "trip"], flags: { place: true } },
  // ── 05 diplomatic cooperation ──
  { why: "Praise and endorsement are CAMEO 051: 'welcomed the decision', 'hailed', 'endorsed the agreement'.", kind: "verb", polarity: "support", cameo: "051",
    cues: ["support", "back", "endorse", "welcome", "praise", "hail", "applaud", "commend", "laud", "favor", "favour", "embrace", "champion",
      "approve", "salute", "congratulate", "thank", "appreciate", "stand by", "side with", "throw its weight behind", "voice support for"] },
  { why: "Verbal defence of another is CAMEO 052: 'defended Moscow's decision'.", kind: "verb", polarity: "support", cameo: "052",
    cues: ["defend", "justify", "stand up for"] },
  { why: "Nominal support after a light verb or possessor: 'expressed support for', 'Russia's backing of'. CAMEO 051.", kind: "noun", polarity: "support", cameo: "051",
    cues: ["support", "backing", "endorsement", "praise", "approval", "welcome", "congratulations"] },
  { why: "Adjectival support after 'be': 'is in favour of', 'is supportive of'. CAMEO 051.", kind: "state", polarity: "support", cameo: "051",
    cues: ["in favor of", "in favour of", "supportive of", "pleased with", "pleased by", "satisfied with", "happy with", "grateful for", "grateful to"] },
  { why: "Formal agreements are CAMEO 057: 'signed a treaty with', 'ratified the accord'.", kind: "verb", polarity: "support", cameo: "057",
    cues: ["sign", "ratify"] },
  { why: "Recognition is CAMEO 054: 'recognised the independence of'.", kind: "verb", polarity: "support", cameo: "054",
    cues: ["recognize", "recognise", "establish diplomatic relations with", "establish diplomatic ties with"] },
  { why: "Apology and forgiveness are CAMEO 055 and 056.", kind: "verb", polarity: "support", cameo: "055",
    cues: ["apologize to", "apologise to", "apologize for", "apologise for", "apologize", "apologise"] },
  { why: "Working together is diplomatic cooperation, CAMEO 050: 'cooperate with', 'work with', 'join forces with'.", kind: "verb", polarity: "support", cameo: "050",
    cues: ["cooperate with", "co-operate with", "collaborate with", "work with", "join forces with", "partner with", "cooperate", "ally with"], flags: { mutual: true } },
  // ── 06–08 material cooperation, aid, yielding ──
  { why: "Economic and military cooperation and information sharing are CAMEO 061–064.", kind: "verb", polarity: "support", cameo: "060",
    cues: ["trade with", "invest in", "share intelligence with", "share information with", "exchange information with", "conduct joint exercises with", "hold joint drills with"], flags: { mutual: true } },
  { why: "Aid is CAMEO 070; arms and military aid 072, humanitarian 073, peacekeeping 074, asylum 075.", kind: "verb", polarity: "support", cameo: "070",
    cues: ["help", "aid", "assist", "provide aid to", "send aid to", "give aid to", "donate", "fund", "finance", "lend", "grant aid to", "deliver aid to", "provide assistance to"] },
  { why: "Arms deliveries are military aid, CAMEO 072: 'supply arms to', 'provided weapons to'.", kind: "verb", polarity: "support", cameo: "072",
    cues: ["supply arms to", "supply weapons to", "provide weapons to", "provide arms to", "send weapons to", "send arms to", "offer military support to", "provide military support to", "provide military aid to"] },
  { why: "Humanitarian deliveries and refuge: CAMEO 073 and 075.", kind: "verb", polarity: "support", cameo: "073",
    cues: ["provide humanitarian aid to", "send humanitarian aid to", "deliver humanitarian aid to", "evacuate"] },
  { why: "Refuge for people is CAMEO 075: 'granted asylum to'.", kind: "verb", polarity: "support", cameo: "075",
    cues: ["grant asylum to", "give asylum to", "offer asylum to", "shelter"] },
  { why: "Nominal aid after a light verb: 'offering further military support to Lebanon', 'provided aid'. CAMEO 070.", kind: "noun", polarity: "support", cameo: "070",
    cues: ["aid", "assistance", "military support", "military aid", "humanitarian aid", "loan", "loans", "funding", "weapons", "arms", "help"] },
  { why: "Releases and returns are CAMEO 084: 'released prisoners', 'freed the hostages', 'handed over'.", kind: "verb", polarity: "support", cameo: "084",
    cues: ["release", "free", "hand over", "repatriate", "pardon"], flags: { transitive: true } },
  { why: "Easing sanctions is CAMEO 085: 'lifted the sanctions on', 'eased the embargo'.", kind: "verb", polarity: "support", cameo: "085",
    cues: ["lift sanctions on", "lift the sanctions on", "ease sanctions on", "ease the sanctions on", "lift the embargo on", "end sanctions on", "lift"] },
  { why: "Giving way is CAMEO 080–083: 'allowed', 'gave permission to', 'conceded', 'backed down'.", kind: "verb", polarity: "support", cameo: "080",
    cues: ["give permission to", "allow", "permit", "concede", "yield to", "back down", "relent", "accept", "accede to", "comply with"] },
  { why: "Military withdrawal and ceasefires de-escalate, CAMEO 087: 'withdrew from', 'pulled out of', 'declared a ceasefire'.", kind: "verb", polarity: "support", cameo: "087",
    cues: ["withdraw from", "withdraw", "pull out of", "pull back from", "retreat from", "declare a ceasefire", "observe a ceasefire", "demobilize", "disarm"], flags: { place: true } },
  // ── 09 investigate ──
  { why: "Inquiries are CAMEO 090–094: 'investigated', 'launched a probe into', 'inspect'.", kind: "verb", polarity: "neutral", cameo: "090",
    cues: ["investigate", "probe", "inspect", "re-examine", "examine", "look into", "launch an investigation into", "open an investigation into", "order an investigation into", "order an investigation against", "order a probe into"] },
  // ── 10 demand ──
  { why: "Demands are CAMEO 100: 'demanded', 'insisted on', 'called for the immediate'; stronger than appeals.", kind: "verb", polarity: "support", cameo: "100",
    cues: ["demand", "insist on", "press", "pressure"] },
  { why: "Nominal demands and pressure after a light verb: 'issued demands', 'faces pressure from' (inverse). CAMEO 100.", kind: "noun", polarity: "support", cameo: "100",
    cues: ["demand", "ultimatum", "pressure"] },
  // ── 11 disapprove, criticise, accuse ──
  { why: "Opposition is CAMEO 110: 'opposed the plan', 'objected to'.", kind: "verb", polarity: "oppose", cameo: "110",
    cues: ["oppose", "object to", "disapprove of", "frown on", "frown upon", "resist", "balk at", "take issue with", "disagree with", "voice opposition to"] },
  { why: "Criticism and condemnation are CAMEO 111: 'condemned', 'denounced', 'slammed'.", kind: "verb", polarity: "oppose", cameo: "111",
    cues: ["criticize", "criticise", "condemn", "denounce", "slam", "blast", "lambaste", "decry", "deplore", "censure", "rebuke", "chide",
      "castigate", "berate", "assail", "attack verbally", "excoriate", "scold", "mock", "ridicule", "deride", "fault", "reprimand", "admonish"] },
  { why: "Accusations are CAMEO 112: 'accused Pyongyang of', 'blamed', 'alleged that France …'; the target is the accused.", kind: "verb", polarity: "oppose", cameo: "112",
    cues: ["accuse", "blame", "allege", "charge", "hold responsible", "hold accountable", "present evidence against", "implicate", "point the finger at"] },
  { why: "Nominal disapproval after a light verb or possessor: 'voiced opposition to', 'Russia's objection'. CAMEO 110/111.", kind: "noun", polarity: "oppose", cameo: "110",
    cues: ["opposition", "objection", "disapproval", "displeasure", "dissatisfaction", "disagreement", "reservations", "misgivings", "discontent", "frustration", "anger", "outrage", "indignation"] },
  { why: "Nominal criticism after a light verb: 'issued a condemnation', 'leveled criticism at'. CAMEO 111.", kind: "noun", polarity: "oppose", cameo: "111",
    cues: ["criticism", "condemnation", "censure", "rebuke", "denunciation"] },
  { why: "Nominal accusations and evidence 'against': 'presented evidence against', 'made accusations against'. CAMEO 112.", kind: "noun", polarity: "oppose", cameo: "112",
    cues: ["accusation", "accusations", "allegation", "allegations", "evidence against", "charges against", "complaint against"] },
  { why: "Legal action is CAMEO 115: 'sued', 'filed a lawsuit against', 'took … to court'.", kind: "verb", polarity: "oppose", cameo: "115",
    cues: ["sue", "file a lawsuit against", "file a complaint against", "file suit against", "take legal action against"] },
  { why: "Adjectival disapproval after 'be': 'is opposed to', 'is critical of'. CAMEO 110/111.", kind: "state", polarity: "oppose", cameo: "110",
    cues: ["opposed to", "against", "critical of", "unhappy with", "dissatisfied with", "angry at", "angry over", "angered by", "outraged by", "displeased with", "irritated by", "upset by", "upset over"] },
  { why: "A speaker's verdict on an act ('the move is not desirable', 'a violation'), held by the speaker of the sentence. CAMEO 110/111/112.", kind: "judgement", polarity: "oppose", cameo: "111",
    cues: ["not desirable", "undesirable", "unacceptable", "illegal", "illegitimate", "a provocation", "provocative", "a violation", "a threat",
      "dangerous", "a mistake", "irresponsible", "counterproductive", "destabilizing", "destabilising", "not acceptable", "not helpful",
      "unhelpful", "unjustified", "unwarranted", "reckless", "a blatant violation", "a serious violation", "null and void", "a grave mistake"] },
  { why: "A speaker's approval of an act: 'the decision is a positive step', 'a step in the right direction'. CAMEO 051.", kind: "judgement", polarity: "support", cameo: "051",
    cues: ["a positive step", "a step in the right direction", "a welcome step", "a welcome development", "welcome", "important", "necessary",
      "essential", "encouraging", "constructive", "a breakthrough", "positive", "helpful", "useful", "crucial", "vital"] },
  // ── 12 reject ──
  { why: "Rejection is CAMEO 120; vetoes 129: 'rejected the proposal', 'rebuffed', 'boycotted'.", kind: "verb", polarity: "oppose", cameo: "120",
    cues: ["reject", "refuse", "rebuff", "dismiss", "spurn", "turn down", "snub", "boycott", "repudiate", "brush aside", "defy"] },
  { why: "Refusing an act rejects it (CAMEO 12x): 'refused to lift sanctions' is 124, 'declined to meet' 125.", kind: "verb", polarity: "oppose", cameo: "120",
    cues: ["refuse to", "decline to", "rule out"], flags: { intent: "commit" } },
  { why: "A veto or a block of a decision is CAMEO 129: 'vetoed the draft', 'blocked the resolution'.", kind: "verb", polarity: "oppose", cameo: "129",
    cues: ["veto", "block"] },
  { why: "Nominal rejection after a light verb or possessor: 'Seoul's rejection of'. CAMEO 120.", kind: "noun", polarity: "oppose", cameo: "120",
    cues: ["rejection", "refusal", "veto"] },
  // ── 13 threaten ──
  { why: "Threats and warnings are CAMEO 130 (138 with force): 'threatened to', 'warned Pyongyang', 'issued an ultimatum'.", kind: "verb", polarity: "oppose", cameo: "130",
    cues: ["threaten", "warn", "threaten to", "vow retaliation against", "threaten retaliation against"] },
  { why: "Nominal threats after a light verb: 'issued a warning to', 'made threats against'. CAMEO 130.", kind: "noun", polarity: "oppose", cameo: "130",
    cues: ["threat", "threats", "warning", "warnings"] },
  // ── 14 protest ──
  { why: "Protest and demonstrations are CAMEO 140/141: 'protested', 'staged a rally in Beijing'; a place is the target.", kind: "verb", polarity: "oppose", cameo: "140",
    cues: ["protest", "protest against", "demonstrate against", "demonstrate", "rally against", "march against", "stage a protest", "stage a demonstration", "stage a rally", "stage a sit-in"], flags: { place: true, intransitive: true } },
  { why: "Protest as a noun after a light verb or possessor: 'lodged a protest with', 'staged protests in'. CAMEO 140/141.", kind: "noun", polarity: "oppose", cameo: "141",
    cues: ["protest", "demonstration", "rally", "sit-in"], flags: { place: true } },
  { why: "Riots and violent protest are CAMEO 145: 'rioted', 'stormed', 'ransacked', 'torched'.", kind: "verb", polarity: "oppose", cameo: "145",
    cues: ["riot", "storm", "ransack", "torch", "vandalize", "vandalise", "demolish", "set fire to"], flags: { place: true } },
  { why: "Strikes and boycotts by groups are CAMEO 143; blockades of passage 144.", kind: "verb", polarity: "oppose", cameo: "144",
    cues: ["blockade", "obstruct", "barricade"] },
  // ── 15 force posture ──
  { why: "Shows of force are CAMEO 150–154: 'conducted military exercises near', 'mobilised troops', 'deployed troops to'.", kind: "verb", polarity: "oppose", cameo: "150",
    cues: ["conduct military exercises", "hold military exercises", "conduct military drills", "hold military drills", "stage military exercises", "stage military drills",
      "mobilize", "mobilise", "deploy", "mass troops", "put on alert", "raise alert level", "station troops"], flags: { place: true } },
  // ── 16 reduce relations, sanctions, expulsion ──
  { why: "Cutting ties and warning against travel reduce relations, CAMEO 160/161: 'severed ties with', 'advised against travel to'.", kind: "verb", polarity: "oppose", cameo: "160",
    cues: ["sever ties with", "cut ties with", "break off relations with", "break off diplomatic relations with", "downgrade ties with", "recall its ambassador from",
      "suspend ties with", "advise against travel to", "suspend talks with", "freeze ties with", "expel diplomats from", "expel the ambassador of"] },
  { why: "Sanctions and embargoes are CAMEO 163: 'imposed sanctions on', 'sanctioned', 'slapped an embargo on'; freezing or blocking a government's assets is a sanction, not a veto.", kind: "verb", polarity: "oppose", cameo: "163",
    cues: ["sanction", "impose sanctions on", "impose sanctions against", "impose new sanctions on", "slap sanctions on", "tighten sanctions on", "impose an embargo on", "embargo", "blacklist",
      "freeze the assets of", "freeze assets of", "block the assets of", "block assets of"] },
  { why: "Nominal sanctions after a light verb: 'announced sanctions against', 'asset freezes and bans against'. CAMEO 163.", kind: "noun", polarity: "oppose", cameo: "163",
    cues: ["sanctions", "embargo", "asset freezes", "travel bans", "trade restrictions"] },
  { why: "Expelling diplomats is CAMEO 166 (diplomats) / 174 (individuals): 'expelled', 'deported'.", kind: "verb", polarity: "oppose", cameo: "174",
    cues: ["expel", "deport", "banish", "extradite"], flags: { transitive: true } },
  // ── 17 coerce ──
  { why: "Seizures and property damage are CAMEO 171: 'seized a ship', 'confiscated', 'destroyed'.", kind: "verb", polarity: "oppose", cameo: "171",
    cues: ["seize", "confiscate", "impound", "destroy", "raze", "bulldoze", "annex"], flags: { transitive: true } },
  { why: "Arrests, detentions, charges, sentences are CAMEO 173: 'arrested', 'jailed', 'issued arrest warrants for', 'sentenced'.", kind: "verb", polarity: "oppose", cameo: "173",
    cues: ["arrest", "detain", "jail", "imprison", "sentence", "indict", "prosecute", "convict", "issue arrest warrants for", "issue an arrest warrant for", "issue a warrant for", "put on trial", "charge with"], flags: { transitive: true } },
  { why: "Repression and coercion are CAMEO 170/175: 'cracked down on', 'forced', 'pressured … into'.", kind: "verb", polarity: "oppose", cameo: "170",
    cues: ["crack down on", "force", "coerce", "repress", "suppress", "intimidate", "harass"] },
  // ── 18 assault ──
  { why: "Kidnapping and hostage-taking are CAMEO 181.", kind: "verb", polarity: "oppose", cameo: "181",
    cues: ["kidnap", "abduct", "take hostage", "hijack"], flags: { transitive: true } },
  { why: "Killings and assaults outside battle are CAMEO 18x: 'killed', 'assassinated', 'executed'.", kind: "verb", polarity: "oppose", cameo: "180",
    cues: ["kill", "assassinate", "execute", "murder", "behead", "massacre", "torture", "wound", "injure", "shoot"], flags: { transitive: true } },
  { why: "Bombings by non-military means are CAMEO 183: 'bombed', 'a car bomb', 'suicide attack'.", kind: "noun", polarity: "oppose", cameo: "183",
    cues: ["suicide bombing", "car bombing", "suicide attack", "car bomb"] },
  // ── 19 fight ──
  { why: "Armed force is CAMEO 190: 'attacked', 'invaded', 'fired … at', 'clashed with'; artillery 194, air power 195.", kind: "verb", polarity: "oppose", cameo: "190",
    cues: ["attack", "invade", "fight", "fight against", "clash with", "strike", "hit", "raid", "ambush", "assault", "fire at", "fire on", "fire upon", "fire",
      "open fire on", "engage … in a firefight", "engage … in fighting", "engage … in combat", "engage … in a gun battle", "wage war on", "wage war against", "target", "occupy", "besiege"], flags: { place: true } },
  { why: "Artillery, rockets and missiles are CAMEO 194: 'shelled', 'bombarded', 'launched missiles at'.", kind: "verb", polarity: "oppose", cameo: "194",
    cues: ["shell", "bombard", "launch missiles at", "launch rockets at", "fire rockets at", "fire missiles at", "fire mortars at", "blow up", "pound"], flags: { place: true } },
  { why: "Air power is CAMEO 195: 'launched an air strike against', 'bombed', 'carried out airstrikes on'.", kind: "verb", polarity: "oppose", cameo: "195",
    cues: ["launch an air strike against", "launch an air strike on", "launch an airstrike against", "launch an airstrike on", "launch air strikes against", "launch air strikes on",
      "launch airstrikes against", "launch airstrikes on", "carry out air strikes on", "carry out airstrikes on", "carry out air strikes against", "carry out airstrikes against", "bomb", "strafe"], flags: { place: true } },
  { why: "Attacks as nouns carry their holder as a modifier ('Israeli tank shelling', 'an air strike by government forces'). CAMEO 190/194/195.", kind: "noun", polarity: "oppose", cameo: "190",
    cues: ["attack", "attacks", "shelling", "bombing", "bombardment", "air strike", "airstrike", "air strikes", "airstrikes", "offensive", "raid", "raids", "incursion", "invasion", "assault", "firefight", "gun battle", "clashes", "strikes", "strike", "shellfire", "rocket fire", "missile strike", "missile strikes"], flags: { place: true } },
  // ── 20 mass violence ──
  { why: "Mass violence is CAMEO 200–204: 'used chemical weapons against', 'ethnic cleansing', 'massacred'.", kind: "verb", polarity: "oppose", cameo: "200",
    cues: ["use chemical weapons against", "use chemical weapons on", "carry out ethnic cleansing of", "exterminate"] },
];

/** Words that put the holder's act into a frame: intent ("plans to", "will"), report ("said"), hedge ("reportedly"). */
export const SPEECH_VERBS = [
  "said", "says", "say", "stated", "added", "noted", "told", "warned", "stressed", "insisted", "argued", "claimed", "claims", "claim",
  "reported", "reports", "announced", "announces", "believes", "believed", "thinks", "suggested", "explained", "emphasized", "emphasised",
  "declared", "asserted", "confirmed", "acknowledged", "indicated", "alleged", "maintained", "contended", "charged", "quoted", "wrote",
];

/** Agent nouns: groups and bodies the news names without a proper name, with their CAMEO role code ("Syrian rebels" = SYR + REB). */
export const AGENT_NOUNS: Record<string, string> = {
  government: "GOV", governments: "GOV", administration: "GOV", authorities: "GOV", cabinet: "GOV", regime: "GOV", ministry: "GOV",
  presidency: "GOV", officials: "GOV", official: "GOV", leader: "GOV", leaders: "GOV", leadership: "GOV", diplomats: "GOV", diplomat: "GOV",
  envoy: "GOV", ambassador: "GOV", delegation: "GOV", spokesman: "GOV", spokeswoman: "GOV", minister: "GOV", ministers: "GOV",
  troops: "MIL", forces: "MIL", soldiers: "MIL", soldier: "MIL", military: "MIL", army: "MIL", navy: "MIL", warplanes: "MIL", jets: "MIL",
  peacekeepers: "MIL", commander: "MIL", commanders: "MIL", militia: "MIL", militias: "MIL",
  lawmakers: "LEG", parliament: "LEG", congress: "LEG", senate: "LEG", legislators: "LEG", legislature: "LEG", mps: "LEG", parliamentarians: "LEG",
  court: "JUD", courts: "JUD", judge: "JUD", judges: "JUD", prosecutors: "JUD", prosecutor: "JUD", tribunal: "JUD",
  police: "COP", policemen: "COP", "police officers": "COP",
  activists: "OPP", activist: "OPP", protesters: "OPP", protestors: "OPP", protester: "OPP", protestor: "OPP", demonstrators: "OPP",
  opponents: "OPP", "opposition activists": "OPP", "opposition groups": "OPP", dissidents: "OPP", rioters: "OPP",
  rebels: "REB", insurgents: "REB", militants: "REB", separatists: "REB", guerrillas: "REB", gunmen: "REB", fighters: "REB", jihadists: "REB",
  media: "MED", newspaper: "MED", "news agency": "MED", "state media": "MED", "state television": "MED",
  civilians: "CVL", residents: "CVL", villagers: "CVL", children: "CVL", prisoners: "CVL", students: "EDU", student: "EDU",
};
