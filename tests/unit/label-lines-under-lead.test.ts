import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** Each observation as "period indicator citizenship value", read in a report on 2024 dated 2025-06-10. */
const read = (text: string) =>
  observations(text, "2024", "2025-06-10").map(
    (o) => `${o.period.label} ${o.indicator} ${o.citizenship ?? o.category ?? "all"} ${o.value}`
  );
/** The same, in sorted order: lines are read before the sentences around them. */
const sorted = (text: string) => read(text).sort();

describe("lines of a label and a figure under a lead, their bullets on lines of their own", () => {
  it.each([
    [
      "Work permits issued in 2024 went to these nationalities:\n-\nJamaica – 709\n-\nPhilippines – 630\n-\nGuyana – 374\n",
      [
        "2024 work_permits_issued Jamaica 709",
        "2024 work_permits_issued Philippines 630",
        "2024 work_permits_issued Guyana 374"
      ]
    ],
    [
      "Deportations in 2023 by nationality:\n•\nMexico: 1,204\n•\nHonduras: 998\n",
      ["2023 deportations Mexico 1204", "2023 deportations Honduras 998"]
    ],
    [
      "Asylum applications lodged in 2022 came from:\n*\nSyria – 410\n*\nIraq – 120\n*\nSt Vincent and the Grenadines – 12\n",
      [
        "2022 asylum_applications Syria 410",
        "2022 asylum_applications Iraq 120",
        "2022 asylum_applications Saint Vincent and the Grenadines 12"
      ]
    ],
    [
      "Residence permits granted in 2021 by nationality:\n▪\nIndia: 320\n▪\nChina: 210\n",
      ["2021 residence_permits_issued India 320", "2021 residence_permits_issued China 210"]
    ],
    [
      "Deportations in 2020 by nationality:\n–\nAlbania – 55\n–\nKosovo – 40\n",
      ["2020 deportations Albania 55", "2020 deportations Kosovo 40"]
    ]
  ])("%s", (text, rows) => expect(read(text)).toEqual(rows));
});

describe("a lead that names no time continues the time of the sentence before it", () => {
  it.each([
    [
      "In the first half of 2024, 1,200 migrants were returned.\nThe returned migrants came mainly from:\nGuinea – 400\nMali – 300\n",
      ["2024H1 returns all 1200", "2024H1 returns Guinea 400", "2024H1 returns Mali 300"]
    ],
    [
      "As of May 30, 2025, there were 5,913 active work permits.\nThe top countries with the highest number of work permit holders are:\nJamaica – 709\nPhilippines – 630\n",
      [
        "2025-05-30 work_permits all 5913",
        "2025-05-30 work_permits Jamaica 709",
        "2025-05-30 work_permits Philippines 630"
      ]
    ],
    [
      "In 2023, 2,400 people were deported.\nThe deported persons came mainly from:\nHaiti – 1,100\nCuba – 700\n",
      ["2023 deportations all 2400", "2023 deportations Haiti 1100", "2023 deportations Cuba 700"]
    ],
    [
      "During 2022 the office registered 3,120 asylum applications. The top nationalities by number of asylum applications were:\nSyria: 1,204\nAfghanistan: 998\n",
      [
        "2022 asylum_applications all 3120",
        "2022 asylum_applications Syria 1204",
        "2022 asylum_applications Afghanistan 998"
      ]
    ],
    [
      "In 2023 the ministry issued 8,000 work permits.\nThe number of work permits by nationality:\nIndia – 2,100\nNepal – 1,500\n",
      ["2023 work_permits_issued all 8000", "2023 work_permits India 2100", "2023 work_permits Nepal 1500"]
    ]
  ])("%s", (text, rows) => expect(sorted(text)).toEqual([...rows].sort()));
});

describe("what stays unread or read as before", () => {
  it("a lead with no colon and no time of its own leaves a heading's lines to the sentences", () => {
    expect(read("In 2023, 2,400 people were deported.\nMain nationalities\nHaiti – 1,100\nCuba – 700\n")).not.toContain(
      "2023 deportations Haiti 1100"
    );
  });
  it("a lead naming its own time keeps it", () => {
    expect(
      sorted(
        "In 2023, 2,400 people were deported.\nIn 2022 the deported persons came mainly from:\nHaiti – 900\nCuba – 600\n"
      )
    ).toEqual(["2023 deportations all 2400", "2022 deportations Haiti 900", "2022 deportations Cuba 600"].sort());
  });
  it("a bullet alone on a line is no label", () => {
    expect(read("Deportations in 2023 by nationality:\n-\n-\n")).toEqual([]);
  });
});
