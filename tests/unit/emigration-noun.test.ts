import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator" of every row of a sentence in a report on 2016. */
const read = (text: string) => rows(text, "2016", "2017-06-01").map((r) => r.split(" ").slice(0, 2).join(" "));

// "emigration among Irish nationals rose from 27,700 to 40,200": the move named as a noun says what the people did.
describe("emigration named as a noun", () => {
  it.each([
    [
      "Emigration among Irish nationals rose from 27,700 to 40,200 in 2016.",
      ["27700@2015 emigrants", "40200@2016 emigrants"]
    ],
    ["Emigration among Polish nationals fell to 9,300 in 2016.", ["9300@2016 emigrants"]],
    ["In 2016, emigration among foreign nationals reached 14,500 people.", ["14500@2016 emigrants"]],
    ["Emigration of Latvian nationals amounted to 12,100 persons in 2016.", ["12100@2016 emigrants"]],
    [
      "Emigration among non-Irish persons nearly halved from 20,200 to 11,000 in 2016.",
      ["20200@2015 emigrants", "11000@2016 emigrants"]
    ],
    ["The emigration of 3,400 nationals was recorded in 2016.", ["3400@2016 emigrants"]],
    ["Emigration involved 8,200 persons in 2016.", ["8200@2016 emigrants"]],
    ["Emigration among young people rose to 5,100 in 2016.", ["5100@2016 emigrants"]],
    ["Emigration among women increased from 4,300 to 4,800 in 2016.", ["4300@2015 emigrants", "4800@2016 emigrants"]],
    ["In 2016, emigration among citizens totalled 22,900 persons.", ["22900@2016 emigrants"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // An office or a rate named after emigration says nothing of a move.
  it.each([
    "The Bureau of Emigration registered 5,600 workers in 2016.",
    "The Emigration Department issued 5,600 clearances in 2016.",
    "The emigration rate among nationals was 12 per 1,000 in 2016."
  ])("%s", (text) => {
    expect(read(text).filter((r) => r.endsWith(" emigrants"))).toEqual([]);
  });
});
