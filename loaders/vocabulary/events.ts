/**
 * Events a number can belong to, by the verbs and nominalisations that report them ("identified",
 * "identification", "were granted"). Indicators in the registry name these ids; forms are matched
 * as whole words, case-insensitive, in the clause around the number.
 */
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {APPROX_BEFORE, SCALES} from "./quantities.js";
import {PUBLICATION_NOUNS} from "./speech.js";

// The words that make a figure approximate, as a form's pattern reads them (single spaces, as forms are written).
const APPROX_WORDS = APPROX_BEFORE.join("|");
// "reached three million", "reached hundreds": a number word or a scale after "reached" is a level, never a place.
const SCALE_WORDS = ["hundred", ...Object.keys(SCALES)].join("|");
// "39 000 immigrations from other countries": a move counted as a noun, ending its phrase (not "immigrations regulations").
const MOVES_END = String.raw`(?=\s*(?:[,.;:)]|and\b|from\b|in\b|to\b|of\b|during\b|were\b|was\b|$))`;

export interface EventWords {
  id: string;
  forms: string[];
  /** Nouns naming people by the event that befell them ("deportees"): the event only when the clause names no other. */
  people?: string[];
  /** Events that tell the same happening from another side ("deportees were sent back"): they never outrank `people`. */
  alike?: string[];
}

// "an inflow of foreign nationals", never "an inflow of remittances": a flow is a move only when people flow.
const PEOPLE_AFTER = String.raw`(?=\s+(?:[a-z-]+\s+){0,2}?(?:nationals|citizens|foreigners|migrants|immigrants|emigrants|people|persons|workers|refugees|asylum|students)\b)`;

// "migrated from rural areas to the capital": a move within a country, which is no migration across its border; the
// place must be there to be judged, a clause cut at the next number ("from one municipality") leaves it unsaid.
const NOT_WITHIN_COUNTRY = String.raw`(?=\s+[a-z])(?!\s+(?:the\s+)?(?:rural|urban|other|one|another|countryside|capital|interior|provinces?|regions?|districts?|municipalit(?:y|ies)|villages?|cities|city|towns?|(?:north|south|east|west)(?:ern)?|[a-z]+\s+(?:areas?|regions?|provinces?|districts?|municipalit(?:y|ies)|villages?|towns?))\b)`;

/** Moves across a border named as mass nouns, with the people who made them ("emigration reached 76,400"). */
export const MOVE_NOUNS: Record<string, string> = {emigration: "emigrants", immigration: "immigrants"};

export const EVENTS: EventWords[] = [
  {
    id: "identify",
    forms: [
      "identified",
      "identify",
      "identifying",
      "identification",
      "detected",
      // "registered as irregular migrants": being entered on a register under that status is a detection.
      "(?:registered|recorded) as (?:illegal|irregular|undocumented) (?:migrants|immigrants|aliens|foreigners|entrants)",
      "discovered",
      "found",
      "uncovered",
      "recognized",
      "recognised",
      "certified",
      "status of victims",
      "status of a victim",
      "status of victim",
      "victim status"
    ]
  },
  {
    id: "investigate",
    forms: [
      "investigated",
      "investigating",
      "investigate",
      "investigations",
      "investigation",
      "inquiries into",
      "probes",
      "probe"
    ]
  },
  {
    id: "initiate",
    forms: [
      "initiated",
      "initiate",
      "opened",
      "instituted",
      "launched",
      "registered criminal",
      // "brought 12 cases", never people "brought back" or "brought home".
      "brought(?!\\s+(?:back|home)\\b)(?!\\s+(?:[\\w,’'-]+\\s+){1,6}(?:back|home)\\b)",
      "cases filed"
    ]
  },
  {
    id: "prosecute",
    forms: [
      "prosecuted",
      "prosecuting",
      "prosecute",
      "prosecutions",
      "prosecution",
      "charged",
      "indicted",
      "brought to court",
      "sent to court",
      "referred to court",
      "brought to justice",
      "involved as defendants",
      "brought to criminal liability",
      "brought to criminal responsibility",
      "sent to trial",
      // "52 people were accused of human trafficking": charged with the offence.
      "accused of",
      // "69 individuals were tried under Article 135": brought to trial ("tried to cross" is no trial).
      "were tried",
      "was tried",
      "been tried",
      "stood trial",
      "put on trial",
      // "162 people tried in human trafficking cases", "23 people being tried": a trial's people, reduced or progressive.
      "being tried",
      "(?<=\\b(?:people|persons|individuals|defendants|suspects|traffickers|offenders)\\s)tried(?!\\s+to\\b)"
    ]
  },
  {
    id: "convict",
    forms: [
      "convicted",
      "convicting",
      "convict",
      "convictions",
      "conviction",
      "found guilty",
      "sentenced",
      // "were pronounced 31 sentences": judgments handed down, each a conviction.
      "pronounced (?:\\d[\\d,]* )?sentences",
      "sentences were pronounced"
    ]
  },
  {id: "acquit", forms: ["acquitted", "acquittals"]},
  // Press items say it plainly too: "police caught 33 undocumented workers", "eight workers were nabbed".
  {
    id: "arrest",
    forms: [
      "arrested",
      "arrests",
      "apprehended",
      "apprehensions",
      // "11,921 encounters of unaccompanied children": a border agency's count of people it stopped or expelled.
      "encounters",
      "detained",
      "detention",
      "caught",
      "nabbed",
      "rounded up",
      "picked up",
      // "the arrest of 27,317 would-be migrants", "350 smugglers have been captured".
      "arrest of",
      "arrest",
      "captured",
      "capture of",
      "taken into custody",
      "busted"
    ]
  },
  // A crossing or departure stopped before it happened: "foiled 73,973 irregular migration attempts".
  {
    id: "prevent",
    forms: [
      "foiled",
      "thwarted",
      "aborted",
      "averted",
      "stopped from",
      "blocked from",
      "frustrated",
      "halted",
      "pushed back",
      "pushbacks",
      "push-backs"
    ]
  },
  // Held on a day: "there are currently 44,462 detainees", "250 Ethiopians in various prisons".
  {
    id: "imprison",
    forms: [
      "in prisons",
      "in various prisons",
      "imprisoned",
      "in jails",
      "behind bars",
      "incarcerated",
      "in custody",
      "in detention",
      "held in detention",
      "remain in detention",
      "detainees"
    ]
  },
  // Stopped on the way across a border: stowaways, migrants at sea, victims on their way out.
  {
    id: "intercept",
    forms: [
      "intercepted",
      "interception",
      "interceptions",
      "interdicted",
      "interdiction",
      "interdictions",
      // "the Mounties stopped 859 people between official border points": halted on the way, where or while crossing,
      // never proceedings "stopped because of the limitation period".
      "stopped(?=\\s+(?:[\\w,]+\\s+){0,4}?(?:at|on|near|between|along|off|crossing|trying|attempting|while|en\\s+route)\\b)"
    ]
  },
  {
    id: "assist",
    forms: [
      "assisted",
      "assistance",
      "provided",
      "received",
      "receiving",
      "supported",
      "support",
      "sheltered",
      "accommodated",
      "placed",
      "referred",
      "referrals",
      "rehabilitation",
      "services",
      "compensation",
      "compensated",
      "reintegrated",
      "reintegration"
    ]
  },
  {
    id: "repatriate",
    forms: [
      "repatriated",
      "repatriation",
      "repatriations",
      "returned home",
      // "assisted 165 stranded migrants to return home from Libya": the return the help was for.
      "return home",
      "returning home",
      // "51 refugees went home from southern Gabon": going home is a return home.
      "went home",
      "gone home",
      "went back home",
      "go home",
      "going home",
      "sent back home",
      "voluntary return",
      "voluntarily returned",
      "flown home",
      "brought home"
    ]
  },
  {
    id: "rescue",
    forms: [
      "rescued",
      // "New Migration Estimates released by the Central Statistics Office": what is published frees nobody.
      `(?<!\\b(?:${PUBLICATION_NOUNS.join("|")})\\s)released`,
      "freed",
      "removed from",
      "saved",
      "(?<![\\w-])saving",
      "rescue of"
    ]
  },
  {
    id: "grant",
    forms: [
      "granted",
      "issued",
      "granting",
      "issuance",
      "issuing",
      "given",
      "awarded",
      "approved",
      "obtained",
      "secured",
      // A status received was granted: "another 67 received complementary protection".
      "received asylum",
      "received refugee status",
      "received complementary protection",
      "received subsidiary protection",
      "received additional protection",
      "received the additional protection",
      "received humanitarian protection",
      "received international protection",
      // A permit or status received was granted: "800 people received residence permits for humanitarian reasons".
      "received residence",
      "received a residence",
      "received permanent residence",
      "received temporary residence",
      "received work permits",
      "received a work permit",
      "received visas",
      "received a visa",
      "received citizenship",
      "received protection",
      // "the number of Nepali workers receiving work permits for Malaysia": so is one being received.
      "receiving work permits",
      "receiving a work permit",
      "receiving residence",
      "receiving a residence",
      "receiving permanent residence",
      "receiving visas",
      "receiving a visa",
      "receiving citizenship",
      "receiving asylum",
      "receiving refugee status",
      "receiving international protection",
      "recognised as refugees",
      "recognized as refugees",
      "recognised as a refugee",
      "recognized as a refugee"
    ]
  },
  // "2,000 foreigners became permanent residents": a status taken up is a status granted.
  // "371,000 permanent residents were admitted", "admissions of permanent residents": an admission is that grant too.
  {
    id: "settle",
    forms: [
      "became permanent residents",
      "became permanent resident",
      "become permanent residents",
      "admitted as permanent residents",
      "admitted as permanent resident",
      "permanent residents were admitted",
      "permanent residents admitted",
      "permanent resident admissions",
      "admissions of permanent residents"
    ]
  },
  {id: "extend", forms: ["extended", "extension", "extensions", "prolonged", "renewed", "renewal"]},
  {
    id: "refuse",
    forms: [
      "refused",
      "refusal",
      "refusals",
      "rejected",
      "rejection",
      "denied",
      "denial",
      "not allowed",
      "not admitted",
      // "did not grant asylum", "was not granted protection": a grant withheld is a refusal.
      "did not grant",
      "not granted",
      "banned",
      "rejections",
      // "applications declined by 3.2 percent", "declined to forty", "also declined, from 14,100": a change in a
      // number, not a refusal.
      `declined(?!,? (?:(?:by|to|from) (?:(?:${APPROX_WORDS}) )?(?:\\d|(?:${NUMBER_WORD_SOURCE})\\b)|sharply|slightly|steadily|significantly|markedly|further|again))`,
      "turned down",
      "turned back",
      "turned away"
    ]
  },
  // People moved from a first country of refuge to settle in another: "resettled in Australia".
  {id: "resettle", forms: ["resettled", "resettlement", "resettling", "relocated", "relocation"]},
  // An irregular stay made lawful: "400,000 people settled their legal status", "migrants regularised".
  {
    id: "regularise",
    forms: [
      "regularised",
      "regularized",
      "regularisation",
      "regularization",
      "legalised",
      "legalized",
      "legalisation",
      "legalization",
      "regularise their status",
      "regularize their status",
      "regularised their status",
      "regularized their status",
      "legalised their stay",
      "legalized their stay"
    ]
  },
  // A case or application brought to a decision: "9,000 cases were concluded", "a conclusion was reached in 977".
  {
    id: "decide",
    forms: [
      "decided",
      "decided on",
      // "Decisions were made on 80,651 applications": the decision named as a noun.
      "decisions were made on",
      "decisions were taken on",
      "decisions made on",
      "decisions taken on",
      "processed",
      "examined",
      "finalised",
      "finalized",
      "adjudicated",
      "disposed of",
      "ruled on",
      "completed the screening",
      "completed screening"
    ]
  },
  // An application taken back by the one who made it: "300 applicants withdrew their applications".
  {id: "withdraw", forms: ["withdrew", "withdrawn", "withdraw", "withdrawal", "withdrawals", "abandoned their"]},
  // Travel arranged for someone's removal or return: "1,748 were completing travel reservations".
  {id: "book", forms: ["booked", "booking", "bookings", "reservations", "reservation", "tickets"]},
  // "Entered" is a crossing ("entered Colombia through official border crossings"), never a register's entry.
  // "71 crimes … were fixed": recorded, in the wording of reports translated from languages that say so.
  {id: "register", forms: ["registered", "registration", "registrations", "recorded", "were fixed", "was fixed"]},
  // A report, complaint or tip-off reaching an authority: "92 cases were reported", "complaints were received".
  {
    id: "report",
    forms: [
      "were reported",
      "was reported",
      "cases reported",
      "complaints",
      "complaint",
      "notifications",
      // "The Attorney General's Office reported 11 cases of human trafficking": cases a body reports are reported
      // cases, where "reported" before other counts only says who gives them.
      "reported (?:about |some |over |more than |at least )?\\d[\\d,]* (?:new )?cases"
    ]
  },
  // A complaint or case dealt with: "only 93 were addressed".
  {
    id: "address",
    forms: ["were addressed", "was addressed", "were resolved", "was resolved", "were dealt with", "were handled"]
  },
  // Where people live: a stock on a date rather than an event in a period.
  {
    id: "reside",
    forms: [
      "resided",
      "reside",
      "resides",
      "residing",
      "lived in",
      "living in",
      "live in",
      "lives in",
      "live there",
      "lives there",
      "living there",
      "lived there",
      // "the number of refugees in the camp stood at 15,231": people in a camp or settlement live there.
      "in the camp",
      "in the camps",
      "in camps",
      "in refugee camps",
      "in the settlement",
      "in the settlements",
      // "the foreign population stands at 24,992": a population of foreigners is who of them lives in a place.
      "foreign population",
      "foreign-born population",
      "foreign resident population",
      "foreign national residents",
      "migrant population",
      "immigrant population",
      "refugee population",
      // "Lebanon is home to 1.5 million refugees", not "helped 172 migrants return home to Senegal".
      "is home to",
      "are home to",
      "was home to",
      "were home to",
      "remains home to",
      "remained home to",
      "has been home to",
      // "the camp hosted 15,231 refugees", "being host to 4.6 million foreigners": people a place gives refuge to live there.
      "host to",
      // "about 140,000 migrants are accommodated in the reception centres": people a place houses now live there.
      "are accommodated",
      "are currently accommodated",
      "are housed",
      "are currently housed",
      // "57,000 refugees are now sheltered in Mbera camp", "the camp now houses 57,000": a shelter's people now.
      "are now accommodated",
      "are now housed",
      "are sheltered",
      "are now sheltered",
      "are currently sheltered",
      "now houses",
      "currently houses",
      "hosted",
      "hosts",
      "hosting",
      "taken refuge in",
      "took refuge in",
      "found refuge in",
      "sheltering in",
      "with legal status",
      // "600,000 Latin Americans with legal residence": people whose residence in the country is lawful live there.
      "with legal residence",
      "with legal residency",
      "legally residing",
      "legally resident",
      "diaspora"
    ],
    // "there were 95,000 foreign residents": foreigners named by their living in the country.
    people: [
      // "Moroccans make up the largest number of legal residents": a report on migration counts foreigners so.
      "legal residents",
      "legal resident",
      "lawful residents",
      "legal immigrants",
      "foreign residents",
      "foreign resident",
      "non-citizen residents",
      "migrant residents",
      "immigrant residents"
    ]
  },
  {
    id: "apply",
    forms: [
      "applied",
      "applying",
      "applicants",
      "applications",
      "application",
      // "37 requests for asylum were received": a request for asylum lodged is an application.
      "requests for asylum",
      "request for asylum",
      "asylum requests",
      "asylum request",
      "requested",
      "submitted",
      "filed",
      "lodged",
      "appealed",
      "asked for asylum",
      "ask for asylum",
      // "2,718 illegal migrants expressed the intention to ask for international protection".
      "asked for international protection",
      "ask for international protection",
      // Those seeking asylum have applied for it.
      "asylum seekers",
      "asylum-seekers",
      "protection seekers",
      "protection seeker",
      "sought asylum",
      "claimed asylum",
      // "Sudanese interested in Dutch asylum", "those seeking asylum": a wish for asylum voiced to the authorities.
      "interested in (?:[a-z]+ )?asylum",
      "seeking asylum",
      // "297 persons expressed their intention to seek asylum": the first step of an application.
      "seek asylum",
      "seek international protection",
      "asked for help",
      "asked for assistance",
      "sought assistance",
      "sought help",
      "requests for assistance"
    ]
  },
  {
    id: "deport",
    forms: [
      "deported",
      "deportation",
      "deportations",
      "expelled",
      "expulsion",
      "expulsions",
      "removed",
      "removal",
      "leave the territory",
      "to leave the country",
      "administratively expelled",
      "escorted out",
      "escorted to the border",
      "enforced returns",
      "enforced return",
      "removals",
      "returns from detention",
      "sent out of",
      "forcibly returned",
      "returned to their country"
    ],
    // "received 17 of 21 deportees": people named by the deportation that befell them.
    people: ["deportees", "deportee"],
    alike: ["return", "repatriate", "readmit", "transfer"]
  },
  {
    id: "return",
    forms: [
      "returned",
      "returning",
      "return of",
      "returns of",
      "total returns",
      "returns from",
      "sent back",
      "taken back",
      // "two flights brought back more than 600 individuals", "brought 600 migrants back from Minsk".
      "brought back",
      "(?<=\\bbrought\\s+(?:[\\w,’'-]+\\s+){1,6})back(?=\\s+(?:to|from|home)\\b)",
      // "were escorted back to Havana", "flown back to Dakar": taken back to where they came from.
      "escorted back",
      "escorted home",
      "flown back",
      // "2,882 refugees assisted to return from Tanzania": help to return is a return.
      "(?:assisted|helped|supported) to return",
      // "has helped 1,965 stranded migrants return to their countries": the return a helper's object made.
      "(?<=\\b(?:assisted|helped|supported|helping|assisting)\\s+(?:[\\w,’'-]+\\s+){1,8}(?:[–—]\\s[^–—]{1,60}[–—]\\s+)?)return(?=\\s+(?:to|from|home)\\b)",
      // "enabled 96 stranded migrants to safely return to Guinea": "to" and a manner may come before the return.
      "(?<=\\b(?:assisted|helped|supported|enabled|helping|assisting|enabling)\\s+(?:[\\w,’'-]+\\s+){1,8}to\\s+(?:[a-z]+ly\\s+)?)return(?=\\s+(?:[a-z]+ly\\s+)?(?:to|from|home)\\b)"
    ],
    // "the number of returnees was 12,002": people named by the return that brought them home.
    people: ["returnees", "returnee"],
    alike: ["repatriate", "deport", "readmit", "transfer"]
  },
  {id: "readmit", forms: ["readmitted", "readmission", "transferred"]},
  {
    id: "enter",
    forms: [
      "entered",
      // "the entry of migrants through the Darien border area exceeds 124,500 people": the crossing named as a noun.
      "entry of",
      "entries of",
      "entries",
      "arrived",
      "arrivals",
      // "recorded the arrival of 11,043 refugees": the event named as a noun, whatever verb reports it.
      "arrival of",
      "crossed",
      "crossing",
      // "3,228 migrants entering Yemen": the movement as a participle, never "barred from entering"; "the group arriving on
      // Sunday" names a group, so "arriving" stays out.
      "(?<!\\b(?:from|before|after|upon|on|when|while|of)\\s)entering",
      // "14,195 movements were observed at flow monitoring points": passages a flow monitor counts; "at the airport and
      // border crossings" names places.
      "(?<!\\b(?:at|through|via|and)\\b[^,.;]{0,30})crossings",
      "movements",
      "visited",
      "came",
      // Coming to live or coming ashore: "moved to Latvia", "immigrated", "16 boat landings".
      "moved to",
      // "a lower inflow of foreign nationals (67 400)": people coming to live, named as a flow of them.
      `inflows? of${PEOPLE_AFTER}`,
      "immigrated",
      `immigrations${MOVES_END}`,
      "landed",
      "landings",
      "disembarked",
      "disembarkations",
      // "160 Cuban migrants … have shown up in Cayman's waters": turning up at a border or shore.
      "shown up",
      "showed up",
      "turned up",
      // "256,319 migrants reached Europe via sea", "have reached Somalia": a place reached, never a level ("reached
      // 400,000", "reached three million", "reached a record"), an age or an agreement.
      `reached(?=\\s+(?:the\\s+)?[a-z])(?!\\s+(?:a|an|its|their|his|her|our|this|that|these|those|some|about|around|over|more|nearly|almost|approximately|roughly|record|peak|highest|lowest|out|agreement|agreements|consensus|adulthood|maturity|majority|decision|decisions|deal|settlement|level|levels|total|totals|number|figure|age|stage|point)\\b)(?!\\s+(?:${NUMBER_WORD_SOURCE}|half|(?:${SCALE_WORDS})s?)\\b)(?!\\s+the\\s+(?:age|number|figure|level|total|stage|point|peak|highest|lowest|record|end|limit|maximum|ceiling|threshold|target|mark|milestone|conclusion|decision|agreement)\\b)`
    ]
  },
  // "the deaths of 23 migrants", "41 people drowned": lives lost on the way or at a border.
  {
    id: "die",
    forms: [
      "died",
      "die",
      "dying",
      "deaths of",
      "deaths",
      "fatalities",
      "death of",
      "dead",
      "drowned",
      "lost their lives",
      "perished",
      "were killed",
      "lost at sea",
      "went missing"
    ]
  },
  {
    id: "leave",
    forms: [
      "left",
      "departed",
      "departures",
      "emigrated",
      // "57 moved out of the country", "520 moved away from the islands": leaving where one lived.
      "moved out",
      "moving out",
      // "767 people have migrated from Macedonia": leaving a country, not a region within it ("from rural areas").
      `migrated (?:from|out of)${NOT_WITHIN_COUNTRY}`,
      `outflows? of${PEOPLE_AFTER}`,
      "moved away",
      "moving away",
      `emigrations${MOVES_END}`,
      // "17,541 workers heading there", "Nepalis traveling to Malaysia": going abroad, said of people.
      "heading",
      "headed",
      "travelling",
      "traveling",
      "travelled",
      "traveled",
      "went abroad",
      "going abroad",
      "go abroad",
      "goes abroad",
      "went overseas",
      "going overseas",
      "go overseas",
      "moving there",
      "went to work",
      "migrated abroad",
      // "2.1 million Filipino workers deployed abroad": a sending country's word for workers it sent to jobs abroad.
      "deployed abroad",
      "deployed overseas",
      "deployed to work",
      // "991,461 Filipino workers were deployed to various countries abroad": workers deployed went to jobs abroad
      // (police deployed to a border did not).
      "workers were deployed",
      "workers deployed to",
      "OFWs were deployed",
      "OFWs deployed to",
      "overseas deployment",
      "deployment abroad",
      // "Vietnam sent 132,802 labourers to work abroad": people sent to jobs abroad left for them.
      "to work abroad",
      "to work overseas",
      "for work abroad",
      "for work overseas",
      "for jobs abroad",
      "for jobs overseas",
      // "emigration among Irish nationals rose from 27,700 to 40,200": the move named as a noun, not an office or a
      // policy named after it.
      "(?<!\\b(?:of|for)\\s)emigration(?!\\s+(?:department|bureau|office|offices|service|services|officer|officers|law|laws|act|policy|policies|rules|clearance|clearances|authority|authorities|rate|rates))"
    ]
  },
  {
    // "15,000 Burkinabe have looked for safety in neighboring countries", "2,600 fled across the river"; a participle
    // ("Afghans fleeing the Taliban") says who they are, not what was counted.
    id: "flee",
    forms: ["fled", "have fled", "sought refuge", "sought safety", "looked for safety", "sought asylum abroad"]
  },
  {
    id: "naturalise",
    forms: [
      "citizenship",
      "naturalized",
      "naturalised",
      "naturalization",
      "naturalisation",
      "admitted to citizenship",
      // "2,455 foreigners became citizens of Lithuania": acquiring citizenship said of the people.
      "became citizens",
      "become citizens",
      "became a citizen",
      "became permanent citizens",
      "became new citizens"
    ]
  },
  {id: "distribute", forms: ["distributed", "disseminated", "handed out", "printed", "published"]},
  {id: "screen", forms: ["screened", "screening", "interviewed", "checked", "inspected", "vetted", "controlled"]},
  {id: "train", forms: ["trained", "training", "trainings", "educated", "seminars", "workshops"]},
  {id: "call", forms: ["calls", "called", "contacted", "hotline", "hot line"]},
  {
    id: "fund",
    forms: [
      "allocated",
      "funded",
      "funding",
      "budget",
      "spent",
      // "reported spending 120,000 TTD on victim protection": the gerund and the noun of spending are funding too.
      "spending",
      "spends",
      "expended",
      "expenditure",
      "expenditures",
      "allocation",
      "allocations",
      "allocating",
      "disbursed",
      "financed",
      "appropriated",
      // "provided 1.2 million euros for victim assistance": money given for a purpose is funding it.
      "provided",
      "providing",
      // "a grant scheme of seven million kroner", "two NGOs received grants of 5.9 million kroner": money granted, never
      // "grants of asylum" (a count, whose own noun says what was granted).
      "grant scheme",
      "grant schemes",
      "received grants",
      "received a grant",
      "in grants",
      "subsidies",
      "earmarked",
      "devoted",
      "dedicated",
      "invested",
      "contributed",
      "donated",
      "financial assistance",
      "one-time allowance",
      "one-time allowances",
      "lump-sum payment",
      "lump-sum payments"
    ]
  },
  {
    id: "transfer",
    // "1,16,29,014 workers exported abroad": a sending country's word for the workers it sent to jobs abroad.
    forms: ["remittances", "remitted", "transfers", "transferred", "sent", "exported abroad", "exported overseas"]
  },
  {
    id: "penalise",
    forms: [
      "fined",
      "fines",
      "punished",
      "penalized",
      "penalised",
      "administrative liability",
      "administrative penalty",
      "administrative decisions",
      "legal measures were taken",
      "measures were taken against",
      "held accountable",
      "held liable"
    ]
  },
  {id: "marry", forms: ["marriages", "married"]},
  {id: "use", forms: ["used", "utilised", "utilized", "taken up", "filled", "exhausted"]},
  // A stock on a date: permits in force, not granted in the period ("2,315 foreigners held valid work permits").
  {
    id: "hold",
    forms: [
      "held",
      "hold",
      "holding",
      "held valid",
      "hold valid",
      "holding valid",
      "had valid",
      "have valid",
      "having valid",
      "holders of",
      "holders of valid",
      "valid",
      "in force",
      "in effect"
    ]
  }
];

/**
 * Verbs a bare count of people can be the subject of when they moved in or out ("57 moved out", "Around 3,760 left"), in
 * the past or as a participle after "with" ("with 4,118 arriving"); the leave and enter events above say which way.
 */
export const MOVER_VERBS = [
  "left",
  "moved",
  "emigrated",
  "immigrated",
  "departed",
  "arrived",
  "leaving",
  "arriving",
  "moving"
];

/** Pasts of event verbs that take no "-ed" ("found 12 victims", "held 40 migrants"): a clause's verb in the past. */
export const IRREGULAR_PASTS = ["held", "gave", "sent", "brought", "took", "found", "caught"];
/** Pasts without "-ed" of what people themselves did ("700,159 workers, including 104,786 women, went abroad"). */
export const PEOPLE_PASTS = ["left", "went", "fled", "came", "sought", "got", "became", "fell", "ran", "flew"];
