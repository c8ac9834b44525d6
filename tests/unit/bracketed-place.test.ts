import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-03-01", "THA");

/** The rows of a whole and its listed parts, each part "value [place]". */
const listed = (indicator: string, whole: number, parts: [number, string][]) => [
  `${whole}@2019 ${indicator} []`,
  ...parts.map(([v, place]) => `${v}@2019 ${indicator} [${place}]`)
];

describe("a place inside the country named before a bracketed count of a list is the part's category", () => {
  it.each([
    [
      "In 2019, 540 victims were identified, most of them from Chiang Mai (120), Bangkok (90) and Tak (45).",
      listed("victims_identified", 540, [
        [120, "Chiang Mai"],
        [90, "Bangkok"],
        [45, "Tak"]
      ])
    ],
    [
      "In 2019, 300 victims were identified, mainly in Songkhla (80) and Phuket (40).",
      listed("victims_identified", 300, [
        [80, "Songkhla"],
        [40, "Phuket"]
      ])
    ],
    [
      "In 2019, authorities deported 2,100 migrants, most of them from Ranong (900), Mae Sot (600) and Sadao (300).",
      listed("deportations", 2100, [
        [900, "Ranong"],
        [600, "Mae Sot"],
        [300, "Sadao"]
      ])
    ],
    [
      "In 2019, 75 victims were repatriated, among them from Nong Khai (30) and Udon Thani (20).",
      listed("victims_repatriated", 75, [
        [30, "Nong Khai"],
        [20, "Udon Thani"]
      ])
    ],
    [
      "In 2019, 120 victims were identified, mostly in Pattaya (70), followed by Hat Yai (30).",
      listed("victims_identified", 120, [
        [70, "Pattaya"],
        [30, "Hat Yai"]
      ])
    ],
    [
      "In 2019, police arrested 410 irregular migrants, including in Sa Kaeo (150), Chanthaburi (120) and Trat (60).",
      listed("irregular_migrants_detected", 410, [
        [150, "Sa Kaeo"],
        [120, "Chanthaburi"],
        [60, "Trat"]
      ])
    ],
    [
      "In 2019, 96 victims were identified, of them in Surat Thani (41) and Krabi (12).",
      listed("victims_identified", 96, [
        [41, "Surat Thani"],
        [12, "Krabi"]
      ])
    ],
    [
      "In 2019, 64 victims were rescued, including in Chiang Rai (33) and Lampang (19).",
      listed("victims_rescued", 64, [
        [33, "Chiang Rai"],
        [19, "Lampang"]
      ])
    ],
    [
      "In 2019, 230 migrants were deported, mainly from Samut Sakhon (140) and Samut Prakan (50).",
      listed("deportations", 230, [
        [140, "Samut Sakhon"],
        [50, "Samut Prakan"]
      ])
    ],
    [
      "In 2019, 88 victims were identified, most of them from Khon Kaen (eight), Yala (six) and Pattani (five).",
      listed("victims_identified", 88, [
        [8, "Khon Kaen"],
        [6, "Yala"],
        [5, "Pattani"]
      ])
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("leaves states, months and a single bracket to their own readers", () => {
    expect(
      read("In 2019, 540 victims were identified, most of them from Vietnam (120), Laos (90) and Cambodia (45).")
    ).not.toContainEqual("120@2019 victims_identified [Vietnam]");
    expect(read("In 2019, 540 victims were identified in Chiang Mai (120 of them women).")).not.toContainEqual(
      "120@2019 victims_identified [Chiang Mai]"
    );
    expect(
      read("In 2019, 540 victims were identified, most of them in January (120) and February (90).")
    ).not.toContainEqual("120@2019 victims_identified [January]");
  });
});
