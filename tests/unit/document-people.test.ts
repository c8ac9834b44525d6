import {describe, expect, it} from "vitest";
import {documentPeople} from "../../loaders/general/read-document-people.js";
import {countryRows} from "./read-paragraph.js";

const read = (text: string, state?: string) => countryRows(text, state, "2019", "2020-01-15");

// "South Sudanese Refugee Response": a release about one people, named in its opening and no other people named in
// it, counts that people wherever a count of persons names none.
describe("the one people a release is about", () => {
  it.each<[string, string[]]>([
    [
      "South Sudanese Refugee Response\n\n3,064 new arrivals from 1-15 January 2019. 195,599 total new arrivals in 2018.",
      ["3064 -/South Sudan", "195599 -/South Sudan"]
    ],
    [
      "Over 9,000 Venezuelans Repatriated\n\nAbout 9,360 nationals returned to the country up to Tuesday.",
      ["9360 -/Venezuela"]
    ],
    [
      "Syrian refugees in Egypt\n\nUNHCR registered 2,100 new arrivals in July. Some 476 persons were deported.",
      ["2100 -/Syria", "476 -/Syria"]
    ],
    [
      "Update on Burundian returnees\n\nIn 2019, 40,000 refugees returned home with UNHCR assistance.",
      ["40000 -/Burundi"]
    ],
    [
      "Afghan returnees from Iran\n\nIn June, 52,000 undocumented returnees crossed the border.",
      ["52000 -/Afghanistan"]
    ],
    ["Eritrean asylum-seekers in Israel\n\nIn 2019, 1,200 asylum-seekers were registered.", ["1200 -/Eritrea"]],
    [
      "Congolese refugees in Zambia\n\nBy the end of 2019, the country hosted 14,000 refugees.",
      ["14000 -/Democratic Republic of the Congo"]
    ],
    ["Somali returnees from Yemen\n\nIOM assisted 143 returnees this week.", ["143 -/Somalia"]],
    ["Haitian migrants deported\n\nIn 2019, 1,800 migrants were deported by sea.", ["1800 -/Haiti"]],
    [
      "Nigerian refugees in Cameroon\n\nFrom January to June, approximately 4,317 refugees were returned to the border.",
      ["4317 -/Nigeria"]
    ],
    ["Chadian refugees return home\n\nIn 2019, 942 refugees returned in three convoys.", ["942 -/Chad"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<[string, string | undefined]>([
    // A second people: "followed by Chinese with 1,785".
    [
      "Zimbabweans top work permit holders. Zimbabweans hold 7,564 permits, followed by Chinese with 1,785 persons.",
      "Botswana"
    ],
    // A people of no one state: "mainly Caribbean nationals".
    ["Grenadian deportees. 135 persons deported from Grenada were mainly Caribbean nationals.", "Grenada"],
    // The state's own people beside foreigners.
    ["Jamaicans deported. In 2019, 500 foreign nationals were deported from Jamaica.", "Jamaica"],
    // A people named only far from the opening.
    [`${"The agency published its monthly figures. ".repeat(12)}Syrian refugees were 400.`, undefined]
  ])("%s names no one people", (text, state) => {
    expect(documentPeople(text, state)).toBeNull();
  });

  it("names a state's own name as a place, not a people", () => {
    expect(documentPeople("Afghan returnees from Iran and Pakistan\n\n52,000 returned.")).toBe("Afghanistan");
  });

  it.each([
    "Congolese refugees in Zambia\n\nThey fled to Angola, the Central African Republic and Zambia. 6,000 arrived.",
    "Congolese refugees in Zambia\n\nMany had fled to the Central African Republic before. 6,000 arrived.",
    "Haitian returnees\n\nThey came back from the Dominican Republic. 6,000 arrived.",
    "Haitian migrants deported\n\nThe Dominican Republic deported them. 6,000 arrived."
  ])("names a state whose name opens with an adjective as a place, not a people: %s", (text) =>
    expect(documentPeople(text)).not.toBeNull()
  );

  it("leaves a count whose sentence names another state", () => {
    expect(
      read("Gambian migrants return home\n\nIOM also assisted 54 migrants to Bangladesh, Ethiopia and Senegal.")
    ).not.toContain("54 -/Gambia");
  });
});
