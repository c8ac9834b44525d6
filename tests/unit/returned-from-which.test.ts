import {describe, expect, it} from "vitest";
import {returnedFrom} from "../../loaders/general/read-place-list.js";
import {countryRows} from "./read-paragraph.js";

// "deported from neighboring countries, including from Mali (11,500)": the places naming which are where people were
// sent back from, not their citizenship.
describe('places after "including from" a return', () => {
  it.each([
    [
      "In 2019, 2,600 Eritreans were deported from several countries, including from Sudan (2,000) and Egypt (600).",
      ["2000 Sudan/Eritrea", "600 Egypt/Eritrea"]
    ],
    [
      "In 2019, 3,100 Haitians were repatriated from host countries, mainly from Chile (2,100) and Brazil (1,000).",
      ["2100 Chile/Haiti", "1000 Brazil/Haiti"]
    ],
    [
      "In 2019, 1,500 Nepalis returned from destination countries, mostly from Malaysia (1,000) and Qatar (500).",
      ["1000 Malaysia/Nepal", "500 Qatar/Nepal"]
    ],
    [
      "In 2019, 950 Cameroonians were expelled from neighbouring states, notably from Nigeria (700) and Chad (250).",
      ["700 Nigeria/Cameroon", "250 Chad/Cameroon"]
    ],
    [
      "In 2019, 1,100 Togolese were sent back from transit countries, especially from Niger (800) and Mali (300).",
      ["800 Niger/Togo", "300 Mali/Togo"]
    ],
    [
      "In 2019, 15,000 Burkinabe were deported from neighboring countries, including from Mali (11,500) and Niger (1,500).",
      ["11500 Mali/Burkina Faso", "1500 Niger/Burkina Faso"]
    ],
    [
      "In 2019, 8,000 Afghans returned from neighbouring countries, mainly from Iran (6,000) and Pakistan (2,000).",
      ["6000 Iran/Afghanistan", "2000 Pakistan/Afghanistan"]
    ],
    [
      "In 2019, 5,000 Ethiopians were repatriated from the Gulf, notably from Saudi Arabia (4,000) and Kuwait (1,000).",
      ["4000 Saudi Arabia/Ethiopia", "1000 Kuwait/Ethiopia"]
    ],
    [
      "In 2019, 3,000 Nigeriens were expelled from North Africa, especially from Algeria (2,500) and Libya (500).",
      ["2500 Algeria/Niger", "500 Libya/Niger"]
    ],
    [
      "In 2019, 6,000 Guatemalans were deported from North America, mostly from Mexico (4,000) and the United States (2,000).",
      ["4000 Mexico/Guatemala", "2000 United States/Guatemala"]
    ],
    [
      "In 2019, 2,000 Somalis returned from the region, such as from Kenya (1,500) and Yemen (500).",
      ["1500 Kenya/Somalia", "500 Yemen/Somalia"]
    ],
    [
      "In 2019, 1,200 Malians were repatriated from abroad, including from Libya (700) and Algeria (500).",
      ["700 Libya/Mali", "500 Algeria/Mali"]
    ],
    [
      "In 2019, 900 Sudanese were deported from Europe, including from Italy (600) and Greece (300).",
      ["600 Italy/Sudan", "300 Greece/Sudan"]
    ],
    [
      "In 2019, 4,400 Burundians returned from neighbouring countries, mainly from Tanzania (4,000) and Rwanda (400).",
      ["4000 Tanzania/Burundi", "400 Rwanda/Burundi"]
    ],
    [
      "In 2019, 700 Gambians were sent back from Europe, mostly from Germany (500) and Italy (200).",
      ["500 Germany/Gambia", "200 Italy/Gambia"]
    ]
  ])("%s", (text, parts) => {
    expect(countryRows(text, undefined, "2019", "2020").slice(1)).toEqual(parts);
  });

  it.each([
    // People who came from somewhere are from there.
    ["deported from neighboring countries, including from Mali (", true],
    ["3,000 migrants came from Africa, including from Mali (", false],
    ["workers arrived from Asia, mainly from Nepal (", false]
  ])("returnedFrom(%j) is %s", (lead, expected) => {
    expect(returnedFrom(lead)).toBe(expected);
  });
});
