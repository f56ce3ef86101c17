/** Hand-maintained title and role vocabulary for people in foreign-affairs news. */

/** Words that make up capitalised titles before a name ("Foreign Minister", "Deputy Secretary of Energy"). */
export const TITLE_WORDS = new Set([
  "President", "Vice", "Prime", "Minister", "Ministers", "Secretary", "Secretary-General", "Deputy", "Foreign", "Defense",
  "Defence", "Finance", "Interior", "Trade", "Energy", "Justice", "Economy", "Commerce", "Treasury", "State", "Home",
  "Chancellor", "King", "Queen", "Prince", "Princess", "Crown", "Emir", "Sheikh", "Sultan", "Ambassador", "Envoy",
  "Special", "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Chair", "Leader", "Supreme",
  "General", "Gen.", "Lt.", "Col.", "Maj.", "Admiral", "Adm.", "Senator", "Sen.", "Rep.", "Representative",
  "Governor", "Gov.", "Mayor", "Director-General", "Director", "Chief", "Commander", "Premier", "Pope", "Speaker",
  "Senior", "First", "Under", "Undersecretary", "Under-Secretary", "Assistant", "Attorney", "Executive", "High",
  "Commissioner", "Representative", "Top", "Navy", "Army", "Military", "National", "Security", "Adviser", "Advisor",
  "Defense-Minister", "Opposition", "Parliament", "Parliamentary", "Officer", "Staff", "Joint", "Chiefs", "Mr.",
  "Mrs.", "Ms.", "Dr.", "Prof.", "Lord", "Dame", "Sir", "Ayatollah", "Grand", "Marshal", "Field", "Brig.", "Capt.",
  "Health", "Education", "Agriculture", "Environment", "Culture", "Unification", "Intelligence", "Affairs",
]);

/** Title words that can stand alone before a name as a full role ("President Putin", "Gen. Milley"). */
export const HEAD_TITLES = new Set([
  "President", "Minister", "Secretary", "Secretary-General", "Chancellor", "King", "Queen", "Prince", "Princess",
  "Emir", "Sheikh", "Sultan", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Chairman",
  "Chairwoman", "Chair", "Leader", "General", "Gen.", "Admiral", "Adm.", "Senator", "Sen.", "Rep.", "Governor",
  "Gov.", "Mayor", "Director-General", "Director", "Chief", "Commander", "Premier", "Pope", "Speaker", "Adviser",
  "Advisor", "Commissioner", "Representative", "Ayatollah", "Marshal", "Lt.", "Col.", "Maj.", "Brig.", "Capt.",
]);

/** Honorifics that are not roles ("Mr. Yun"). */
export const HONORIFICS = new Set(["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Mr", "Mrs", "Ms", "Dr"]);

/** Lower-case role nouns used in appositions and definite descriptions ("Russia's foreign minister", "the top diplomat"). */
export const ROLE_NOUNS: Record<string, string> = {
  "foreign minister": "Foreign Minister",
  "defense minister": "Defense Minister",
  "defence minister": "Defence Minister",
  "prime minister": "Prime Minister",
  "finance minister": "Finance Minister",
  "interior minister": "Interior Minister",
  "trade minister": "Trade Minister",
  "unification minister": "Unification Minister",
  "minister": "Minister",
  "president": "President",
  "vice president": "Vice President",
  "secretary of state": "Secretary of State",
  "secretary-general": "Secretary-General",
  "secretary general": "Secretary-General",
  "chancellor": "Chancellor",
  "top diplomat": "Foreign Minister",
  "chief diplomat": "Foreign Minister",
  "ambassador": "Ambassador",
  "envoy": "Envoy",
  "spokesman": "Spokesman",
  "spokeswoman": "Spokeswoman",
  "spokesperson": "Spokesperson",
  "leader": "Leader",
  "supreme leader": "Supreme Leader",
  "king": "King",
  "crown prince": "Crown Prince",
  "premier": "Premier",
  "defense secretary": "Defense Secretary",
  "foreign secretary": "Foreign Secretary",
  "national security adviser": "National Security Adviser",
  "head of state": "Head of State",
};
