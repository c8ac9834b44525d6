import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2022", "2023-06").map((o) =>
    `${o.value} ${o.indicator} ${o.age_group ?? ""} ${o.category ?? ""}`.trim()
  );

describe("'child' before another head noun qualifies it", () => {
  it.each([
    ["The government identified 57 forced child labor victims in 2022.", "57 victims_identified child forced labor"],
    ["In 2022 it referred 57 forced child labour victims to services.", "57 victims_assisted child forced labor"],
    ["In 2022, 40 child trafficking victims were identified.", "40 trafficking_victims_identified child"],
    ["In 2022, 40 child victims were identified.", "40 victims_identified child"],
    [
      "In 2022, authorities identified 12 child sex trafficking victims.",
      "12 trafficking_victims_identified child sex trafficking"
    ],
    ["Police identified 9 child forced labor victims in 2022.", "9 trafficking_victims_identified child forced labor"],
    [
      "In 2022 the government identified 31 child labor trafficking victims.",
      "31 trafficking_victims_identified child labor trafficking"
    ],
    ["In 2022, officials identified 14 forced child labour victims.", "14 victims_identified child forced labor"],
    ["The ministry identified 20 child trafficking victims in 2022.", "20 trafficking_victims_identified child"],
    ["In 2022 it identified 8 child victims of forced labor.", "8 trafficking_victims_identified child forced labor"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("reads 'child' alone as the counted children", () => {
    expect(read("In 2022 the center assisted 12 child.")).toContain("12 children_assisted child");
  });

  it("reads a centre for children as no count of children", () => {
    expect(read("In 2022 the government ran five government-run child rescue centers.").join(" ")).not.toMatch(
      /children|victims/
    );
  });
});

/** "value age kind" of each observation, the age left out when none is set. */
const kinds = (text: string) =>
  observations(text, "2022", "2023-06").map((o) =>
    [o.value, o.age_group, o.category].filter((x) => x !== null && x !== undefined && x !== "").join(" ")
  );

describe("a form of exploitation with 'child' inside, or after 'into', is the count's kind", () => {
  it.each([
    ["In 2022 it investigated three cases of forced child begging.", "3 child forced begging"],
    ["Police investigated 11 cases of forced child begging in 2022.", "11 child forced begging"],
    ["In 2022, 6 victims of forced child begging were identified.", "6 child forced begging"],
    ["In 2022 it investigated four cases of forced child marriage.", "4 child forced marriage"],
    ["In 2022 it identified 7 victims of forced child criminality.", "7 child forced criminality"],
    ["The government reported three investigations into child sex trafficking in 2022.", "3 child sex trafficking"],
    ["In 2022, police opened 12 investigations into forced labor.", "12 forced labor"],
    ["In 2022 it launched five inquiries into sex trafficking.", "5 sex trafficking"],
    ["In 2022, prosecutors began 9 investigations into forced begging.", "9 forced begging"],
    ["The police started 14 investigations into child forced labor in 2022.", "14 child forced labor"],
    ["In 2022, 5 investigations into forced child begging were opened.", "5 child forced begging"],
    ["In 2022 it opened 8 investigations into child sex trafficking.", "8 child sex trafficking"],
    ["In 2022 authorities launched 6 investigations into forced criminality.", "6 forced criminality"],
    ["In 2022 it opened 4 investigations into forced child labour.", "4 child forced labor"],
    ["Police opened 10 investigations into child labor trafficking in 2022.", "10 child labor trafficking"]
  ])("%s", (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    // An inquiry into a matter or an allegation names no form.
    ["In 2022 police launched 3 investigations into the matter.", "3"],
    ["In 2022 it opened 5 investigations into alleged trafficking cases.", "5"]
  ])("%s names no kind", (text, value) => {
    expect(kinds(text)).toContain(value);
  });
});
