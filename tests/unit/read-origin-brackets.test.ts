import {describe, expect, it} from "vitest";
import {continuesByOrigin} from "../../loaders/general/read-origin-brackets.js";
import {countryRows} from "./read-paragraph.js";

describe("a sentence breaking the count before down by origin in brackets", () => {
  it.each([
    "Other major segments came from Vietnam (15,267), Indonesia (5,466), Hong Kong (4,578), Nepal (4,274), and Myanmar (2,540).",
    "Others came from India (1,267), Bangladesh (466) and Sri Lanka (78).",
    "The rest were from Ghana (212), Togo (87) and Benin (nine).",
    "They were followed by Eritrea (3,400), Sudan (2,100) and Somalia (1,050).",
    "The remaining applicants originated from Iraq (512), Iran (330) and Pakistan (120).",
    "Smaller groups came mainly from Peru (88), Bolivia (61) and Paraguay (40).",
    "Next were nationals of Ukraine (1,900), Moldova (700) and Georgia (350).",
    "Then came citizens of Albania (97), Kosovo (45) and Serbia (30).",
    "Followed by the Philippines (8,700), Thailand (4,100) and Cambodia (2,050).",
    "Most of the others are from Nigeria (3,480), Cameroon (920) and Senegal (410).",
    "The other victims were from Laos (14) and Burma (11)."
  ])("%j", (text) => expect(continuesByOrigin(text)).toBe(true));

  it.each([
    // Where the count was made is a list of places, not of origins.
    "The operations took place in Chiapas (41), Tabasco (18) and Oaxaca (12).",
    // A figure outside the brackets is a count of its own.
    "In 2019, 1,200 came from Vietnam (700) and Laos (500).",
    // One item is no list.
    "Others came from Vietnam (15,267).",
    // Names that are no states.
    "Others came from Kandy (12), Galle (7) and Matara (5).",
    // Where people went is no origin.
    "They were sent to Italy (300), Spain (200) and Greece (100)."
  ])("%j is not", (text) => expect(continuesByOrigin(text)).toBe(false));

  it("gives each part its citizenship and the count before's noun", () => {
    expect(
      countryRows(
        "The number of migrant workers from Nepal stood at 31,924 at the end of May 2021. Others came from India (15,267), Bangladesh (5,466) and Sri Lanka (4,578)."
      )
    ).toEqual(["31924 -/Nepal", "15267 -/India", "5466 -/Bangladesh", "4578 -/Sri Lanka"]);
  });
});
