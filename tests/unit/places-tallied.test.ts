import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2013", "2014-02-01");

describe("a count of the places people came from does not end their clause", () => {
  it.each([
    ["In 2013, 875 illegal foreigners from 19 countries have been deported.", "875@2013 deportations"],
    ["In 2013, 875 foreigners from 19 countries were deported.", "875@2013 deportations"],
    ["In 2013, 312 migrants from 14 countries were detained.", "312@2013 "],
    ["In 2013, 1,204 refugees from 23 countries were resettled.", "1204@2013 refugees_resettled"],
    ["In 2013, 640 workers from 12 countries were issued work permits.", "640@2013 work_permits"],
    ["In 2013, 97 victims from 11 countries were identified.", "97@2013 "],
    ["In 2013, 2,300 asylum seekers from 40 countries were registered.", "2300@2013 "],
    ["In 2013, 58 foreign nationals from 9 countries were expelled.", "58@2013 "],
    ["In 2013, 410 irregular migrants from some 30 countries were deported.", "410@2013 deportations"],
    ["In 2013, 150 persons from more than 20 countries were deported.", "150@2013 deportations"],
    ["In 2013, 75 foreigners from over 8 countries were deported.", "75@2013 deportations"]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

describe("places counted otherwise are left as they were", () => {
  it("a count of places after a people's own verb keeps its own clause", () => {
    // The people are counted, the places are a figure of their own.
    const got = read("In 2013, 423 nationals returned from 14 countries.");
    expect(got.some((r) => r.startsWith("423@2013 "))).toBe(true);
    expect(got.some((r) => r.startsWith("14@2013 "))).toBe(true);
  });

  it("a count of things from places is no group of people", () => {
    expect(read("In 2013, 120 applications from 12 countries were rejected.").some((r) => r.startsWith("120@"))).toBe(
      true
    );
  });
});
