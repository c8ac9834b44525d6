import {describe, expect, it} from "vitest";
import {namedSite} from "../../loaders/general/read-named-site.js";
import {rows} from "./read-paragraph.js";

const categoryOf = (text: string, value: number) =>
  rows(text, "2018-09", "2018-09-10")
    .find((r) => r.startsWith(`${value}@`))
    ?.replace(/^.*\[(.*)\]$/, "$1");

describe("a named site inside a country where a count was made names its part", () => {
  it.each([
    ["In September 2018, 5,366 arrivals from Mali were registered at Mbera refugee camp.", 5366, "Mbera refugee camp"],
    ["In September 2018, over 57,000 refugees were sheltered in Mbera camp.", 57000, "Mbera camp"],
    [
      "In September 2018, daily convoys brought refugees to Farchana camp, which hosts 3,630 refugees.",
      3630,
      "Farchana camp"
    ],
    ["In September 2018, Kounoungo camp received 3,873 refugees.", 3873, "Kounoungo camp"],
    [
      "In September 2018, 1,204 migrants were detained at Abu Salim detention centre.",
      1204,
      "Abu Salim detention centre"
    ],
    ["In September 2018, 950 migrants were held at Moria Reception Centre.", 950, "Moria Reception Centre"],
    ["In September 2018, 340 migrants arrived by boat in the Canary islands.", 340, "Canary islands"],
    ["In September 2018, 3,119 movements were observed in the Obock region.", 3119, "Obock"],
    ["In September 2018, 2,200 refugees returned from Nyarugusu camp.", 2200, "Nyarugusu camp"],
    ["In September 2018, 412 refugees were relocated to Kakuma Refugee Camp.", 412, "Kakuma Refugee Camp"],
    ["In September 2018, 88 victims were placed in Casa Esperanza shelter.", 88, "Casa Esperanza shelter"],
    ["In September 2018, 730 asylum seekers were registered at Dadaab camps.", 730, "Dadaab camps"]
  ])("%s", (text, value, site) => {
    expect(categoryOf(text, value)).toBe(site);
  });
});

describe("a kind of site, a state or a site far from the count names no part", () => {
  it.each([
    ["", " migrants were held at the Temporary Reception Centre"],
    ["", " migrants were held at the National Shelter"],
    ["", " refugees were hosted in Lebanon camps"],
    ["", " migrants were housed at the IOM Transit Centre"],
    [
      "",
      " infants aboard departed from Tripoli, Tuesday morning and landed safely at Murtala Muhammed International Airport"
    ],
    ["", " refugees arrived in September camp"],
    ["", " migrants were returned to Syria"],
    ["", " foreigners were placed in the State Migration Service’s Detention Center"],
    ["", " migrants were held at the Immigration Police Detention Centre"],
    ["", " Indonesians departed from Kualanamu International Airport in North Sumatra and Soekarno-Hatta in Banten"],
    ["", " migrants were held at Moria camp and Vathy camp"],
    ["", " victims were assisted at the Republican Rehabilitation Center"],
    ["The new camp opened in March, ", " refugees"]
  ])("%s|%s", (lead, tail) => {
    expect(namedSite(lead, tail)).toBeNull();
  });
});
