import {describe, expect, it} from "vitest";
import {actingBody} from "../../loaders/general/read-acting-body.js";
import {rows} from "./read-paragraph.js";

describe("actingBody", () => {
  it.each([
    ["The police reported identifying ", "", "police"],
    ["An NGO identified and assisted ", "", "NGO"],
    ["In 2018, the National Gendarmerie referred ", "", "National Gendarmerie"],
    ["The Ministry of Labor (MOL) inspected ", "", "Ministry of Labor"],
    ["MOL prosecuted ", "", "MOL"],
    ["Last year the labor inspectorate found ", "", "labor inspectorate"],
    ["Separately, NGOs reportedly assisted ", "", "NGOs"],
    ["The government identified 95 victims, including only ", " identified by law enforcement", "law enforcement"],
    ["", " victims were referred by embassies", "embassies"],
    [
      "The EOCO, the Bureau of National Intelligence, and the Department of Social Welfare identified ",
      "",
      "EOCO, the Bureau of National Intelligence, and the Department of Social Welfare"
    ],
    ["Police, prosecutors and NGOs identified ", "", "Police, prosecutors and NGOs"],
    ["The government also reported identifying ", "", "government"]
  ])("%s…%s → %s", (before, after, body) => {
    expect(actingBody(before, after)).toBe(body);
  });

  it.each([
    ["They identified ", ""],
    ["Of these, ", " were granted"],
    ["In 2019, ", " people were identified"],
    ["The victims included ", ""],
    ["Most of the victims identified ", ""],
    ["The report counted 12 cases, compared with ", ""]
  ])("%s…%s names no body", (before, after) => {
    expect(actingBody(before, after)).toBeNull();
  });
});

// "The police identified 56 victims. An NGO identified 415": one thing counted as done by two bodies, each named.
describe("counts of one thing by two bodies or more", () => {
  it.each([
    [
      "The police reported identifying 56 trafficking victims. An NGO identified and assisted 415 trafficking victims.",
      ["56@2021 trafficking_victims_identified [police]", "415@2021 trafficking_victims_identified [NGO]"]
    ],
    [
      "Police identified 56 victims of trafficking. NGOs identified 415 victims of trafficking.",
      ["56@2021 trafficking_victims_identified [Police]", "415@2021 trafficking_victims_identified [NGOs]"]
    ],
    [
      "MOL prosecuted five trafficking cases, compared to one case during the previous reporting period. The government prosecuted 30 cases.",
      [
        "5@2021 trafficking_prosecutions [MOL]",
        "1@2020 trafficking_prosecutions [MOL]",
        "30@2021 trafficking_prosecutions [government]"
      ]
    ],
    [
      "Philippine law enforcement reported identifying 1,443 victims of trafficking, compared with 2,953 victims in 2019. The IACAT task force identified 2,500 victims of trafficking.",
      [
        "1443@2021 trafficking_victims_identified [Philippine law enforcement]",
        "2953@2019 trafficking_victims_identified [Philippine law enforcement]",
        "2500@2021 trafficking_victims_identified [IACAT task force]"
      ]
    ],
    [
      "Last year the labor inspectorate identified 12 trafficking victims, while the police identified 30 trafficking victims.",
      ["12@2021 trafficking_victims_identified [labor inspectorate]", "30@2021 trafficking_victims_identified [police]"]
    ],
    [
      "The government identified 40 trafficking victims. The gendarmerie identified 15 trafficking victims.",
      ["40@2021 trafficking_victims_identified [government]", "15@2021 trafficking_victims_identified [gendarmerie]"]
    ],
    [
      "The courts convicted 14 traffickers. In addition, military courts convicted three traffickers.",
      ["14@2021 trafficking_convictions [courts]", "3@2021 trafficking_convictions [military courts]"]
    ],
    [
      "The anti-trafficking police unit arrested 25 traffickers. Border guards arrested 11 traffickers.",
      ["25@2021 trafficking_arrests [anti-trafficking police unit]", "11@2021 trafficking_arrests [Border guards]"]
    ],
    [
      "The NGO-run hotline identified 584 trafficking victims, and the police identified 120 trafficking victims.",
      ["584@2021 trafficking_victims_identified [NGO-run hotline]", "120@2021 trafficking_victims_identified [police]"]
    ],
    [
      "Embassies repatriated 45 trafficking victims. IOM repatriated 30 trafficking victims.",
      ["45@2021 trafficking_victims_repatriated [Embassies]", "30@2021 trafficking_victims_repatriated [IOM]"]
    ],
    [
      "The labour inspectorate identified 31 trafficking victims; the gendarmerie identified 9 trafficking victims.",
      [
        "31@2021 trafficking_victims_identified [labour inspectorate]",
        "9@2021 trafficking_victims_identified [gendarmerie]"
      ]
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2021", "2022")).toEqual(expected);
  });

  it.each([
    // One body alone is the count's source, no part of it.
    "The MOI identified 100 victims of trafficking, compared with 124 in 2020.",
    "Police identified 56 victims of trafficking. Police identified 415 victims of trafficking in 2020.",
    // The state's own counts name no body.
    "The government identified 21 victims of trafficking. Authorities identified 13 victims of trafficking in 2020.",
    // Bodies that did different things are no parts of one count.
    "The police arrested 40 traffickers. An NGO assisted 20 trafficking victims.",
    // A pronoun names no body.
    "They identified 21 trafficking victims. The government identified 13 trafficking victims in 2020."
  ])("%s names no body", (text) => {
    expect(rows(text, "2021", "2022").every((r) => r.endsWith("[]"))).toBe(true);
  });
});

// "The government identified 53 victims … and NGOs identified 12": beside another body's count, the state's own is a
// part too, named by the words the document uses for it.
describe("the state's count beside another body's", () => {
  it.each([
    [
      "The government identified 53 victims (46 in 2018) and NGOs identified 12 victims.",
      [
        "53@2019 victims_identified [government]",
        "46@2018 victims_identified [government]",
        "12@2019 victims_identified [identified by ngos]"
      ]
    ],
    [
      "The government identified 34 trafficking victims. An NGO identified 11 trafficking victims.",
      ["34@2019 trafficking_victims_identified [government]", "11@2019 trafficking_victims_identified [NGO]"]
    ],
    [
      "Authorities identified 20 trafficking victims. The police identified 8 trafficking victims.",
      ["20@2019 trafficking_victims_identified [authorities]", "8@2019 trafficking_victims_identified [police]"]
    ],
    [
      "The authorities identified 61 trafficking victims, while IOM identified 19 trafficking victims.",
      [
        "61@2019 trafficking_victims_identified [authorities]",
        "19@2019 trafficking_victims_identified [identified by iom]"
      ]
    ],
    [
      "The government prosecuted 14 trafficking cases. The labor inspectorate prosecuted 3 trafficking cases.",
      ["14@2019 trafficking_prosecutions [government]", "3@2019 trafficking_prosecutions [labor inspectorate]"]
    ],
    [
      "The government investigated 40 trafficking cases; the anti-trafficking police unit investigated 22 trafficking cases.",
      [
        "40@2019 trafficking_investigations [government]",
        "22@2019 trafficking_investigations [anti-trafficking police unit]"
      ]
    ],
    [
      "The government referred 17 trafficking victims to shelters. NGOs referred 9 trafficking victims to shelters.",
      ["17@2019 trafficking_victims_assisted [government]", "9@2019 trafficking_victims_assisted [NGOs]"]
    ],
    [
      "The government repatriated 25 trafficking victims. IOM repatriated 12 trafficking victims.",
      ["25@2019 trafficking_victims_repatriated [government]", "12@2019 trafficking_victims_repatriated [IOM]"]
    ],
    [
      "The government identified 70 trafficking victims. Civil society organizations identified 30 trafficking victims.",
      [
        "70@2019 trafficking_victims_identified [government]",
        "30@2019 trafficking_victims_identified [Civil society organizations]"
      ]
    ],
    [
      "Authorities identified 44 trafficking victims, and the labour inspectorate identified 6 trafficking victims.",
      [
        "44@2019 trafficking_victims_identified [authorities]",
        "6@2019 trafficking_victims_identified [labour inspectorate]"
      ]
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2019", "2020")).toEqual(expected);
  });

  it.each([
    // The state alone names no part, whatever words it goes by.
    "The government identified 53 victims (46 in 2018). Authorities identified 12 victims in 2017.",
    "The government identified 34 trafficking victims, compared with 65 in the previous reporting period."
  ])("%s names no body", (text) => {
    expect(rows(text, "2019", "2020").every((r) => r.endsWith("[]"))).toBe(true);
  });
});

// "NGOs identified an additional 15 victims", "NGOs reported identifying and providing services to 11": what a body did
// can stand apart from its count by the count's modifiers or by what was given to those counted.
describe("a body's verb apart from its count", () => {
  it.each([
    [
      "The government identified 79 trafficking victims. NGOs identified an additional 15 trafficking victims.",
      ["79@2022 trafficking_victims_identified [government]", "15@2022 trafficking_victims_identified [NGOs]"]
    ],
    [
      "The government identified 34 trafficking victims. NGOs reported identifying and providing services to an additional 11 victims.",
      ["34@2022 trafficking_victims_identified [government]", "11@2022 trafficking_victims_identified [NGOs]"]
    ],
    [
      "The government identified 70 trafficking victims. An NGO reported identifying at least 163 trafficking victims.",
      ["70@2022 trafficking_victims_identified [government]", "163@2022 trafficking_victims_identified [NGO]"]
    ],
    [
      "The police identified 40 trafficking victims. An NGO identified a total of 58 trafficking victims.",
      ["40@2022 trafficking_victims_identified [police]", "58@2022 trafficking_victims_identified [NGO]"]
    ],
    [
      "The government identified 12 trafficking victims. IOM identified more than 30 trafficking victims.",
      ["12@2022 trafficking_victims_identified [government]", "30@2022 trafficking_victims_identified [IOM]"]
    ],
    [
      "Authorities identified 25 trafficking victims. The labour inspectorate identified only 4 trafficking victims.",
      [
        "25@2022 trafficking_victims_identified [authorities]",
        "4@2022 trafficking_victims_identified [labour inspectorate]"
      ]
    ],
    [
      "The government identified 9 trafficking victims. NGOs identified approximately 60 trafficking victims.",
      ["9@2022 trafficking_victims_identified [government]", "60@2022 trafficking_victims_identified [NGOs]"]
    ],
    [
      "The police identified 18 trafficking victims. The gendarmerie identified another 7 trafficking victims.",
      ["18@2022 trafficking_victims_identified [police]", "7@2022 trafficking_victims_identified [gendarmerie]"]
    ],
    [
      "The government referred 20 trafficking victims to shelters. NGOs referred a further 6 trafficking victims to shelters.",
      ["20@2022 trafficking_victims_assisted [government]", "6@2022 trafficking_victims_assisted [NGOs]"]
    ],
    [
      "The government identified 53 victims (46 in 2018 and 75 in 2017) and NGOs identified an additional 13.",
      [
        "53@2022 victims_identified [government]",
        "46@2018 victims_identified [government]",
        "75@2017 victims_identified [government]",
        "13@2022 victims_identified [identified by ngos]"
      ]
    ],
    [
      "The federal government identified 146 trafficking victims, compared to 140 in 2017, 194 in 2016, and 876 in 2015. The Ministry of Foreign Relations identified and provided support to an additional 860 trafficking victims.",
      [
        "146@2022 trafficking_victims_identified [federal government]",
        "140@2017 trafficking_victims_identified [federal government]",
        "194@2016 trafficking_victims_identified [federal government]",
        "876@2015 trafficking_victims_identified [federal government]",
        "860@2022 trafficking_victims_identified [Ministry of Foreign Relations]"
      ]
    ],
    [
      "The government identified 53 trafficking victims. The national police reported 37 of the 48 victims identified by law enforcement were nationals.",
      [
        "53@2022 trafficking_victims_identified [government]",
        "37@2022 trafficking_victims_identified [national police]",
        "48@2022 trafficking_victims_identified [law enforcement]"
      ]
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2022", "2023")).toEqual(expected);
  });

  it.each([
    // One body alone, however its count is modified, names no part.
    "NGOs identified an additional 15 trafficking victims, compared with 20 in 2021.",
    "The government reported identifying at least 70 trafficking victims. Authorities identified a total of 12 trafficking victims in 2021.",
    // A body that did something else is no part of the count.
    "The police arrested 40 traffickers. NGOs reported providing services to an additional 11 trafficking victims."
  ])("%s names no body", (text) => {
    expect(rows(text, "2022", "2023").every((r) => r.endsWith("[]"))).toBe(true);
  });
});
