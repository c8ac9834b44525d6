import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const BODY = "\n\nThe figures were published by the ministry, which said that the trend continued.";

describe("a headline's exact figure of its own period that the body never gives is the document's own", () => {
  it.each([
    ["The Netherlands received 16,145 first asylum requests in 2017", "16145@2017 asylum_applications"],
    ["Police arrested 45 migrant smugglers in 2017", "45@2017 migrant_smugglers_arrested"],
    ["Authorities deported 1,212 foreigners in 2017", "1212@2017 deportations"],
    ["3,480 work permits issued to foreign workers in 2017", "3480@2017 work_permits_issued"],
    ["Government identified 57 trafficking victims in 2017", "57@2017 trafficking_victims_identified"],
    ["Coast guard rescued 1,045 migrants at sea in 2017", "1045@2017 migrants_rescued"],
    ["Country returned 2,317 irregular migrants in 2017", "2317@2017 returns"],
    ["Ministry granted 610 residence permits in 2017", "610@2017 residence_permits_issued"],
    ["Courts convicted 23 traffickers in 2017", "23@2017 trafficking_convictions"],
    ["IOM assisted 4,211 migrants to return home in 2017", "4211@2017 repatriations"]
  ])("%s", (headline, row) => {
    const read = rows(headline + BODY, "2017", "2018-02-01").map((r) => r.replace(/ \[.*$/, ""));
    expect(read).toContain(row);
  });
});

describe("a headline restates the body: a figure the body gives again, a rounded one, or one with no period stays a candidate", () => {
  it.each([
    ["Police arrested 45 migrant smugglers in 2017\n\nThe police said 45 smugglers were arrested in 2017.", 1],
    ["More than 2,000 asylum applications received in 2017\n\nA total of 2,131 applications were lodged in 2017.", 0],
    ["Over 100 deportees returned in 2017\n\nThe country received 108 deportees in 2017.", 0],
    ["Nearly 600 work permits issued\n\nThe ministry issued 590 work permits in 2017.", 0],
    ["Police arrest 45 smugglers\n\nThe figures were published by the ministry.", 0]
  ])("%s", (text, times) => {
    const values = rows(text, "2017", "2018-02-01").map((r) => Number(r.split("@")[0]));
    const headlineValue = Number(/\d[\d,]*/.exec(text)![0].replace(/,/g, ""));
    expect(values.filter((v) => v === headlineValue)).toHaveLength(times);
  });
});
