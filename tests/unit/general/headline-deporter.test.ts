import {describe, expect, it} from "vitest";
import {documentSetting, settingCountry} from "../../../loaders/general/document-setting.js";

// "U.S. deported 64 Guyanese in six months": the state a headline opens on, doing the move, is where the item's
// later counts of that move were made, as a state named after "from" is.
describe("a state that opens a headline by sending people away is the setting of the move", () => {
  it.each([
    ["U.S. deported 64 Guyanese in six months", "Guyana", "United States"],
    ["U.S. Deported 21,000 Guatemalans in '07", "Guatemala", "United States"],
    ["US deports 120 Jamaicans on charter flight", "Jamaica", "United States"],
    ["Mexico deportations of Central American migrants hit record high", "Guatemala", "Mexico"],
    ["Malaysia deports 500 Indonesian workers", "Indonesia", "Malaysia"],
    ["Saudi Arabia expels 2,000 Ethiopians", "Ethiopia", "Saudi Arabia"],
    ["Libya's deportations of Nigerians rise", "Nigeria", "Libya"],
    ["Dominican Republic deported 3,000 Haitians in May", "Haiti", "Dominican Republic"],
    ["Mexico returns 2,000 Hondurans by bus", "Honduras", "Mexico"],
    ["South Africa deports 4,000 Zimbabweans", "Zimbabwe", "South Africa"],
    ["The United States repatriated 300 Salvadorans", "El Salvador", "United States"],
    ["Algeria expels over 16,000 irregular migrants to Niger", "Niger", "Algeria"]
  ])("%s (a report on %s)", (headline, state, country) => {
    expect(documentSetting(headline, state)?.country).toBe(country);
  });

  it.each([
    // The state the item reports on sends its own people nowhere as a setting.
    ["Bahamas repatriates 115 Haitian migrants", "Bahamas"],
    // A name before a colon is a dateline or a topic, not the one who moved people.
    ["Kenya: 300 Somalis returned home", "Somalia"],
    // Arrivals are no move out of the state that opens the headline.
    ["Italy migrant arrivals drop by half", "Tunisia"],
    // Two states send people away: which one made a later count is not said.
    ["US, Mexico deport 12,000 Guatemalans", "Guatemala"],
    // A people's name is who was moved.
    ["Congolese returns resume as refugee status in Gabon nears end", "Gabon"],
    // A state receiving people is no sender.
    ["Guatemala receives 2,000 deportees", "Honduras"]
  ])("reads none from %s", (headline, state) => {
    expect(documentSetting(headline, state)).toBeNull();
  });

  it("keeps a state named after a preposition of place first", () => {
    expect(documentSetting("Algeria expels over 16,000 irregular migrants to Niger", "Algeria")?.country).toBe("Niger");
  });

  it("gives the sender to a later count of the move sent to another state, not to a count of another event", () => {
    const setting = documentSetting("U.S. deported 64 Guyanese in six months", "Guyana");
    expect(settingCountry(setting, "Of those, 1,066 were repatriated to the Dominican Republic.", "Guyana")).toBe(
      "United States"
    );
    expect(settingCountry(setting, "The number sent back to Latin America alone stood at 86,469.", "Guyana")).toBe(
      "United States"
    );
    expect(settingCountry(setting, "Police arrested 12 recruiters in Georgetown.", "Guyana")).toBeNull();
    expect(settingCountry(setting, "Canada deported another 40 to Guyana.", "Guyana")).toBeNull();
  });
});
