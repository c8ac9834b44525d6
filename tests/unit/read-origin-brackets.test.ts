import {describe, expect, it} from "vitest";
import {continuesByDestination, continuesByOrigin} from "../../loaders/general/read-origin-brackets.js";
import {countryRows} from "./read-paragraph.js";

describe("a sentence breaking the count before down by origin in brackets", () => {
  it.each([
    "Other major segments came from Vietnam (15,267), Indonesia (5,466), Hong Kong (4,578), Nepal (4,274), and Myanmar (2,540).",
    "Others came from India (1,267), Bangladesh (466) and Sri Lanka (78).",
    "The rest were from Ghana (212), Togo (87) and Benin (nine).",
    "They were followed by Eritrea (3,400), Sudan (2,100) and Somalia (1,050).",
    "The remainder originated from Iraq (512), Iran (330) and Pakistan (120).",
    "Smaller shares came mainly from Peru (88), Bolivia (61) and Paraguay (40).",
    "Next were nationals of Ukraine (1,900), Moldova (700) and Georgia (350).",
    "Then came citizens of Albania (97), Kosovo (45) and Serbia (30).",
    "Followed by the Philippines (8,700), Thailand (4,100) and Cambodia (2,050).",
    "Most of the others are from Nigeria (3,480), Cameroon (920) and Senegal (410).",
    "The others were from Laos (14) and Burma (11)."
  ])("%j", (text) => expect(continuesByOrigin(text)).toBe(true));

  it.each([
    "The main countries of destination were the United Arab Emirates (70,193 or 23.7%), France (28,925 or 9.8%) and India (26,607 or 9.0%).",
    "The main destinations in 2019 were Qatar (5,000), Kuwait (3,000) and Oman (1,000).",
    "Most went to Saudi Arabia (41,200; 38%), Jordan (12,050; 11%) and Lebanon (9,900; 9%).",
    "The top destination countries are Italy (1,204) and Spain (860).",
    "Others headed for Germany (310), Sweden (120) and Norway (45)."
  ])("%j lists destinations", (text) => {
    expect(continuesByDestination(text)).toBe(true);
    expect(continuesByOrigin(text)).toBe(false);
  });

  it.each([
    // Where the count was made is a list of places, not of origins.
    "The operations took place in Chiapas (41), Tabasco (18) and Oaxaca (12).",
    // A figure outside the brackets is a count of its own.
    "In 2019, 1,200 came from Vietnam (700) and Laos (500).",
    // One item is no list.
    "Others came from Vietnam (15,267).",
    // Names that are no states.
    "Others came from Kandy (12), Galle (7) and Matara (5).",
    // A subject of its own: the sentence counts its own noun, not the count before.
    "The largest number of applicants in April came from Syria (89), followed by Eritrea (nine) and Yemen (nine).",
    "The remaining applicants originated from Iraq (512), Iran (330) and Pakistan (120).",
    // Where people were sent by others is not where they chose to go.
    "They were sent to Italy (300), Spain (200) and Greece (100).",
    // A destination list with a figure of its own outside the brackets.
    "The main destinations were Qatar (5,000) and Kuwait (3,000), 8,000 in all."
  ])("%j is not", (text) => {
    expect(continuesByOrigin(text)).toBe(false);
    expect(continuesByDestination(text)).toBe(false);
  });

  it("gives each part its destination and the count before's noun", () => {
    expect(
      countryRows(
        "In 2021, 12,000 workers left for jobs abroad. Most went to Qatar (5,000), Kuwait (3,000) and Oman (1,000)."
      )
    ).toEqual(["12000 -/-", "5000 Qatar/-", "3000 Kuwait/-", "1000 Oman/-"]);
  });

  it("gives each part its citizenship and the count before's noun", () => {
    expect(
      countryRows(
        "The number of migrant workers from Nepal stood at 31,924 at the end of May 2021. Others came from India (15,267), Bangladesh (5,466) and Sri Lanka (4,578)."
      )
    ).toEqual(["31924 -/Nepal", "15267 -/India", "5466 -/Bangladesh", "4578 -/Sri Lanka"]);
  });
});
