import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2018-09-03..2018-09-10", "2018-09-10").map((o) => `${o.value}@${o.period.label} ${o.indicator}`);

describe("a factsheet line naming refugees and where they are, with no verb, counts those there on the day", () => {
  it.each([
    ["57,144 Malian refugees in Mbera camp", "57144"],
    ["Key figures: 57,144 Malian refugees in Mbera camp", "57144"],
    ["290,000 South Sudanese refugees in Sudan", "290000"],
    ["85,463 Nigerian refugees in the Far North region (of which 62,033 are women)", "85463"],
    ["12,400 Syrian refugees in Za'atri camp", "12400"],
    ["Over 48,000 Congolese refugees in Nakivale settlement", "48000"],
    ["191,908 internally displaced persons in the Far North region", "191908"],
    ["3,250 refugees from Eritrea in Shire", "3250"],
    ["Highlights: 9,870 Burundian refugees in Mahama camp", "9870"],
    ["1.2 million Syrian refugees in Lebanon", "1200000"],
    ["About 6,000 IDPs in the Diffa region", "6000"]
  ])("%s", (text, value) => expect(read(text).some((r) => r.startsWith(`${value}@2018-09-10 `))).toBe(true));

  it.each([
    // A verb says what befell the refugees: no bare caption.
    "By late 2017, more than 685,000 Congolese refugees sought protection in neighbouring countries.",
    "In 2018, 12,000 refugees arrived in Mbera camp.",
    "2,381 refugees and asylum-seekers registered in urban areas"
  ])("no stock on the day in %s", (text) =>
    expect(read(text).some((r) => /@2018-09-10 refugees_hosted$/.test(r))).toBe(false)
  );
});
