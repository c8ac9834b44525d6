import {describe, expect, it} from "vitest";
import {
  continuesRanking,
  placeName,
  placeThere,
  rankedPlace,
  respectivePlaces
} from "../../loaders/general/read-destinations.js";
import {rows} from "./read-paragraph.js";

/** The numbers of a sentence as spans (no noun read after them). */
function spans(text: string) {
  return [...text.matchAll(/\d+(?:,\d{3})*/g)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    countedEnd: m.index! + m[0].length
  }));
}

describe("placeName", () => {
  it.each([
    ["Romania", "Romania"],
    ["UAE", "United Arab Emirates"],
    ["Saudi Arabia", "Saudi Arabia"],
    ["Russia", "Russian Federation"]
  ])("%s is a place", (name, place) => expect(placeName(name)).toBe(place));
  it.each(["Nepali", "Ukrainian", "Vietnamese", "Russian"])("%s names citizens", (name) =>
    expect(placeName(name)).toBeNull()
  );
});

describe("respectivePlaces", () => {
  it.each([
    ["Saudi Arabia and Qatar followed, with 11,809 and 11,785 workers, respectively.", ["Saudi Arabia", "Qatar"]],
    ["Qatar and Kuwait received 120 and 95 workers respectively.", ["Qatar", "Kuwait"]],
    ["The figures for Latvia and Estonia were 1,200 and 900, respectively.", ["Latvia", "Estonia"]],
    ["1,200 and 900 permits were issued in Latvia and Estonia respectively.", ["Latvia", "Estonia"]],
    ["Poland, Germany and Italy issued 40, 30 and 20 permits respectively.", ["Poland", "Germany", "Italy"]],
    ["Malaysia and Japan came next, with 5,000 and 1,200 respectively.", ["Malaysia", "Japan"]],
    ["Workers left for Qatar and Oman, numbering 800 and 300, respectively.", ["Qatar", "Oman"]],
    ["In Georgia and Armenia 14 and 9 victims were identified, respectively.", ["Georgia", "Armenia"]],
    ["Romania and Croatia were next with 2,298 and 1,138 persons respectively.", ["Romania", "Croatia"]],
    ["Turkey and Greece returned 310 and 270 migrants respectively.", ["Turkey", "Greece"]]
  ])("%s", (text, places) => {
    const got = respectivePlaces(text, spans(text));
    expect([...got.values()].map((p) => p.country)).toEqual(places);
  });

  it("names citizens when the list names peoples", () => {
    const text = "1,727 and 1,696 permits went to Ukrainian and Russian citizens respectively.";
    expect([...respectivePlaces(text, spans(text)).values()]).toEqual([
      {citizenship: "Ukraine"},
      {citizenship: "Russian Federation"}
    ]);
  });

  it.each([
    // No "respectively": a list and numbers side by side are not paired.
    "Saudi Arabia and Qatar followed, with 11,809 and 11,785 workers.",
    // As many numbers as places are needed.
    "Saudi Arabia, Qatar and Oman followed, with 11,809 and 11,785 workers, respectively.",
    // Men and women are no places.
    "Men and women numbered 120 and 95, respectively.",
    // Two lists of as many places leave the pairing open.
    "From Nepal and India to Qatar and Oman, 120 and 95 left respectively."
  ])("pairs nothing in %j", (text) => expect(respectivePlaces(text, spans(text)).size).toBe(0));
});

describe("placeThere", () => {
  const at = (text: string, noun: string) => {
    const start = text.search(/\d/);
    const end = text.indexOf(" ", start);
    return {start, end, countedEnd: text.indexOf(noun) + noun.length};
  };
  it.each([
    ["The UAE emerged as the top destination, with 17,541 Nepalis traveling there.", "Nepalis", "United Arab Emirates"],
    ["Romania was the most popular destination, with 2,298 Nepalis moving there.", "Nepalis", "Romania"],
    ["Fewer went to Malaysia, with only 1,344 workers heading there in July.", "workers", "Malaysia"],
    ["Qatar stayed first, with 9,000 workers who were sent there.", "workers", "Qatar"],
    ["Japan grew fastest, with 1,472 workers going to that country.", "workers", "Japan"],
    ["Kuwait stayed popular, with 4,695 migrants travelling there.", "migrants", "Kuwait"],
    ["Cyprus drew many, with 700 workers departed there.", "workers", "Cyprus"],
    ["For Poland, 50 workers were bound there.", "workers", "Poland"],
    ["South Korea ranked fifth, with 812 workers heading there.", "workers", "Korea"],
    ["Demand in Malta rose, with 239 workers leaving there.", "workers", "Malta"]
  ])("%s", (text, noun, place) => expect(placeThere(text, at(text, noun))).toBe(place));

  it.each([
    // Two places before: "there" is ambiguous.
    ["From Nepal to Qatar, with 9,000 workers heading there.", "workers"],
    // No motion "there".
    ["Qatar was first, with 9,000 workers.", "workers"],
    // "there were": an existential, not a place.
    ["Qatar was first, with 9,000 workers there were many.", "workers"],
    // No place named before.
    ["The top destination had 9,000 workers heading there.", "workers"]
  ])("names no place in %j", (text, noun) => expect(placeThere(text, at(text, noun))).toBeNull());
});

describe("continuesRanking", () => {
  it.each([
    "Other destinations included Kuwait (4,695), Japan (1,472), and South Korea (812).",
    "Other countries were Oman (120) and Bahrain (80).",
    "The remaining destinations included Malta (239).",
    "Other main destinations were Cyprus (700) and Poland (50).",
    "Saudi Arabia and Qatar followed, with 11,809 and 11,785 workers, respectively.",
    "Japan came next, with 1,472."
  ])("%s", (text) => expect(continuesRanking(text)).toBe(true));
  it.each([
    "Other measures included 12 trainings.",
    "It was followed by 12 meetings.",
    "Destinations included Kuwait (4,695)."
  ])("not %s", (text) => expect(continuesRanking(text)).toBe(false));
});

describe("ranked destinations in a release", () => {
  it("reads each destination of the ranking with the count of the sentence before", () => {
    const text =
      "In 2023, 60,000 Nepalis departed for foreign employment. The UAE emerged as the top destination, with 17,541 Nepalis traveling there. Saudi Arabia and Qatar followed, with 11,809 and 11,785 workers, respectively. Other destinations included Kuwait (4,695) and Japan (1,472).";
    expect(rows(text, "2023", "2024")).toEqual([
      "60000@2023 workers_departed_abroad []",
      "17541@2023 workers_departed_abroad []",
      "11809@2023 workers_departed_abroad []",
      "11785@2023 workers_departed_abroad []",
      "4695@2023 workers_departed_abroad []",
      "1472@2023 workers_departed_abroad []"
    ]);
  });

  it("leaves a list after a sentence counting no people unread", () => {
    expect(
      rows("The ministry held 4 meetings. Other destinations included Kuwait (4,695).", "2023", "2024").filter((r) =>
        r.startsWith("4695")
      )
    ).toEqual([]);
  });
});

describe("rankedPlace", () => {
  const at = (text: string) => {
    const m = /\d+(?:,\d{3})*/.exec(text)!;
    return {start: m.index, end: m.index + m[0].length, countedEnd: m.index + m[0].length};
  };
  it.each([
    ["The maximum number of Nepalis (19,783) who obtained work permits is for Malaysia.", {country: "Malaysia"}],
    ["The largest number of workers (9,000) went to Qatar.", {country: "Qatar"}],
    ["The highest number of migrants, 4,100, were sent to Saudi Arabia.", {country: "Saudi Arabia"}],
    ["The greatest number of permits, 1,727, were issued to citizens of Ukraine.", {citizenship: "Ukraine"}],
    ["The largest number of permits, 900, were granted to Indian nationals.", {citizenship: "India"}],
    ["The biggest number of visas (3,200) was issued to nationals of China.", {citizenship: "China"}],
    ["The highest number of Nepalis (2,000) is in Malaysia.", {country: "Malaysia"}],
    ["The largest share of workers, 40,000, are in the UAE.", {country: "United Arab Emirates"}],
    ["The greatest number of workers (812) are going to Kuwait.", {country: "Kuwait"}],
    ["The maximum number of applicants (5,000) was for Japan.", {country: "Japan"}]
  ])("%s", (text, place) => expect(rankedPlace(text, at(text))).toEqual(place));

  it.each([
    // No superlative before the number.
    "A number of Nepalis (19,783) who obtained work permits is for Malaysia.",
    "19,783 Nepalis obtained work permits for Malaysia.",
    // No place after.
    "The largest number of permits, 1,727, were issued for employment.",
    // A place in the next sentence is no part of the predicate.
    "The largest number of permits (1,727) were issued. Most went to Qatar."
  ])("names none in %j", (text) => expect(rankedPlace(text, at(text))).toBeNull());
});
