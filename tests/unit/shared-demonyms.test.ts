import {describe, expect, it} from "vitest";
import {resolvedCitizenship, sharedDemonymStates} from "../../loaders/general/resolve-shared-demonym.js";

const read = (text: string, citizenship: string, quote: string) =>
  resolvedCitizenship(citizenship, quote, sharedDemonymStates(text));

describe("a demonym two states share", () => {
  it.each([
    ["Four Saint Lucians were among 32 OECS nationals deported.", "five Dominicans", "Dominica"],
    ["Nationals of Eastern Caribbean states were deported.", "five Dominicans", "Dominica"],
    ["Police in Roseau, Dominica, arrested them.", "12 Dominicans", "Dominica"],
    ["They fled civil conflict in the Republic of Congo.", "9,500 Congolese refugees", "Republic of the Congo"],
    ["Ferries arrived from Brazzaville.", "2,600 Congolese", "Republic of the Congo"],
    ["Refugees from Congo-Brazzaville returned.", "300 Congolese refugees", "Republic of the Congo"]
  ])("%j reads %j as of %s", (text, quote, state) => {
    const usual = state === "Dominica" ? "Dominican Republic" : "Democratic Republic of the Congo";
    expect(read(`${text} ${quote}`, usual, quote)).toBe(state);
  });

  it.each([
    [
      "a text that names the usual state too",
      "Dominicans and Haitians left the Dominican Republic; Dominica took none.",
      "40 Dominicans",
      "Dominican Republic"
    ],
    ["a text that names neither", "Migrants were intercepted off Puerto Rico.", "42 Dominicans", "Dominican Republic"],
    [
      "a text on the DRC",
      "Refugees fled the DRC to the Republic of Congo.",
      "600 Congolese",
      "Democratic Republic of the Congo"
    ],
    ["a quote with no demonym", "Nationals of OECS states were deported.", "32 OECS nationals", "Dominican Republic"]
  ])("leaves the usual state with %s", (_, text, quote, state) => {
    const usual = state === "Democratic Republic of the Congo" ? state : "Dominican Republic";
    expect(read(`${text} ${quote}`, usual, quote)).toBe(state);
  });

  it("leaves other citizenships alone", () => {
    expect(read("OECS nationals were deported. 10 Grenadians", "Grenada", "10 Grenadians")).toBe("Grenada");
    expect(read("OECS nationals", "", "10 migrants") || null).toBeNull();
  });
});
