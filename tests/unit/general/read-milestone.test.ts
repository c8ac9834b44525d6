import {describe, expect, it} from "vitest";
import {milestone} from "../../../loaders/general/read-milestone.js";
import {rows} from "../read-paragraph.js";

const WORDS: Record<string, number> = {two: 2, four: 4, "one-million": 1e6};
const valueOf = (level: string) => WORDS[level] ?? Number(level.replace(/,/g, ""));
const values = (text: string) => rows(text, "2021", "2022-03-01").map((r) => r.split("@")[0]);

// A level a count crossed and the length of a run of periods are said of a statistic, they are not one.
describe("a level crossed or a run of periods", () => {
  it.each([
    ["Work permit applications fell to 8,214 in 2021 yet topped 5,000 for the third straight year.", ["5,000"]],
    ["Asylum claims in 2021 went over 20,000 for the first time.", ["20,000"]],
    ["Deportations in 2021 broke the 30,000 mark, the ministry said.", ["30,000"]],
    ["Arrivals by sea passed the threshold of 60,000 people in 2021.", ["60,000"]],
    ["In 2021 the number of returnees crossed the one-million milestone.", ["one-million"]],
    ["Registered migrant workers in 2021 surpassed 700,000 for two successive years.", ["700,000", "two"]],
    ["By June 2021 the count of detained migrants had exceeded 2,500.", ["2,500"]],
    ["Resettled refugees remained above 9,000 in 2021, officials said.", ["9,000"]],
    ["Trafficking referrals in 2021 stayed over 1,200 for four consecutive quarters.", ["1,200", "four"]],
    ["Visa overstays in 2021 surpassed the 15,000 barrier.", ["15,000"]],
    ["Rescued victims in 2021 exceeded 300 for a second consecutive year.", ["300"]]
  ])("%j charts none of its levels", (text, levels) => {
    for (const level of levels) {
      const start = text.indexOf(level);
      expect(milestone(text, start, start + level.length, valueOf(level))).not.toBeNull();
      expect(values(text)).not.toContain(String(valueOf(level)));
    }
  });

  it.each([
    // The count reached is a figure of its own, not a round level.
    ["In 2021, deportations exceeded 4,312, the ministry said.", "4312"],
    ["In 2021, 18,450 asylum applications were lodged, which surpassed the year before.", "18450"],
    ["In 2021, the agency issued 12,000 work permits.", "12000"],
    ["In 2021, 3,000 migrants crossed the border irregularly.", "3000"],
    ["In 2021, the police identified 640 victims of trafficking over three years of work.", "640"]
  ])("still reads the count in %j", (text, value) => {
    expect(values(text)).toContain(value);
  });

  it("names why the number is no count", () => {
    const text = "The figure topped 40,000 for two consecutive years.";
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    expect(milestone(text, ...at("40,000"), 40000)).toBe("a level crossed, not a count");
    expect(milestone(text, ...at("two"), 2)).toBe("a run of periods");
    expect(milestone("The figure topped 40,312 in May.", 18, 24, 40312)).toBeNull();
    // A crossing verb that takes a count as its object counts it.
    const sentences = "Judges passed 300 sentences in May.";
    expect(milestone(sentences, 14, 17, 300)).toBeNull();
  });
});

describe("a level foreseen", () => {
  it.each([
    "Applications for naturalisation in 2022 may exceed 14,000, the office said.",
    "Returns are expected to surpass 80,000 next year.",
    "Arrivals could top 3,000 by the end of the season."
  ])("is left to the forecast reader: %j", (text) => {
    const level = /\d[\d,]*/.exec(text)!;
    expect(milestone(text, level.index, level.index + level[0].length, Number(level[0].replace(/,/g, "")))).toBeNull();
  });
});

describe("the length of a ranking", () => {
  it.each([
    ["Claims from the top five countries of origin fell in 2021.", "five"],
    ["The top 10 nationalities made up most arrivals in 2021.", "10"],
    ["In 2021 the three largest groups of migrants came from Asia.", "three"],
    ["The four main nationalities of victims were listed in 2021.", "four"],
    ["Its top three destinations took most workers in 2021.", "three"],
    ["The six leading countries of origin were unchanged in 2021.", "six"],
    ["The two most common grounds were religion and politics.", "two"],
    ["In 2021 the 12 biggest employers of migrants were inspected.", "12"],
    ["Their top 20 source districts sent fewer workers in 2021.", "20"],
    ["The five most frequent nationalities among returnees were listed.", "five"]
  ])("%j", (text, number) => {
    const start = text.indexOf(number);
    expect(milestone(text, start, start + number.length, 1)).toBe("the length of a ranking");
  });

  it.each([
    ["In 2021, 15 migrants from the top destinations returned.", "15"],
    ["The largest group, 412 Syrians, applied in 2021.", "412"],
    ["In 2021 the 240 main applicants brought 310 family members.", "240"]
  ])("still a count: %j", (text, number) => {
    const start = text.indexOf(number);
    expect(milestone(text, start, start + number.length, Number(number))).toBeNull();
  });
});
