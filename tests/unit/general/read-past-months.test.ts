import {describe, expect, it} from "vitest";
import {datelineDay, pastMonths} from "../../../loaders/general/read-past-months.js";
import {extractDocument} from "../../../loaders/extract-document.js";
import {meta} from "../../helpers.js";

const spans = (text: string, asOf?: string) => pastMonths(text, asOf).map((p) => `${p.period.start}..${p.period.end}`);

describe("pastMonths", () => {
  it("counts whole months back from an item dated by its month", () => {
    expect(spans("Oman expelled 2,310 workers over the course of the past month.", "2021-05")).toEqual([
      "2021-04-01..2021-04-30"
    ]);
    expect(spans("in the last month, 88 boats were intercepted", "2020-01")).toEqual(["2019-12-01..2019-12-31"]);
    expect(spans("Police detained 1,409 people in the past three months", "2019-10")).toEqual([
      "2019-07-01..2019-09-30"
    ]);
    expect(spans("during the last 6 months some 640 visas were revoked", "2018-03")).toEqual([
      "2017-09-01..2018-02-28"
    ]);
    expect(spans("within the past twelve months, 12,000 returned", "2016-07")).toEqual(["2015-07-01..2016-06-30"]);
  });

  it("counts back to the same day from an item dated to the day", () => {
    expect(spans("Qatar deported 3,900 in the past two months", "2023-05-18")).toEqual(["2023-03-18..2023-05-18"]);
    expect(spans("the past month saw 215 arrests", "2024-03-31")).toEqual(["2024-02-29..2024-03-31"]);
    expect(spans("throughout the past four months 77 were rescued", "2021-01-10")).toEqual(["2020-09-10..2021-01-10"]);
  });

  it("leaves other months alone", () => {
    expect(spans("in the past months, many left", "2021-05")).toEqual([]);
    expect(spans("in the last month of 2019, 40 arrived", "2021-05")).toEqual([]);
    expect(spans("the past three months before arrival", "2021-05")).toEqual([]);
    expect(spans("in the past few months, 300 left", "2021-05")).toEqual([]);
    expect(spans("the last month's figures were revised", "2021-05")).toEqual([]);
    expect(spans("in the past three months", undefined)).toEqual([]);
  });
});

describe("months counted back as the previous or preceding ones, or beyond a year", () => {
  it.each([
    ["In the previous 12 months, 300 people were deported.", "2019-07", "2018-07-01..2019-06-30"],
    ["the preceding six months saw 1,204 arrivals", "2020-01", "2019-07-01..2019-12-31"],
    ["Over the previous 18 months the agency returned 5,400 migrants.", "2021-07", "2020-01-01..2021-06-30"],
    ["In the last 24 months, 9,870 permits were revoked.", "2022-01", "2020-01-01..2021-12-31"],
    ["During the previous three months police detained 640 smugglers.", "2018-04-10", "2018-01-10..2018-04-10"],
    ["in the past 15 months, 77 victims were rescued", "2023-04", "2022-01-01..2023-03-31"],
    ["Within the preceding 9 months, 2,100 Hondurans were returned.", "2016-10", "2016-01-01..2016-09-30"],
    ["Throughout the previous twelve months, 412 claims were lodged.", "2017-01", "2016-01-01..2016-12-31"],
    ["For the last 20 months, 3,300 were deported.", "2024-09", "2023-01-01..2024-08-31"],
    ["In the preceding 10 months 4,100 asylum seekers arrived.", "2015-11-30", "2015-01-30..2015-11-30"]
  ])("%j in an item of %s spans %s", (text, date, period) => expect(spans(text, date)).toEqual([period]));

  it.each([
    // "the previous month" is the month before the one the sentence speaks of, read elsewhere.
    "In the previous month, 300 people were deported.",
    "the preceding month saw 40 arrivals",
    // More than two years is no span of months.
    "In the previous 36 months, 300 were deported.",
    "the previous 12 months before arrival"
  ])("%j names no months counted back", (text) => expect(spans(text, "2019-07")).toEqual([]));
});

describe("datelineDay", () => {
  it("reads the day a wire item was filed from its dateline", () => {
    expect(datelineDay("Migrants held KAMPALA, March 3 (Reuters) -- Police said", "2020-03-04")).toBe("2020-03-03");
    expect(datelineDay("GENEVA, 14 Dec (IOM) – The agency", "2019-12")).toBe("2019-12-14");
    expect(datelineDay("NEW DELHI, Dec. 30 (IANS) -- ", "2021-01-02")).toBe("2020-12-30");
    expect(datelineDay("KUALA LUMPUR, February 2, 2018: Officers", "2018-02")).toBe("2018-02-02");
  });

  it("reads none from places not in capitals, impossible days or items with no date", () => {
    expect(datelineDay("Nairobi, March 3 (Reuters) -- ", "2020-03-04")).toBeNull();
    expect(datelineDay("LAGOS, February 31 (AFP) -- ", "2020-03-04")).toBeNull();
    expect(datelineDay("LAGOS, March 3 (AFP) -- ", undefined)).toBeNull();
    expect(datelineDay("In March 3 cases were opened", "2020-03-04")).toBeNull();
  });
});

describe("a wire item read on its dateline's day", () => {
  it("counts its past months back from the dateline, not from the date it was filed under", () => {
    const text =
      "Sudan returns migrants\n\nKHARTOUM, May 30 (Xinhua) -- Sudan has returned 12,880 migrants to Eritrea in the past two months, an official said on Sunday.\n";
    const r = extractDocument(text, meta({date: "2021-06-01", kind: "press_item", state: "SDN"}), {
      tables: [],
      sentences: []
    });
    const row = r.observations.find((o) => o.value === 12880);
    expect([row?.period_start, row?.period_end]).toEqual(["2021-03-30", "2021-05-30"]);
  });
});
