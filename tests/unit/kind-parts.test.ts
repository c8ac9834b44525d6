import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018", "2019-01-15");

// "approved 162 foreign workers, including 128 carpenters, 14 welders and 20 plumbers": kinds of people the vocabulary
// does not know, listed as what a count of people included, are its parts, each named by its own words.
describe("parts of a count of people by kinds the vocabulary does not know", () => {
  it.each([
    [
      "The government approved 162 foreign workers, including 128 carpenters, 14 welders and 20 plumbers.",
      [
        "162@2018 foreigners_and_stateless_persons_granted []",
        "128@2018 foreigners_and_stateless_persons_granted [carpenters]",
        "14@2018 foreigners_and_stateless_persons_granted [welders]",
        "20@2018 foreigners_and_stateless_persons_granted [plumbers]"
      ]
    ],
    [
      "The ministry granted work permits to 300 foreign workers. They included 120 nurses, 90 engineers and 40 teachers.",
      [
        "300@2018 work_permits_issued []",
        "120@2018 work_permits_issued [nurses]",
        "90@2018 work_permits_issued [engineers]",
        "40@2018 work_permits_issued [teachers]"
      ]
    ],
    [
      "Authorities deported 210 foreign workers, among them 95 masons and 60 carpenters.",
      ["210@2018 deportations []", "95@2018 deportations [masons]", "60@2018 deportations [carpenters]"]
    ],
    [
      "The government registered 2,400 migrant workers: 1,100 welders, 800 electricians and 400 plumbers.",
      [
        "2400@2018 residence_registrations []",
        "1100@2018 residence_registrations [welders]",
        "800@2018 residence_registrations [electricians]",
        "400@2018 residence_registrations [plumbers]"
      ]
    ],
    [
      "The government issued work permits to 800 foreign workers, including 300 nurses and 200 teachers.",
      [
        "800@2018 work_permits_issued []",
        "300@2018 work_permits_issued [nurses]",
        "200@2018 work_permits_issued [teachers]"
      ]
    ],
    [
      "In 2018, 150 foreign workers were deported, including 80 masons and 40 painters.",
      ["150@2018 deportations []", "80@2018 deportations [masons]", "40@2018 deportations [painters]"]
    ],
    [
      "The ministry approved 640 foreign workers: 300 welders, 200 riggers and 100 fitters.",
      [
        "640@2018 foreigners_and_stateless_persons_granted []",
        "300@2018 foreigners_and_stateless_persons_granted [welders]",
        "200@2018 foreigners_and_stateless_persons_granted [riggers]",
        "100@2018 foreigners_and_stateless_persons_granted [fitters]"
      ]
    ],
    [
      "Officials registered 90 foreign workers, of whom 50 bakers and 30 butchers.",
      [
        "90@2018 residence_registrations []",
        "50@2018 residence_registrations [bakers]",
        "30@2018 residence_registrations [butchers]"
      ]
    ],
    [
      "The government granted residence permits to 210 foreign workers. They included 110 doctors and 70 pharmacists.",
      [
        "210@2018 residence_permits_issued []",
        "110@2018 residence_permits_issued [doctors]",
        "70@2018 residence_permits_issued [pharmacists]"
      ]
    ],
    [
      "Authorities deported 120 foreign workers. They included 60 tailors, 30 barbers and 20 cobblers.",
      [
        "120@2018 deportations []",
        "60@2018 deportations [tailors]",
        "30@2018 deportations [barbers]",
        "20@2018 deportations [cobblers]"
      ]
    ],
    [
      "The federal government approved 162 skilled foreign workers under the H-2B visa program. They included 128 carpenters, 14 welders, eight plumbers, seven electricians and five construction equipment mechanics.",
      [
        "162@2018 visas_issued []",
        "128@2018 visas_issued [carpenters]",
        "14@2018 visas_issued [welders]",
        "8@2018 visas_issued [plumbers]",
        "7@2018 visas_issued [electricians]",
        "5@2018 visas_issued [construction equipment mechanics]"
      ]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Parts that add up to more than the whole are no parts of it.
    "The government approved 100 foreign workers, including 80 carpenters and 40 welders.",
    // One item is no list of kinds.
    "The government approved 162 foreign workers, including 128 carpenters.",
    // A whole that is no people has no kinds of people.
    "The police conducted 50 raids, including 20 checkpoints and 10 patrols.",
    // Counts no list opens are no parts.
    "The government approved 162 foreign workers. Employers advertised 128 vacancies and 14 tenders."
  ])("%s", (text) => {
    expect(read(text).filter((r) => !/\[\]$/.test(r))).toEqual([]);
  });
});
