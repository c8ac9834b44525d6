import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018", "2018-02-10");

// "relocated 1,514 refugees to Jamjang camps, including 343 to Ajuong Thok and 1,171 to Pamir": an elided part moved
// to a named place inside the country is that place's part, whatever the whole's own place.
describe("parts moved to named places", () => {
  it.each([
    [
      "UNHCR relocated 1,514 refugees to Jamjang refugee camps, including 343 to Ajuong Thok and 1,171 to Pamir.",
      [
        "1514@2018 refugees_resettled [Jamjang refugee camps]",
        "343@2018 refugees_resettled [Ajuong Thok]",
        "1171@2018 refugees_resettled [Pamir]"
      ]
    ],
    [
      "IOM relocated 900 refugees to camps, including 500 to Kakuma and 400 to Dadaab.",
      ["900@2018 refugees_resettled []", "500@2018 refugees_resettled [Kakuma]", "400@2018 refugees_resettled [Dadaab]"]
    ],
    [
      "Authorities transferred 320 asylum seekers to reception centres, including 200 to Moria and 120 to Vathy.",
      [
        "320@2018 asylum_applications []",
        "200@2018 asylum_applications [Moria]",
        "120@2018 asylum_applications [Vathy]"
      ]
    ],
    [
      "UNHCR relocated 2,000 refugees to new sites, including 1,200 to Kiziba and 800 to Mahama.",
      [
        "2000@2018 refugees_resettled []",
        "1200@2018 refugees_resettled [Kiziba]",
        "800@2018 refugees_resettled [Mahama]"
      ]
    ],
    [
      "UNHCR relocated 450 refugees to camps, including 300 to Minawao and 150 to Gado.",
      ["450@2018 refugees_resettled []", "300@2018 refugees_resettled [Minawao]", "150@2018 refugees_resettled [Gado]"]
    ],
    [
      "In January, 880 refugees were relocated to settlements, including 500 to Rhino Camp and 380 to Imvepi.",
      [
        "880@2018-01 refugees_resettled []",
        "500@2018-01 refugees_resettled [Rhino Camp]",
        "380@2018-01 refugees_resettled [Imvepi]"
      ]
    ],
    [
      "UNHCR transported 1,000 returnees to transit centres, including 600 to Moudeina and 400 to Tine.",
      ["1000@2018 returns []", "600@2018 returns [Moudeina]", "400@2018 returns [Tine]"]
    ],
    [
      "IOM relocated 260 migrants to shelters, including 160 to Agadez and 100 to Arlit.",
      ["260@2018 refugees_resettled []", "160@2018 refugees_resettled [Agadez]", "100@2018 refugees_resettled [Arlit]"]
    ],
    [
      "UNHCR relocated 640 refugees to settlements, including 400 to Nyarugusu and 240 to Mtendeli.",
      [
        "640@2018 refugees_resettled []",
        "400@2018 refugees_resettled [Nyarugusu]",
        "240@2018 refugees_resettled [Mtendeli]"
      ]
    ],
    [
      "IOM relocated 300 migrants to camps, including 200 to Kakuma and 100 to Kalobeyei.",
      [
        "300@2018 refugees_resettled []",
        "200@2018 refugees_resettled [Kakuma]",
        "100@2018 refugees_resettled [Kalobeyei]"
      ]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A body is no place: "to NGOs", "to IOM".
    [
      "The government identified 45 victims and referred 14 to NGOs and 10 to IOM.",
      ["45@2018 victims_identified []", "14@2018 victims_identified []", "10@2018 victims_identified []"]
    ],
    // A state is a country, read elsewhere.
    [
      "IOM returned 800 migrants, including 500 to Sudan and 300 to Chad.",
      ["800@2018 returns []", "500@2018 returns []", "300@2018 returns []"]
    ]
  ])("%s names no place", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
