/** Real-world sentence patterns for the stance stage: [sentence, holder country code, polarity, target keyword, CAMEO root]. */
export type PatternCase = [sentence: string, holder: string, polarity: "support" | "oppose" | "concern" | "neutral", target: string, root: string];

/** The table: statements, appeals, intentions, consultation, cooperation, aid, yielding, disapproval, rejection, threats,
 * protest, force, sanctions, coercion and violence, with reported speech, passives, negation, hedges, compounds and coreference. */
export const PATTERNS: PatternCase[] = [
  // 01 statements
  ["President Obama expressed condolences to the families of the victims in Kenya.", "USA", "neutral", "families", "01"],
  ["The government expressed appreciation for China's assistance.", "---", "support", "China", "01"],
  ["Japan voiced hope for an early resumption of the talks with Pyongyang.", "JPN", "support", "resumption", "01"],
  ["Al-Shabaab claimed responsibility for the attack on the mall in Kenya's capital.", "SOM", "neutral", "attack", "01"],
  ["The US claimed that it had attacked Iraq.", "USA", "oppose", "Iraq", "01"],
  ["Iran denied involvement in the attack on the Saudi oil facilities.", "IRN", "oppose", "attack", "01"],
  ["Germany expressed deep concern over the escalation in eastern Ukraine.", "DEU", "concern", "escalation", "01"],
  ["Seoul is deeply concerned about North Korea's missile launches.", "KOR", "concern", "missile", "01"],
  ["India fears that the deal will strengthen Pakistan's military.", "IND", "concern", "deal", "01"],
  ["Top diplomats of South Korea and Russia expressed concerns over North Korea's nuclear tests.", "KOR", "concern", "nuclear", "01"],
  // 02 appeals
  ["China called on both sides to exercise restraint.", "CHN", "support", "restraint", "02"],
  ["The European Union urged Serbia to normalise relations with Kosovo.", "IGO", "support", "Kosovo", "02"],
  ["Congress is asking Obama to help Iran.", "---", "support", "Obama", "02"],
  ["Obama wants Putin to withdraw troops from Crimea.", "USA", "support", "Putin", "02"],
  ["France renewed its call for a ceasefire in Syria.", "FRA", "support", "ceasefire", "02"],
  ["Foreign Minister Yun Byung-se called for the need to keep pressure on North Korea.", "KOR", "support", "pressure", "02"],
  // 03 intentions
  ["Brazil vowed to deepen its partnership with Argentina.", "BRA", "support", "Argentina", "03"],
  ["Lavrov reaffirmed Russia's commitment to implement the UN resolutions.", "RUS", "support", "implement", "03"],
  ["Japan plans to send aid to the Philippines.", "JPN", "support", "Philippines", "03"],
  ["The US Secretary of State wants to help Israel.", "USA", "support", "Israel", "03"],
  ["South Korea and the U.S. are planning to install a THAAD battery.", "KOR", "support", "THAAD", "03"],
  ["Qatar is ready to host new talks between Russia and Ukraine.", "QAT", "support", "talks", "03"],
  ["Yun Byung-se and Sergey Lavrov also agreed to improve bilateral cooperation.", "KOR", "support", "cooperation", "03"],
  ["France said it was determined to mend ties with Rwanda.", "FRA", "support", "Rwanda", "03"],
  ["Brazil and the United States are seeking to deepen a partnership in energy.", "BRA", "support", "partnership", "03"],
  ["India pledged to provide aid to Sri Lanka.", "IND", "support", "Sri Lanka", "03"],
  // 04 consultation
  ["Iraq's national security advisor met with Syrian President Bashar Assad on Tuesday.", "IRQ", "neutral", "Assad", "04"],
  ["The US, Russia and Switzerland met yesterday.", "USA", "neutral", "", "04"],
  ["General David Petraeus held talks with President Michel Suleiman in Beirut.", "---", "neutral", "Suleiman", "04"],
  ["Obama is scheduled to attend a summit in Switzerland on the unrest in Iran.", "USA", "neutral", "Switzerland", "04"],
  ["Modi telephoned Putin to discuss the war in Ukraine.", "IND", "neutral", "Putin", "04"],
  ["Erdogan hosted Zelensky in Istanbul.", "TUR", "neutral", "Zelensky", "04"],
  ["Iran negotiated with the European Union over its nuclear programme.", "IRN", "neutral", "European Union", "04"],
  ["Qatar mediated between Israel and Hamas.", "QAT", "support", "Israel", "04"],
  ["Macron paid a visit to Algeria last week.", "FRA", "neutral", "Algeria", "04"],
  ["The Chinese foreign minister visited Pakistan on Monday.", "CHN", "neutral", "Pakistan", "04"],
  // 05 diplomatic cooperation
  ["Ukrainian lawmakers endorsed an association agreement with the European Union.", "UKR", "support", "European Union", "05"],
  ["Ukraine ratified a sweeping agreement with the European Union on Tuesday.", "UKR", "support", "European Union", "05"],
  ["Russia defended Syria's decision to close the border.", "RUS", "support", "Syria", "05"],
  ["Germany expressed support for Ukraine's bid to join the EU.", "DEU", "support", "Ukraine", "05"],
  ["Egypt is satisfied with the Israeli withdrawal from Gaza.", "EGY", "support", "withdrawal", "05"],
  ["Sweden recognised the State of Palestine in 2014.", "SWE", "support", "Palestine", "05"],
  ["Japan apologised to South Korea for its wartime conduct.", "JPN", "support", "South Korea", "05"],
  ["Vietnam will cooperate with the Philippines on maritime security.", "VNM", "support", "Philippines", "05"],
  ["The move is a positive step, Lavrov said.", "RUS", "support", "move", "05"],
  // 06-08 material cooperation, aid, yielding
  ["Russia shared intelligence with Syria on the rebel positions.", "RUS", "support", "Syria", "06"],
  ["The USA helped the two exiled dissidents from Egypt.", "USA", "support", "Egypt", "07"],
  ["The United States will supply arms to Israel.", "USA", "support", "Israel", "07"],
  ["Sweden granted asylum to dissidents from Belarus.", "SWE", "support", "Belarus", "07"],
  ["The US commander offered further military support to Lebanon.", "USA", "support", "Lebanon", "07"],
  ["Israel on Wednesday released the mayor of Nablus, a member of Hamas.", "ISR", "support", "Hamas", "08"],
  ["Obama has agreed to lift the sanctions on Iran.", "USA", "support", "Iran", "08"],
  ["Hundreds of UN troops withdrew from the Syrian sector of the Golan.", "IGO", "support", "Syrian", "08"],
  ["The civilians were released yesterday by Putin himself.", "RUS", "support", "civilians", "08"],
  // 09 investigate
  ["The United Nations inspectors want to re-examine the refineries in Iran.", "IGO", "neutral", "Iran", "09"],
  ["The ICC launched an investigation into the killings in Sudan.", "IGO", "neutral", "Sudan", "09"],
  // 10 demand
  ["Obama faces pressure from Congress to help Iran.", "---", "support", "Obama", "10"],
  ["Washington demanded that Pyongyang halt its missile tests.", "USA", "support", "Pyongyang", "10"],
  ["Obama is being pressured by Congress to help Iran.", "---", "support", "Obama", "10"],
  // 11 disapprove
  ["Russia, along with China, have opposed the plan.", "RUS", "oppose", "plan", "11"],
  ["China opposed the plan.", "CHN", "oppose", "plan", "11"],
  ["France condemned the attack on its embassy in Niger.", "FRA", "oppose", "attack", "11"],
  ["Lavrov reaffirmed Russia's opposition to the North going nuclear.", "RUS", "oppose", "North", "11"],
  ["The plan was opposed by Russia and China.", "RUS", "oppose", "plan", "11"],
  ["Evidence against Russia was presented by the US.", "USA", "oppose", "Russia", "11"],
  ["The US presented evidence against Russia.", "USA", "oppose", "Russia", "11"],
  ["A report released in the Rwandan capital alleged that France was aware of preparations for the genocide.", "RWA", "oppose", "France", "11"],
  ["The US said that Iraq had attacked its neighbours.", "USA", "oppose", "Iraq", "11"],
  ["The US claimed that ISIL had attacked Iraq and taken the city of Mosul.", "USA", "oppose", "ISIL", "11"],
  ["Iran filed a lawsuit against the United States at the World Court.", "IRN", "oppose", "United States", "11"],
  ["A source quoted Lavrov as saying the move is not desirable.", "RUS", "oppose", "move", "11"],
  ["Seoul is critical of Tokyo's decision.", "KOR", "oppose", "Tokyo", "11"],
  ["China voiced strong dissatisfaction with the U.S. arms sale to Taiwan.", "CHN", "oppose", "arms sale", "11"],
  ["Beijing lodged criticism against Manila over the reef.", "CHN", "oppose", "Manila", "11"],
  // 12 reject
  ["Obama said he would not provide support to Israel.", "USA", "oppose", "Israel", "12"],
  ["Obama said he would not give permission to Russia to help Israel.", "USA", "oppose", "Russia", "12"],
  ["Iran rejected the European proposal.", "IRN", "oppose", "proposal", "12"],
  ["Russia vetoed the draft resolution on Syria.", "RUS", "oppose", "resolution", "12"],
  ["Israel refused to release the Palestinian prisoners.", "ISR", "oppose", "Palestinian", "12"],
  ["North Korea's rejection of the offer surprised Seoul.", "PRK", "oppose", "offer", "12"],
  // 13 threaten
  ["Obama wants to attack Switzerland.", "USA", "oppose", "Switzerland", "13"],
  ["Obama and Putin said they will attack Iraq.", "USA", "oppose", "Iraq", "13"],
  ["North Korea threatened the United States with a nuclear strike.", "PRK", "oppose", "United States", "13"],
  ["Egypt issued a stern warning to Ethiopia over the dam.", "EGY", "oppose", "Ethiopia", "13"],
  // 14 protest
  ["US and British activists staged a dramatic protest in Beijing on Wednesday.", "USA", "oppose", "Beijing", "14"],
  ["Opponents of Rwanda's Senate protested yesterday in the city's capital.", "RWA", "oppose", "capital", "14"],
  ["The Russian building was demolished by a Ukrainian protestor.", "UKR", "oppose", "Russian", "14"],
  ["Iranian students stormed the British embassy in Tehran.", "IRN", "oppose", "British", "14"],
  // 15 force posture
  ["Russia is conducting military exercises near the border with Estonia.", "RUS", "oppose", "Estonia", "15"],
  ["China deployed troops to the border with India.", "CHN", "oppose", "India", "15"],
  // 16 reduce relations, sanctions
  ["The US State department has advised against travel to Tunisia.", "USA", "oppose", "Tunisia", "16"],
  ["The EU imposed sanctions on Belarus.", "IGO", "oppose", "Belarus", "16"],
  ["Saudi Arabia severed ties with Iran in 2016.", "SAU", "oppose", "Iran", "16"],
  ["Canada announced sanctions against Russia's arms makers.", "CAN", "oppose", "Russia", "16"],
  ["In 1997, the United States blocked the assets of the Sudanese government.", "USA", "oppose", "Sudanese", "16"],
  // 17 coerce
  ["A court in Guyana has issued arrest warrants for two Brazilian men.", "GUY", "oppose", "Brazilian", "17"],
  ["A Tunisian court has jailed a Nigerian student for two years.", "TUN", "oppose", "Nigerian", "17"],
  ["Qatar has pledged to expel exiled leaders of Egypt's Muslim Brotherhood.", "QAT", "oppose", "Egypt", "17"],
  ["Iran seized a British tanker in the Strait of Hormuz.", "IRN", "oppose", "British", "17"],
  ["Moscow expelled two Estonian diplomats.", "RUS", "oppose", "Estonian", "17"],
  // 18 assault
  ["Militants from Nigeria kidnapped dozens of girls in Cameroon.", "NGA", "oppose", "Cameroon", "18"],
  ["The Syrian Observatory said eight people were killed in an air strike by government forces.", "SYR", "oppose", "", "11"],
  // 19 fight
  ["The United States fired anti-aircraft batteries at Russia this week.", "USA", "oppose", "Russia", "19"],
  ["Barack Obama fired anti-aircraft batteries at Russia this week.", "USA", "oppose", "Russia", "19"],
  ["Syrian rebels engaged Filipino peacekeepers in a firefight in Golan Heights on Saturday.", "SYR", "oppose", "Filipino", "19"],
  ["Georgian demonstrators launched missiles at the Georgian government.", "GEO", "oppose", "government", "19"],
  ["Insurgents bombarded a government-held part of Syria's second city Aleppo overnight.", "---", "oppose", "Syria", "19"],
  ["The United States launched an air strike against an Islamic State target southwest of Baghdad.", "USA", "oppose", "Islamic State", "19"],
  ["Four children were killed in Israeli tank shelling in the east of Gaza, medics said.", "ISR", "oppose", "", "19"],
  ["Russia invaded Ukraine in February 2022.", "RUS", "oppose", "Ukraine", "19"],
  // 20 mass violence
  ["The UN said Syria used chemical weapons against civilians in Ghouta.", "IGO", "oppose", "Syria", "11"],
  ["Syria used chemical weapons against civilians in Ghouta, the UN said.", "SYR", "oppose", "civilians", "20"],
  // titles before a known person, documents as sources, stated intentions, hosting, the reported act beside its setting
  ["German chancellor Olaf Scholz called on Moscow to withdraw its troops.", "DEU", "support", "Moscow", "02"],
  ["Iran's foreign minister Abbas Araghchi condemned the strikes on nuclear sites.", "IRN", "oppose", "strikes", "11"],
  ["A 40-page report released in Kinshasa on Friday accused Rwanda of backing the M23 rebels.", "COD", "oppose", "Rwanda", "11"],
  ["Tehran announced it would free two French nationals held since 2022.", "IRN", "support", "French", "03"],
  ["Seoul said it would provide humanitarian aid to the flood victims in North Korea.", "KOR", "support", "North Korea", "03"],
  ["Japan hosted a delegation from South Korea in Tokyo.", "JPN", "neutral", "South Korea", "04"],
  ["Japan hosted a delegation from South Korea in Tokyo.", "KOR", "neutral", "Japan", "04"],
  ["Pakistan condemned the shelling, two days after Indian troops killed three civilians in Kashmir.", "PAK", "oppose", "shelling", "11"],
  ["During a two-day visit to Hanoi, Blinken signed a maritime cooperation pact with Vietnam.", "USA", "support", "Vietnam", "05"],
  ["Ahead of talks with Xi, Biden criticised China's trade practices.", "USA", "oppose", "China", "11"],
  ["Nigerian police have arrested over 100 protesters in Lagos.", "NGA", "oppose", "protesters", "17"],
  ["Russian troops killed and wounded dozens of civilians in Bucha.", "RUS", "oppose", "civilians", "18"],
  ["The two hostages released on Friday by Hamas arrived in Tel Aviv.", "PSE", "support", "hostages", "08"],
  ["The European Union will send experts to Libya to help train its coast guard.", "IGO", "support", "coast guard", "03"],
];

/**
 * Sentences whose named act is background to the reported one (a temporal clause or phrase, a participial elaboration,
 * a relative clause): [sentence, cue of the background act]. The act may stay a stance; it is never an event.
 */
export const BACKGROUND: [sentence: string, cue: string][] = [
  ["Pakistan condemned the shelling, two days after Indian troops killed three civilians in Kashmir.", "killed"],
  ["During a two-day visit to Hanoi, Blinken signed a maritime cooperation pact with Vietnam.", "visit"],
  ["Armenia signed a trade pact with the European Union, signalling support for deeper integration with Brussels.", "support"],
  ["Hamas, which seized control of Gaza in 2007, rejected the proposal.", "seized"],
  ["The summit comes a week before the Japanese prime minister travels to Washington.", "travels"],
];

/** A title or office before a known person: the person holds the stance ([sentence, person id]). */
export const TITLED_HOLDERS: [sentence: string, person: string][] = [
  ["Chinese foreign minister Wang Yi urged Tokyo to exercise restraint.", "wang-yi"],
  ["Iran's foreign minister Abbas Araghchi condemned the strikes on nuclear sites.", "abbas-araghchi"],
  ["The Russian envoy Vassily Nebenzia rejected the draft resolution.", "vassily-nebenzia"],
];

/** Sentences that hold no stance: negated past, passives without agent, place-only mentions. */
export const NO_EVENT: string[] = [
  "A protestor demolished the building.",
  "The tanks head back from the border after the skirmish went wrong.",
  "Local news reports that there was a pause in the bombing in Aleppo.",
  "Russia did not oppose the plan.",
  // objectless participles are passives without agent; settings, slogans, bare schedules and speculation are no events
  "Three Turkish soldiers killed in a roadside bombing were buried on Sunday.",
  "Two journalists detained in Tehran last year remain in custody.",
  "The summit comes a week before the Japanese prime minister travels to Washington.",
  "Protesters in Hong Kong waved Free Tibet flags outside the Chinese consulate.",
  "The Japanese prime minister is scheduled to give a speech in Jakarta on Thursday.",
  "Russian forces could attack Kyiv again within weeks.",
  "The Israeli army released a video of the raid on Monday.",
  "A report released by the Kenyan government on Monday listed the victims.",
  // a cue word after a preposition is a noun ("access for aid groups"); the holder's own country as bare target is a place
  "Sudan will improve access for aid groups in Darfur.",
  "Canada announced bans on travel to Canada for the officers.",
  // a second reported clause has its own subject: "but that better relations could help …" is not the first clause's
  "Officials said that Sudan had a long way to go, but that better relations could help increase leverage.",
];
