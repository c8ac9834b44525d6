import {describe, expect, it} from "vitest";
import {negatedZeros} from "../../loaders/general/read-negated-zeros.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2020", "2021-07-01");

describe("a negated report of several acts", () => {
  it.each([
    "The government did not report prosecuting or convicting any alleged sex traffickers.",
    "The government did not prosecute or convict any sex traffickers.",
    "Authorities did not report prosecuting or convicting any sex traffickers during the year.",
    "The government has not prosecuted or convicted any sex traffickers.",
    "Officials did not report prosecuting, or convicting any sex traffickers.",
    "The government did not report prosecuting nor convicting any sex traffickers.",
    "The government did not report prosecuting and convicting any sex traffickers.",
    "Courts did not report prosecuting or convicting any suspected sex traffickers in 2020.",
    "The government did not record prosecuting or convicting any sex traffickers.",
    "For the third year, the government did not report prosecuting or convicting any sex traffickers."
  ])("states a prosecution and a conviction of zero in %s", (text) => {
    const out = read(text);
    expect(out.filter((r) => r.startsWith("0@2020 trafficking_prosecutions"))).toHaveLength(1);
    expect(out.filter((r) => r.startsWith("0@2020 trafficking_convictions"))).toHaveLength(1);
  });

  it("states three zeros for three acts", () => {
    const out = read("The government did not investigate, prosecute, or convict any traffickers.");
    expect(out.filter((r) => r.startsWith("0@2020"))).toHaveLength(3);
  });

  it("compares the zeros with counts of the same kind", () => {
    const out = read(
      "The government did not report prosecuting or convicting any alleged sex traffickers, compared with prosecutions of 15 defendants and convictions of three sex traffickers during the previous year."
    );
    expect(out).toContain("15@2019 trafficking_prosecutions [sex trafficking]");
    expect(out).toContain("3@2019 trafficking_convictions [sex trafficking]");
  });

  it.each([
    "The government again did not identify any child or asylum-seeker trafficking victims.",
    "The government did not identify any child or foreign trafficking victims.",
    "Police did not identify any male or child victims.",
    "The government did not report identifying any child or male victims."
  ])("states one zero per coordinated qualifier in %s", (text) => {
    expect(negatedZeros(text)).toHaveLength(2);
    expect(read(text).filter((r) => r.startsWith("0@2020"))).toHaveLength(2);
  });

  it.each([
    "The government did not report any data.",
    "The government did not report law enforcement data or statistics.",
    "The government did not discuss or debate any new laws.",
    "The government did not prosecute any traffickers.",
    "The government did not fund or run any shelters or hotlines.",
    "Officials did not report whether they prosecuted any traffickers.",
    "The government did not provide or allocate any funding.",
    "Police did not say or suggest any victims were found.",
    "The government did not update or revise any plans.",
    "The government did not identify victims or traffickers."
  ])("states no split zeros in %s", (text) => {
    expect(negatedZeros(text)).toHaveLength(0);
  });

  it.each([
    ["The government did not report any investigations, prosecutions, or convictions of traffickers.", 3],
    ["The government did not report any investigations, prosecutions or convictions.", 3],
    ["The government reported no prosecutions or convictions of sex traffickers.", 2],
    ["Authorities recorded no investigations or prosecutions of traffickers.", 2],
    ["The government did not initiate any investigations or prosecutions of labor traffickers.", 2],
    ["The government has not reported any prosecutions or convictions since 2015.", 2],
    ["The government did not secure any convictions or prosecutions.", 2],
    ["There were no investigations, prosecutions, or convictions of traffickers.", 3],
    ["The government did not record any prosecutions nor convictions.", 2],
    ["Officials did not conduct any investigations or prosecutions of forced labor.", 2]
  ])("states one zero per act listed in %s", (text, acts) => {
    expect(negatedZeros(text)).toHaveLength(acts);
  });

  it("qualifies each listed act by what the list is of", () => {
    const out = read("The government reported no prosecutions or convictions of sex traffickers.");
    expect(out).toContain("0@2020 trafficking_prosecutions [sex trafficking]");
    expect(out).toContain("0@2020 trafficking_convictions [sex trafficking]");
  });

  it.each([
    "There were no shelters or hotlines for victims.",
    "The government did not initiate any prosecutions or convict any traffickers.",
    "The government provided no funding or training.",
    "Victims had no documents or money.",
    "No men or boys were identified."
  ])("lists no acts in %s", (text) => {
    expect(negatedZeros(text).length).toBeLessThan(2);
  });
});
