import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const kinds = (text: string) => rows(text, "2023", "2024").map((r) => r.replace(/@\S+ \S+/, ""));

// "including 5,003 applications for new recruitment, 15,409 applications for general work permits": counts of one
// noun set apart by what each was for name that as their kind.
describe("counts of one noun set apart by what each was for", () => {
  it.each([
    [
      "The department received 25,387 applications, including 5,003 applications for new recruitment, 15,409 applications for general work permits, and 1,023 applications for private work permits.",
      ["25387 []", "5003 [new recruitment]", "15409 [general work permits]", "1023 [private work permits]"]
    ],
    [
      "The office received 900 applications for asylum and 300 applications for family reunification.",
      ["900 [asylum]", "300 [family reunification]"]
    ],
    [
      "The ministry issued 1,200 permits for seasonal work and 800 permits for study.",
      ["1200 [seasonal work]", "800 [study]"]
    ],
    [
      "Officials approved 450 requests for residence permits and 120 requests for citizenship.",
      ["450 [residence permits]", "120 [citizenship]"]
    ],
    [
      "The agency processed 3,000 applications for work permits, 1,500 applications for renewal and 200 applications for transfer.",
      ["3000 [work permits]", "1500 [renewal]", "200 [transfer]"]
    ],
    [
      "The board granted 640 visas for tourism, 210 visas for business and 95 visas for medical treatment.",
      ["640 [tourism]", "210 [business]", "95 [medical treatment]"]
    ],
    [
      "In 2023 the service registered 2,100 applications for temporary residence and 700 applications for permanent residence.",
      ["2100 [temporary residence]", "700 [permanent residence]"]
    ],
    [
      "The office received 120 applications for naturalisation and 60 applications for statelessness status.",
      ["120 [naturalisation]", "60 [statelessness status]"]
    ],
    [
      "Authorities issued 3,300 permits for agriculture and 1,100 permits for fishing.",
      ["3300 [agriculture]", "1100 [fishing]"]
    ],
    [
      "The embassy handled 75 requests for repatriation and 40 requests for legal aid.",
      ["75 [repatriation]", "40 [legal aid]"]
    ],
    [
      "The ministry received 2,000 applications for student visas and 800 applications for work visas.",
      ["2000 [student visas]", "800 [work visas]"]
    ],
    [
      "The unit registered 340 requests for voluntary return and 95 requests for resettlement.",
      ["340 [voluntary return]", "95 [resettlement]"]
    ],
    [
      "The commission received 61 petitions for refugee status and 17 petitions for humanitarian protection.",
      ["61 [refugee status]", "17 [humanitarian protection]"]
    ]
  ])("%s", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    // One purpose alone is what the count is, not a part of it.
    ["The office received 900 applications for asylum in 2023.", "900 []"],
    // Time and amounts after "for" are no purpose.
    ["The office received 900 applications for the year and 300 applications for 2022.", "900 []"]
  ])("%s", (text, row) => {
    expect(kinds(text)).toContain(row);
  });
});
