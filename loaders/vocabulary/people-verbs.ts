/**
 * Verbs whose object is always people: "the government has repatriated 11,303 to their home countries" counts
 * people though no noun follows the number. Verbs that also take cases, goods or money ("identified", "recorded",
 * "received", "registered") are left out, since a bare number after them may count those.
 */
export const PEOPLE_OBJECT_VERBS: string[] = [
  "repatriated",
  "deported",
  "arrested",
  "detained",
  "rescued",
  "expelled",
  "evacuated",
  "intercepted",
  "apprehended",
  "resettled",
  "relocated",
  "readmitted",
  "extradited",
  "smuggled",
  "trafficked",
  "sheltered",
  "interdicted",
  "sent back",
  "brought back",
  "flew back",
  "flown back"
];

/** Words that may stand between such a verb and its number: the verb's adverbs ("forcibly deported"). */
export const OBJECT_VERB_ADVERBS: string[] = [
  "forcibly",
  "forcefully",
  "voluntarily",
  "safely",
  "also",
  "already",
  "reportedly"
];

/** Words that may follow the bare number and say where, when or how, never what ("repatriated 512 from Libya"). */
export const AFTER_PEOPLE_OBJECT: string[] = [
  "to",
  "from",
  "in",
  "into",
  "at",
  "on",
  "off",
  "during",
  "since",
  "between",
  "across",
  "along",
  "via",
  "through",
  "back",
  "home",
  "by",
  "last",
  "this",
  "so far",
  "after",
  "while",
  "and",
  "who",
  "under"
];

/**
 * Verbs whose passive subject is always people: "In 2017, 413 were deported", "87 were released" count people though
 * no noun names them. Those a case or a permit may undergo ("identified", "granted", "prosecuted") are left out.
 */
export const PEOPLE_SUBJECT_VERBS: string[] = [
  ...PEOPLE_OBJECT_VERBS,
  "returned",
  "released",
  "convicted",
  "sentenced",
  "removed",
  "naturalised",
  "naturalized"
];

/**
 * Verbs whose active subject is always people: "In 2019, 300 crossed the border", "Over 161,279 have applied for
 * refugee status", "About 45 fled to Kenya" count people though no noun names them. "returned" is left out: cases,
 * documents and goods are returned too, so "About 186 returned from Chile" says nothing of what was counted.
 */
export const PEOPLE_ACTIVE_VERBS: string[] = [
  "arrived",
  "fled",
  "crossed",
  "disembarked",
  "drowned",
  "defected",
  "emigrated",
  "immigrated",
  "migrated",
  "applied for asylum",
  "applied for refugee status",
  "applied for international protection",
  "applied for protection",
  "sought asylum",
  "sought refuge",
  "sought protection"
];
