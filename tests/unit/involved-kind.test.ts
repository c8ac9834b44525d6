import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value [category]" of each row of a sentence read in a report of 2021. */
const kinds = (sentence: string) => rows(sentence, "2021", "2022-06-01").map((r) => r.replace(/@\S+ \S+ /, " "));

// "six cases involved forced labor", "10 cases involving sex trafficking": the kind of exploitation a count involved.
describe("the kind a count involved", () => {
  it.each([
    ["The government prosecuted six cases involving forced labor.", "6 [forced labour]"],
    ["The government prosecuted 10 cases involving sex trafficking.", "10 [sex trafficking]"],
    ["Of the 16 prosecutions, six cases involved forced labor.", "6 [forced labour]"],
    ["Of the 16 prosecutions, 10 cases involved sex trafficking.", "10 [sex trafficking]"],
    ["Police investigated 12 cases involving child sex trafficking.", "12 [sex trafficking]"],
    ["Police opened 8 investigations involving forced labour.", "8 [forced labour]"],
    ["Police opened 5 cases involving forced begging.", "5 [forced begging]"],
    ["Prosecutors initiated 3 cases involving domestic servitude.", "3 [domestic servitude]"],
    ["Of the 20 investigations, 11 involved sexual exploitation.", "11 [sex trafficking]"],
    ["Authorities investigated 7 cases involving forced criminality.", "7 [forced criminality]"],
    ["Police investigated 14 cases, of which 9 cases involved labour exploitation.", "9 [labor trafficking]"],
    ["The agency investigated 9 cases concerning sexual exploitation.", "9 [sex trafficking]"],
    ["Prosecutors charged 15 cases related to labor trafficking.", "15 [labor trafficking]"],
    ["The police registered 22 cases relating to domestic servitude.", "22 [domestic servitude]"]
  ])("%s", (sentence, expected) => {
    const read = kinds(sentence).map((r) => r.replace("forced labor", "forced labour"));
    expect(read).toContain(expected.replace("forced labor", "forced labour"));
  });

  it.each([
    // What a count involves may be people counted in their own right, never its kind.
    ["Police investigated 12 cases involving 31 suspects.", ["12 []", "31 []"]],
    // A status is no kind of exploitation.
    ["Police investigated 12 cases involving potential victims.", ["12 []"]],
    // Words of no kind the vocabulary knows name none.
    ["Police investigated 12 cases involving several provinces.", ["12 []"]]
  ])("%s", (sentence, expected) => {
    expect(kinds(sentence)).toEqual(expected);
  });
});
