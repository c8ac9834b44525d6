import {describe, expect, it} from "vitest";
import {documentSetting, settingCountry} from "../../../loaders/general/document-setting.js";

describe("the country a headline moves people from, to or within", () => {
  it.each([
    ["BP2MI confirms 241 victims of trafficking repatriated from Cambodia", "Indonesia", "Cambodia"],
    ["Algeria expels over 16,000 irregular migrants to Niger since April", "Algeria", "Niger"],
    ["IOM helps 334 migrants return home to Nigeria and Senegal", "Senegal", "Nigeria"],
    ["Ministry: 58 Filipino workers repatriated from Kuwait this month", "Philippines", "Kuwait"],
    ["Over 1,200 Ethiopians deported from Saudi Arabia in a week", "Ethiopia", "Saudi Arabia"],
    ["Police rescue 19 trafficking victims in Malaysia", "Myanmar", "Malaysia"],
    ["Government repatriates 77 nationals stranded in Libya", "Gambia", "Libya"],
    ["Spain returns 300 migrants to Morocco; 40 arrested", "Spain", "Morocco"],
    ["Nepal: 2,300 workers returned from Qatar since January", "Nepal", "Qatar"],
    ["Authorities deport 45 Haitians back to Haiti", "Bahamas", "Haiti"],
    ["Thousands of Venezuelans expelled from Trinidad and Tobago", "Venezuela", "Trinidad and Tobago"]
  ])("%s", (headline, state, country) => {
    expect(documentSetting(headline, state)?.country).toBe(country);
  });

  it("reads no setting from the state's own name, from two countries, from demonyms or from a headline with no event", () => {
    expect(
      documentSetting("Forty percent drop in number of people deported from New Zealand", "New Zealand")
    ).toBeNull();
    expect(documentSetting("Migrants returned from Libya to Mali and Niger", "Senegal")).toBeNull();
    expect(documentSetting("Greece receives 5,000 asylum applications from Syrians", "Greece")).toBeNull();
    expect(documentSetting("Minister visits Cambodia to sign labour agreement", "Indonesia")).toBeNull();
    expect(documentSetting("Annual report 2019", "Spain")).toBeNull();
    // "guinea pigs" is no country: names count only when written with a capital.
    expect(documentSetting("Workers used as guinea pigs, 30 deported", "Ghana")).toBeNull();
  });
});

describe("a count of the headline's event takes its setting", () => {
  const setting = documentSetting("241 victims of trafficking repatriated from Cambodia", "Indonesia");

  it("when its sentence reports the same event and names no other country", () => {
    expect(
      settingCountry(setting, "The government repatriated 12, 13 and 14 people on August 5, 6 and 8.", "Indonesia")
    ).toBe("Cambodia");
    expect(settingCountry(setting, "In total 241 Indonesian workers have been repatriated so far.", "Indonesia")).toBe(
      "Cambodia"
    );
  });

  it("not when the sentence reports another event, names another country, or there is no setting", () => {
    expect(settingCountry(setting, "Police arrested 12 recruiters in Jakarta.", "Indonesia")).toBeNull();
    expect(settingCountry(setting, "Another 40 were repatriated from Myanmar.", "Indonesia")).toBeNull();
    expect(settingCountry(null, "The government repatriated 12 people.", "Indonesia")).toBeNull();
  });
});

describe("where a headline only aims people at a country", () => {
  it("reads no setting from an interception or arrest on the way to it", () => {
    expect(
      documentSetting("Police intercept 57 persons en route to Mali in trafficking bust", "Sierra Leone")
    ).toBeNull();
    expect(documentSetting("Border guards arrest 30 migrants heading to Spain", "Morocco")).toBeNull();
  });

  it("nor gives it to a count sent to or from the state itself", () => {
    const setting = documentSetting("IOM helps 334 migrants return home to Nigeria", "Senegal");
    expect(
      settingCountry(setting, "A second flight returned 172 migrants, including 171 men, to Senegal.", "Senegal")
    ).toBeNull();
    expect(settingCountry(setting, "On 14 February, 162 migrants returned home on the first flight.", "Senegal")).toBe(
      "Nigeria"
    );
  });
});
