import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator" of one sentence of a 2018 release. */
const read = (text: string) => rows(text, "2018", "2019-03").map((r) => r.replace(/ \[.*$/, ""));

describe("a clause after a semicolon names the subject of its own bare figures", () => {
  it.each([
    [
      "Compared to 2017, total arrivals increased by 4.6% from 1,781,021 to 1,862,289, of which 511 came by sea; tourist arrivals increased by 4.3% from 1,341,860 to 1,399,408.",
      "1341860@2017"
    ],
    [
      "Total arrivals rose by 4.6% from 1,781,021 to 1,862,289, of which 511 came by sea; departures of residents rose by 4.7% from 282,764 to 296,083.",
      "282764@2017"
    ],
    [
      "Compared to 2017, 1,200 migrants were deported; asylum applications increased by 9% from 3,100 to 3,400.",
      "3100@2017"
    ],
    [
      "Compared to 2017, 1,200 migrants were deported; asylum applications fell by 6% from 3,100 to 2,900.",
      "3100@2017"
    ],
    [
      "Compared to 2017, 1,200 migrants were deported, of whom 300 were women; work permits issued rose by 12% from 5,000 to 5,600.",
      "5000@2017"
    ],
    [
      "Compared to 2017, arrivals grew by 4.6% to 1,862,289, of which 511 by sea; departures of residents grew by 4.7% from 282,764 to 296,083.",
      "282764@2017"
    ],
    [
      "Compared to 2017, 450 victims were identified, of whom 120 were children; prosecutions rose by 30% from 40 to 52.",
      "40@2017"
    ],
    [
      "Compared to 2017, 1,200 foreigners were expelled; residence permits issued increased by 13% from 8,000 to 9,100.",
      "8000@2017"
    ],
    ["Compared to 2017, 300 migrants were returned; deportations decreased by 15% from 2,000 to 1,700.", "2000@2017"],
    [
      "Compared to 2017, 1,200 refugees were resettled, of whom 200 were children; asylum applications grew by 9% from 3,100 to 3,400.",
      "3100@2017"
    ],
    [
      "Compared to 2017, 1,200 refugees were resettled; excursionist arrivals increased by 7.1% from 29,615 to 31,709.",
      "29615@2017"
    ]
  ])("%s", (text, row) => {
    expect(read(text).some((r) => r.startsWith(`${row} `))).toBe(true);
  });

  it("reads the earlier figure under the clause's own subject, not the count before the semicolon", () => {
    const out = read(
      "Compared to 2017, 1,200 migrants were deported; asylum applications increased by 9% from 3,100 to 3,400."
    );
    expect(out).toContain("1200@2018 deportations");
    expect(out.find((r) => r.startsWith("3100@"))).not.toMatch(/deportations/);
  });

  it("leaves a clause with no subject of its own to the count before it", () => {
    const out = read("In 2018, 120 victims were identified; 45 in Lagos and 30 in Abuja.");
    expect(out).toEqual(["120@2018 victims_identified", "45@2018 victims_identified", "30@2018 victims_identified"]);
  });
});
