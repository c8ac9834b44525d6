import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2021", "2022");

describe("notifications of employment contracts with foreigners", () => {
  it.each([
    "In 2021, 543,277 notifications on work contracts concluded with foreign citizens were received.",
    "In 2021, employers filed 543,277 notifications of employment contracts with foreigners.",
    "In 2021, 543,277 notifications on the conclusion of labour contracts with migrants were submitted.",
    "In 2021, the ministry received 543,277 notifications about hiring foreign workers.",
    "In 2021, 543,277 notifications of labor contracts were registered.",
    "In 2021, 543,277 notifications from employers of foreign workers were received.",
    "A total of 543,277 notifications on employment of foreigners were received in 2021.",
    "In 2021, 543,277 notifications concerning work contracts were processed.",
    "In 2021, some 543,277 notifications on employment contracts arrived.",
    "In 2021, 543,277 notifications on the termination of employment contracts with foreigners were received."
  ])("%s", (text) =>
    expect(read(text)).toEqual([expect.stringMatching(/^543277@2021 employment_contract_notifications /)])
  );

  it.each([
    "In 2021, 120 notifications of suspected trafficking were received.",
    "In 2021, 40 notifications were sent to embassies."
  ])("no contract notification in %j", (text) =>
    expect(read(text).filter((r) => r.includes("employment_contract_notifications"))).toEqual([])
  );
});

describe("workers departed for employment abroad", () => {
  it.each([
    "In 2021, 60,000 Nepalis departed the country for foreign employment.",
    "In 2021, 60,000 workers left for employment abroad.",
    "In 2021, 60,000 migrant workers departed for jobs abroad.",
    "In 2021, 60,000 workers headed to the Gulf for work.",
    "In 2021, 60,000 Filipinos travelled abroad for work.",
    "In 2021, 60,000 labour migrants left the country to work abroad.",
    "In 2021, 60,000 persons departed for overseas employment.",
    "In 2021, 60,000 workers were traveling to Malaysia for work.",
    "In 2021, 60,000 Bangladeshis left for employment in the Gulf.",
    "In 2021, 60,000 emigrants departed for employment abroad."
  ])("%s", (text) => expect(read(text)).toEqual([expect.stringMatching(/^60000@2021 workers_departed_abroad/)]));

  it.each([
    "In 2021, 1.6 million migrants had not left the country for employment after their stay expired.",
    "In 2021, 60,000 tourists departed the country.",
    "In 2021, 60,000 foreigners entered the country for employment."
  ])("no departure for work in %j", (text) =>
    expect(read(text).filter((r) => r.includes("workers_departed_abroad"))).toEqual([])
  );
});

describe("valid permits are stocks on the day last named", () => {
  it.each([
    [
      "As of 1 July 2021, 5,000 foreigners lived in the country.\n\nOf them, 1,200 held valid work permits.",
      "1200@2021-07-01"
    ],
    [
      "As of 1 July 2021, 5,000 foreigners lived in the country.\n\nIn addition, 3,000 foreigners held valid residence permits.",
      "3000@2021-07-01"
    ],
    [
      "As of 1 July 2021, 5,000 foreigners lived in the country.\n\n800 foreigners held valid permanent residence permits.",
      "800@2021-07-01"
    ]
  ])("%j", (text, row) => {
    const paragraphs = text.split("\n\n");
    expect(rows(paragraphs.join(" "), "2021", "2021-08").some((r) => r.startsWith(row))).toBe(true);
  });
});

describe("a so-called list names something, nobody was called", () => {
  it.each([
    "One of the problems is the so-called black list, which in 2021 included 180,000 people.",
    "In 2021, the so-called entry ban list held 180,000 people.",
    "The so-called re-entry ban covered 180,000 people in 2021."
  ])("%s", (text) => expect(read(text).filter((r) => r.includes("called"))).toEqual([]));

  it("still reads calls", () => {
    expect(read("In 2021, the hotline received 1,200 calls.")).toEqual([expect.stringMatching(/^1200@2021 /)]);
  });
});
