import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const values = (text: string) => rows(text, "2013", "2014-06-23").map((r) => r.split(" ")[0]);

describe("a rhythm word opening a publication's title names the publication, not a rate", () => {
  it.each([
    ["Bahrain has investigated 30 human trafficking cases within 12 months, Gulf Daily News has reported.", "30@2013"],
    ["Police arrested 45 migrant smugglers, the Daily Star reported.", "45@2013"],
    ["The authorities deported 120 migrants, according to the Daily Nation.", "120@2013"],
    ["The ministry issued 1,200 work permits, the Weekly Review wrote.", "1200@2013"],
    ["Police identified 64 trafficking victims, the Daily Mirror said.", "64@2013"],
    ["The agency registered 3,400 refugees, its Monthly Bulletin showed.", "3400@2013"],
    ["Authorities deported 812 foreigners, Khaleej Daily News reported.", "812@2013"],
    ["Courts convicted 19 traffickers, reported the Daily Observer.", "19@2013"],
    ["The navy rescued 230 migrants at sea, the Malta Daily Times said.", "230@2013"],
    ["Shelters assisted 57 victims, the Weekly Herald reported.", "57@2013"],
    ["Immigration officers detained 310 foreigners, Arab Daily News reported.", "310@2013"],
    ["The government repatriated 96 victims, the Daily Tribune said.", "96@2013"],
    ["Border guards intercepted 1,450 migrants, the Daily Express reported.", "1450@2013"]
  ])("%s", (text, row) => {
    expect(values(text)).toContain(row);
  });
});

describe("a rate in lower case is still a rate", () => {
  it.each([
    "Police investigate about 30 trafficking cases a month.",
    "Some 120 migrants are deported daily.",
    "About 1,200 work permits are issued weekly."
  ])("%s", (text) => {
    expect(values(text)).toEqual([]);
  });
});
