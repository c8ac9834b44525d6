import {describe, expect, it} from "vitest";
import {weekEndStock} from "../../../loaders/general/read-week-stock.js";
import {extractDocument} from "../../../loaders/extract-document.js";
import {meta} from "../../helpers.js";

const end = (text: string, date?: string) => weekEndStock(text, null, date)?.end ?? null;

describe("weekEndStock", () => {
  it("takes the last day of the week a release states", () => {
    expect(end("Raids between March 4 and March 10, 2022 found 310 workers.", "2022-03-14")).toBe("2022-03-10");
    expect(end("from October 30 to November 5, 2021, 2,004 were held", "2021-11-08")).toBe("2021-11-05");
    expect(end("between April 3 and April 9, 2023 guards stopped 95", "2023-04-12")).toBe("2023-04-09");
    expect(end("from January 2 to January 8, 2020 officers checked", "2020-01-30")).toBe("2020-01-08");
  });

  it("prefers a week its own day spans read", () => {
    const week = {label: "w", start: "2024-05-01", end: "2024-05-07", partial: false, stock: false};
    expect(weekEndStock("anything", week, "2024-05-10")?.end).toBe("2024-05-07");
  });

  it("takes no week from months, years, long spans, old spans or undated items", () => {
    expect(end("between January and March 2022, 880 were held", "2022-04-02")).toBeNull();
    expect(end("from 1 to 30 June 2021, 2,004 were held", "2021-07-02")).toBeNull();
    expect(end("from 11 to 17 June 2019, 2,004 were held", "2021-06-20")).toBeNull();
    expect(end("from 11 to 17 June 2021, 2,004 were held", "2021")).toBeNull();
    expect(end("In 2020, 2,004 were held", "2021-06-20")).toBeNull();
  });
});

describe("a weekly release's stocks", () => {
  const read = (text: string, date: string) =>
    extractDocument(text, meta({date, kind: "press_item", state: "OMN"}), {tables: [], sentences: []}).observations;

  it("dates a current stock of detainees to the week's last day, not the publication day", () => {
    const rows = read(
      "Police arrested 2,118 residency breakers in a week, from 5 to 11 February 2024.\n\nThere are currently 9,305 detainees awaiting removal.\n",
      "2024-02-14"
    );
    const row = rows.find((o) => o.value === 9305);
    expect([row?.period_start, row?.period_end]).toEqual(["2024-02-11", "2024-02-11"]);
  });

  it("counts violators referred for papers as people on that day", () => {
    const rows = read(
      "Inspectors caught 4,470 offenders in the week from 20 to 26 May 2022.\n\nThe ministry said 12,650 violators were referred to their embassies to obtain travel documents.\n",
      "2022-05-29"
    );
    const row = rows.find((o) => o.value === 12650);
    expect(row?.unit).toBe("persons");
    expect([row?.period_start, row?.period_end]).toEqual(["2022-05-26", "2022-05-26"]);
  });

  it("leaves a release that states no week on its own day", () => {
    const rows = read("There are currently 9,305 detainees awaiting removal.\n", "2024-02-14");
    const row = rows.find((o) => o.value === 9305);
    expect(row?.period_end ?? "2024-02-14").toBe("2024-02-14");
  });
});
