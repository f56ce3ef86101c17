/**
 * Regular expressions of the resolutions stage. Each carries an example match, backed by a row in
 * test/analysis/resolutions/citation-forms.test.ts.
 */

/** Cheap gate run on every text: "Resolution 2321", "S/RES/2270", "UNSCR 1973", "G.A. Res. 181", "ES-11/1". */
export const PRECHECK = /resolution|UNSCR|\bRES[/.]|\bES-\d/i;

/**
 * Where a citation can start (global; reset `lastIndex` before use). Groups: 1 "resolution(s)", 2 "UNSCR(s)",
 * 3 "Res." (legal style), 4-5 a symbol prefix "S/RES/", "A/RES/", "A/HRC/RES/", 6 a bare "ES-11/1".
 */
export const ANCHOR = /\b(?:(resolutions?)\b|(UNSCRs?)\b|(Res)\.|([SA])\/(HRC\/)?RES\/|(ES-\d{1,2}\/\d{1,3})(?![\d/]))/gi;

/** After "S/RES/": "2270 (2016)", "2270(2016)", "2270". */
export const SC_SYMBOL_TAIL = /(\d{1,4})(?:\s?\(\s?(\d{4})\s?\))?(?![\d/])/y;

/** After "A/RES/": "67/19", "ES-11/1", "S-27/2", "181(II)", "3379 (XXX)". */
export const GA_SYMBOL_TAIL = /(?:((?:ES-|S-)?\d{1,2}\/\d{1,3})|(\d{1,4})\s?\(\s?([IVXL]{1,7})\s?\))(?![\d/])/y;

/** After "A/HRC/RES/": "31/1", "S-29/1". */
export const HRC_SYMBOL_TAIL = /((?:S-)?\d{1,2}\/\d{1,3})(?![\d/])/y;

/** Between a keyword and its first number: " ", " No. ", " no ", " number ", " #". */
export const NUMBER_LEAD = /\s+(?:(?:Nos?\.?|numbers?|#)\s*)?(?=[\dES])/y;

/**
 * One cited number: "2231", "67/19", "ES-11/1", "S-29/1", with an optional year or session:
 * "2231 (2015)", "2231 of 2015", "3379 (XXX)", "181 (II)". Groups: 1 number, 2 "(year|roman)", 3 "of year".
 */
export const ITEM = /((?:ES-|S-)?\d{1,2}\/\d{1,3}|\d{1,4})(?:\s?\(\s?(\d{4}|[IVXL]{1,7})\s?\)|\s+of\s+(\d{4})\b)?/y;

/**
 * What may not follow a cited number (it is then a measure, a code or a larger number):
 * "1920x1080", "1,000", "2.5", "2016-45", "300 dpi", "1080p", "45/2019/".
 */
export const BAD_AFTER_ITEM = /^(?:[\d/]|[.,]\d|\s*[x×]\s*\d|[-–]\d|\s?(?:p|px|dpi|ppi|k|mp|megapixels?|pixels?|%|percent|per cent)\b)/i;

/** Words after a list item that make it a count: "and 15 countries", "2 votes". */
export const COUNT_AFTER_ITEM = /^\s+(?:members?|countries|states|nations|votes?|times|years?|days?|months?|weeks?|hours?|people|pages?|words?|troops|soldiers|abstentions?)\b/i;

/**
 * Between two list items: "1718, 1874", ", and 2094", " and 1874", " & 1874", " or 1874"; a range
 * "1718-1874", "1718 to 2094", "1718 through 2094" (endpoints only). Group 1 is set for a range.
 */
export const LIST_SEP = /(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&|or)\s+|(\s*[-–—]\s*|\s+(?:to|through|thru)\s+))(?:(?:resolutions?|UNSCRs?)\s+)?(?=[\dES])/y;

/** "resolution of the conflict", "resolution to the crisis": the non-legal sense, unless a UN body follows. */
export const NON_LEGAL_AFTER = /^\s+(?:of|to|for)\s+(?!(?:the\s+)?(?:U\.\s?N\.|UN\b|United Nations|Security Council|General Assembly|Human Rights Council))/;

/** Lowercase words allowed between a body and its keyword: "Security Council sanctions resolution", "UN's landmark resolution". */
const FILLER = String.raw`(?:(?!(?:and|or|of|by|the|from|than|but|in|on|at|with|without|not|to|resolutions?)\s)[a-z][a-z-]*\s+){0,2}`;
const UN = String.raw`(?:U\.\s?N\.|UN|United\s+Nations)(?:'s|’s|')?`;
const BEFORE = String.raw`(?<![\w.])`;

/** Security Council before a keyword: "U.N. Security Council ", "UNSC ", "S.C. ", "Security Council's landmark ". */
export const SC_PREFIX = new RegExp(
  String.raw`${BEFORE}(?:${UN}\s+)?(?:[Ss]ecurity\s+[Cc]ouncil|UNSC|U\.N\.S\.C\.|S\.\s?C\.|SC)(?:'s|’s)?\s+(${FILLER})$`,
);
/** General Assembly before a keyword: "General Assembly ", "UNGA ", "G.A. ", "UN General Assembly ". */
export const GA_PREFIX = new RegExp(
  String.raw`${BEFORE}(?:${UN}\s+)?(?:[Gg]eneral\s+[Aa]ssembly|UNGA|G\.\s?A\.|GA)(?:'s|’s)?\s+(${FILLER})$`,
);
/** Human Rights Council before a keyword: "Human Rights Council ", "UNHRC ", "HRC ". */
export const HRC_PREFIX = new RegExp(
  String.raw`${BEFORE}(?:${UN}\s+)?(?:Human\s+Rights\s+Council|UNHRC|HRC)(?:'s|’s)?\s+(${FILLER})$`,
);
/** The UN itself before a keyword: "U.N. ", "UN ", "United Nations' ". */
export const UN_PREFIX = new RegExp(String.raw`${BEFORE}${UN}\s+(${FILLER})$`);

/** Bodies whose resolutions are not UN ones (matched right before the keyword, with or without fillers). */
const NEG_WORDS = [
  "House", "Senate", "Congress", "[Cc]ongressional", "[Jj]oint", "[Cc]oncurrent", "[Ss]imple",
  "[Pp]arliament", "[Pp]arliamentary", "MEPs?", "PACE", "Knesset", "Duma", "Rada", "Bundestag", "Majlis", "Diet",
  "[Ll]egislature", "[Ll]egislative",
  "(?:National|Parliamentary|[Ss]tate|Legislative|Provincial|Constituent|Consultative|World\\s+Health)\\s+[Aa]ssembly", "[Bb]oard", "IAEA", "[Ss]hareholders?",
  "[Ss]tockholders?", "[Cc]orporate", "[Cc]ompany", "[Cc]abinet", "[Mm]inisterial", "[Cc]ourt", "[Ss]ynod",
  "[Cc]hurch", "NATO", "OSCE", "OAS", "ASEAN", "AU", "Arab\\s+League", "African\\s+Union", "European\\s+Union",
  "EU", "Europe", "European", "UNESCO", "WHO", "WHA", "ILO", "FAO", "ICAO", "IMO", "[Cc]ity", "[Tt]own",
  "[Cc]ounty", "[Mm]unicipal", "[Ll]ocal", "[Ss]tate", "[Pp]rovincial", "[Rr]egional", "[Ss]tudent", "[Pp]arty",
  "[Yy]ear's", "[Yy]ear’s", "[Bb]udget", "[Ss]creen", "[Dd]isplay", "[Hh]igh", "[Ll]ow", "[Ii]mage", "[Cc]amera",
  "[Ss]ensor", "[Vv]ideo", "[Dd]ispute", "[Cc]onflict", "[Pp]eaceful", "[Pp]olitical", "[Ff]inal", "[Qq]uick",
];
const NEG = String.raw`${BEFORE}(?:${NEG_WORDS.join("|")})(?:'s|’s|')?\s+(?:[Cc]ouncil(?:'s|’s)?\s+)?`;
/** A non-UN body right before the keyword: "House ", "European Parliament ", "city council ", "IAEA Board ". */
export const NEG_PREFIX_IMMEDIATE = new RegExp(NEG + "$");
/** The same with fillers: "Senate foreign relations ", "the board's annual ". */
export const NEG_PREFIX = new RegExp(NEG + FILLER + "$");
/** Congress abbreviations before "Res.": "H.", "S. ", "H.J.", "S.J.", "H.Con.", "H.R. ". */
export const CONGRESS_ABBREV_BEFORE = /(?<![\w.])(?:[HS]\.\s?(?:J\.\s?|Con\.\s?|R\.\s?)?)$/;

/** A UN body named after the citation: ", adopted by the Security Council", " of the UN General Assembly". */
export const POST_BODY = /^\s*,?\s*(?:(?:unanimously\s+)?(?:adopted|passed|approved)\s+by|of|by|from)\s+the\s+(?:(?:U\.\s?N\.|UN|United\s+Nations)(?:'s)?\s+)?(Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council)/;

/** A non-UN body named after the citation: " of the city council", ", passed by the House", " introduced by Sen.". */
export const POST_NEG = /^\s*,?\s*(?:(?:(?:unanimously\s+)?(?:adopted|passed|approved|introduced|sponsored)\s+(?:by|in)|of|by|from|in)\s+(?:the\s+)?(?:House|Senate|Congress|[Cc]ity|[Tt]own|[Cc]ounty|[Mm]unicipal|[Ss]tate|[Bb]oard|IAEA|European|Parliament|[Pp]arliamentary|[Ss]hareholders|[Cc]ompany|Knesset|Rada|Duma|NATO|OSCE|[Cc]ourt)|(?:introduced|sponsored)\s+by\s+(?:Rep\.|Sen\.|Representative|Senator))/;

/** Words of the UN around a bare citation: "U.N.", "UN", "United Nations", "Security Council", "General Assembly". */
export const UN_CONTEXT = /(?<![\w.])(?:U\.\s?N\.|UN|United\s+Nations|Security\s+Council|General\s+Assembly|UNSC|UNGA|UNSCR|Secretary-General|Human\s+Rights\s+Council)(?!\w)/;

/** Words of other resolution-passing bodies, or of displays: "Congress", "the House", "city council", "pixels". */
export const OTHER_CONTEXT = /\b(?:Congress|[Cc]ongressional|House\s+of\s+Representatives|the\s+House|Senate|[Ss]enators?|Sen\.|Rep\.|[Ll]awmakers|[Cc]ity\s+[Cc]ouncil|[Tt]own\s+[Cc]ouncil|[Cc]ounty|[Pp]arliament|MEPs?|[Ss]hareholders?|[Bb]oard\s+of\s+(?:[Dd]irectors|Governors)|IAEA|pixels?|dpi|[Ss]creen|[Cc]amera|[Mm]onitor)\b/;
