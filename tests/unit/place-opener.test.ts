import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value category" of each row of a sentence of a fortnightly update dated January 2018. */
const read = (sentence: string) =>
  observations(sentence, "2018-01", "2018-01-31").map((o) => `${o.value} ${o.category ?? "-"}`);

// "In Yida, UNHCR registered 1,016 new arrivals": a place inside the country that opens the sentence, set off by its
// comma, is where the sentence's counts were made.
describe("a place inside the country opening a sentence", () => {
  it.each([
    ["In Yida, UNHCR registered 1,016 new arrivals during the period.", "1016 Yida"],
    ["In Maban county, UNHCR registered 2,300 new arrivals during the period.", "2300 Maban"],
    ["In Gambella, 1,200 refugees were relocated to the new camp.", "1200 Gambella"],
    ["In Kakuma, UNHCR registered 640 new arrivals in January 2018.", "640 Kakuma"],
    ["In Dadaab, 3,100 refugees returned home in January 2018.", "3100 Dadaab"],
    ["At Pamir, the agency registered 415 asylum applications.", "415 Pamir"],
    ["In Ajuong Thok, 212 refugees were registered in January 2018.", "212 Ajuong Thok"],
    ["In Nyarugusu, 1,870 refugees were relocated in January 2018.", "1870 Nyarugusu"],
    ["In Kiryandongo, 980 refugees were registered in January 2018.", "980 Kiryandongo"],
    ["In the district of Kasese, 500 new arrivals were recorded.", "500 Kasese"],
    ["In Upper Nile state, UNHCR registered 760 new arrivals.", "760 Upper Nile"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // A month, a country or a discourse phrase opens no place.
    ["In January, UNHCR registered 2,300 new arrivals.", "2300 -"],
    ["In Ethiopia, UNHCR registered 2,300 new arrivals.", "2300 -"],
    ["In Addition, UNHCR registered 2,300 new arrivals.", "2300 -"],
    ["In Total, UNHCR registered 2,300 new arrivals.", "2300 -"],
    // The clause's own place beats the one the sentence opens on.
    ["In Yida, 300 refugees were relocated from Bago Region.", "300 Bago Region"],
    // A place inside the sentence, not opening it, is read as before.
    ["UNHCR registered 2,300 new arrivals, mostly women and children.", "2300 -"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
});
