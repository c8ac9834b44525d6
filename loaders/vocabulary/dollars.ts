/**
 * Currencies named "dollar" (and the tala and pa'anga, which their press writes with "$"): the unit stored, the
 * states whose own press means it by a bare "$", and the forms that name it whatever the state. A bare "$" in a
 * document of a state listed here is its own dollar; elsewhere it is the US dollar.
 */
const NAMED_DOLLARS: {unit: string; states: string[]; before: string[]; after: string[]}[] = [
  {
    unit: "AUD",
    states: ["AUS", "KIR", "NRU", "TUV"],
    before: ["A$", "AU$", "AUD"],
    after: ["Australian dollars", "Australian dollar", "AUD"]
  },
  {
    unit: "NZD",
    states: ["NZL", "COK", "NIU"],
    before: ["NZ$", "NZD"],
    after: ["New Zealand dollars", "New Zealand dollar", "NZD"]
  },
  // "C$" is also the Nicaraguan córdoba: only the unambiguous forms name the Canadian dollar.
  {
    unit: "CAD",
    states: ["CAN"],
    before: ["CA$", "Can$", "CAD"],
    after: ["Canadian dollars", "Canadian dollar", "CAD"]
  },
  {
    unit: "SBD",
    states: ["SLB"],
    before: ["SI$", "SB$", "SBD"],
    after: ["Solomon Islands dollars", "Solomon dollars", "SBD"]
  },
  {unit: "WST", states: ["WSM"], before: ["WS$", "WST"], after: ["Samoan tala", "tala", "WST"]},
  // "TOP" is no prefix: "the top 10 countries".
  {unit: "TOP", states: ["TON"], before: ["T$"], after: ["Tongan pa'anga", "pa'anga", "pa’anga", "paʻanga"]},
  {unit: "FJD", states: ["FJI"], before: ["FJ$", "FJD"], after: ["Fiji dollars", "Fijian dollars", "FJD"]},
  {unit: "BZD", states: ["BLZ"], before: ["BZ$", "BZD"], after: ["Belize dollars", "Belizean dollars", "BZD"]},
  {
    unit: "BBD",
    states: ["BRB"],
    before: ["Bds$", "BBD"],
    after: ["Barbados dollars", "Barbadian dollars", "BBD"]
  },
  // "B$" is the Bahamian and the Brunei dollar alike: only codes and names tell them apart.
  {unit: "BSD", states: ["BHS"], before: ["BSD"], after: ["Bahamian dollars", "BSD"]},
  {unit: "BND", states: ["BRN"], before: ["BND"], after: ["Brunei dollars", "BND"]},
  {unit: "JMD", states: ["JAM"], before: ["J$", "JA$", "JMD"], after: ["Jamaican dollars", "JMD"]},
  {
    unit: "TTD",
    states: ["TTO"],
    before: ["TT$", "TTD"],
    after: ["Trinidad and Tobago dollars", "TT dollars", "TTD"]
  },
  {unit: "GYD", states: ["GUY"], before: ["G$", "GY$", "GYD"], after: ["Guyana dollars", "Guyanese dollars", "GYD"]},
  {
    unit: "XCD",
    states: ["ATG", "DMA", "GRD", "KNA", "LCA", "VCT", "AIA", "MSR"],
    before: ["EC$", "XCD"],
    after: ["Eastern Caribbean dollars", "EC dollars", "XCD"]
  },
  {unit: "HKD", states: ["HKG"], before: ["HK$", "HKD"], after: ["Hong Kong dollars", "HKD"]},
  {unit: "TWD", states: ["TWN"], before: ["NT$", "NTD", "TWD"], after: ["New Taiwan dollars", "Taiwan dollars", "TWD"]},
  {unit: "SGD", states: ["SGP"], before: ["S$", "SGD"], after: ["Singapore dollars", "SGD"]},
  {unit: "NAD", states: ["NAM"], before: ["N$", "NAD"], after: ["Namibian dollars", "Namibia dollars", "NAD"]},
  // Liberia prices in US and Liberian dollars alike: a bare "$" there is no sure Liberian dollar.
  {unit: "LRD", states: [], before: ["L$", "LRD"], after: ["Liberian dollars", "LRD"]},
  {unit: "KYD", states: ["CYM"], before: ["CI$", "KYD"], after: ["Cayman Islands dollars", "KYD"]},
  {unit: "BMD", states: ["BMU"], before: ["BD$", "BMD"], after: ["Bermudian dollars", "BMD"]}
];

/** Each named dollar also in the singular, as reports print it after a million ("60 million Guyanese dollar (GYD)"). */
export const DOLLAR_CURRENCIES = NAMED_DOLLARS.map((c) => ({
  ...c,
  after: [...new Set([...c.after, ...c.after.filter((f) => / dollars$/.test(f)).map((f) => f.slice(0, -1))])]
}));

/** The unit a bare "$" or "dollars" is read with until the document's state says which dollar it is. */
export const BARE_DOLLAR = "$";

/**
 * Currency names several states share ("rupees", "pesos", "shillings"): read with the name as a provisional unit,
 * then the document's state says whose they are; a state not listed takes `otherwise`.
 */
export const SHARED_NAMES: {
  name: string;
  before: string[];
  after: string[];
  states: Record<string, string>;
  otherwise: string;
}[] = [
  {
    name: "rupees",
    before: ["Rs", "Rs."],
    after: ["rupees", "rupee"],
    states: {IND: "INR", PAK: "PKR", LKA: "LKR", NPL: "NPR", MUS: "MUR", SYC: "SCR"},
    otherwise: "INR"
  },
  {
    name: "pesos",
    before: [],
    after: ["pesos"],
    states: {PHL: "PHP", MEX: "MXN", COL: "COP", CHL: "CLP", ARG: "ARS", CUB: "CUP", DOM: "DOP", URY: "UYU"},
    otherwise: "PHP"
  },
  {
    name: "shillings",
    before: ["KSh", "Ksh", "USh", "TSh", "Shs", "Sh"],
    after: ["shillings"],
    states: {KEN: "KES", UGA: "UGX", TZA: "TZS", SOM: "SOS"},
    otherwise: "shillings"
  },
  {name: "kwacha", before: [], after: ["kwacha"], states: {MWI: "MWK", ZMB: "ZMW"}, otherwise: "kwacha"},
  {
    name: "riyals",
    before: [],
    after: ["riyals", "rials"],
    states: {QAT: "QAR", SAU: "SAR", OMN: "OMR", YEM: "YER", IRN: "IRR"},
    otherwise: "QAR"
  },
  {
    name: "dinars",
    before: [],
    after: ["dinars"],
    states: {JOR: "JOD", KWT: "KWD", BHR: "BHD", IRQ: "IQD", LBY: "LYD", TUN: "TND", DZA: "DZD", SRB: "RSD"},
    otherwise: "JOD"
  },
  {
    name: "pounds",
    before: [],
    after: ["pounds"],
    states: {GBR: "GBP", EGY: "EGP", SDN: "SDG", SSD: "SSP", LBN: "LBP", SYR: "SYP"},
    otherwise: "GBP"
  },
  {
    name: "francs",
    before: [],
    after: ["francs"],
    states: {
      CHE: "CHF",
      RWA: "RWF",
      BDI: "BIF",
      GIN: "GNF",
      DJI: "DJF",
      ...Object.fromEntries(["BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"].map((s) => [s, "XOF"])),
      ...Object.fromEntries(["CMR", "CAF", "TCD", "COG", "GNQ", "GAB"].map((s) => [s, "XAF"]))
    },
    otherwise: "francs"
  },
  {
    name: "kronor",
    before: [],
    after: ["kronor", "kroner", "krona", "krone", "kronur"],
    states: {SWE: "SEK", NOR: "NOK", DNK: "DKK", ISL: "ISK"},
    otherwise: "kronor"
  }
];
