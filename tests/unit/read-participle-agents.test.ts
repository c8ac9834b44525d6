import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {participleAgents} from "../../loaders/general/read-participle-agents.js";

/** The category read for the number `n` of a paragraph. */
const category = (text: string, n: number) =>
  observations(text, "2022", "2023-06-25").find((x) => x.value === n)?.category;

describe("counts named by who did what their participle says", () => {
  it.each([
    [
      "In 2022, the government funded 21 projects submitted by regional and local authorities and nine submitted by NGOs.",
      21,
      "submitted by regional and local authorities"
    ],
    [
      "In 2022, the government funded 14 projects submitted by municipalities and six submitted by NGOs.",
      14,
      "submitted by municipalities"
    ],
    [
      "In 2022, the ministry financed 12 projects proposed by local councils and 8 proposed by civil society groups.",
      12,
      "proposed by local councils"
    ],
    [
      "In 2022, the ministry financed 30 projects proposed by NGOs and 10 proposed by international organizations.",
      30,
      "proposed by NGOs"
    ],
    [
      "In 2022, the fund supported 17 projects submitted by regions and 5 submitted by universities.",
      17,
      "submitted by regions"
    ],
    [
      "In 2022, the government funded 9 projects managed by the Red Cross and 4 managed by churches.",
      9,
      "managed by Red Cross"
    ],
    [
      "In 2022, the fund supported 25 projects submitted by provinces and 11 submitted by NGOs in the north.",
      25,
      "submitted by provinces"
    ],
    [
      "In 2022, the agency funded 40 projects led by municipalities, 12 led by NGOs, and 3 led by universities.",
      40,
      "led by municipalities"
    ],
    [
      "In 2022, the government funded 6 projects submitted by the Caritas network and 2 submitted by dioceses.",
      6,
      "submitted by Caritas network"
    ],
    [
      "In 2022, the government funded 18 projects coordinated by regional authorities and 7 coordinated by NGOs.",
      18,
      "coordinated by regional authorities"
    ]
  ])("%s (%i)", (text, n, label) => {
    expect(category(text, n)?.toLowerCase()).toBe(label.toLowerCase());
  });

  it("one count named so alone is left as it was", () => {
    const live = [{q: {start: 27, end: 29, kind: "count"}, breakdown: {}}];
    participleAgents("In 2022, the government ran 21 projects submitted by regional authorities.", live);
    expect(live[0].breakdown).toEqual({});
  });
});
