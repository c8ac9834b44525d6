import {describe, expect, it} from "vitest";
import {listClauseEnd} from "../../loaders/general/read-count-list.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {observations} from "./read-paragraph.js";

const spans = (text: string): [number, number][] =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => [q.start, q.end]);

/** The clause the first count of a sentence is read in, when it opens a list. */
function firstClause(text: string): string | null {
  const end = listClauseEnd(text, spans(text), 0, text.length);
  return end === null ? null : text.slice(spans(text)[0][0], end);
}

describe("the items of a list share the predicate after its last item", () => {
  it.each([
    "A total of 18 illegal workers, seven suspected employers and four overstayers were arrested.",
    "Police detained 31 migrants, 4 smugglers and 2 drivers.",
    "In all, 12 victims, 9 suspects, and 3 witnesses were interviewed.",
    "Eight illegal workers, four employers and four overstayers were arrested.",
    "Officers intercepted 140 migrants, 6 guides and 11 boats during the week.",
    "Some 250 refugees, 40 asylum seekers and 15 stateless persons were registered.",
    "The team rescued 22 women, 17 girls and 5 boys in the raid.",
    "Inspectors found 61 foreign workers, 13 employers and 2 recruiters in breach.",
    "Authorities returned 900 adults, 310 children, and 42 unaccompanied minors to the country.",
    "The court convicted 14 traffickers, 3 accomplices and 1 official."
  ])("%s", (text) => {
    const clause = firstClause(text);
    expect(clause).not.toBeNull();
    expect(clause!.length).toBeGreaterThan(text.indexOf(" and ") - spans(text)[0][0]);
  });

  it.each([
    "Police detained 31 migrants in May, 4 in June.",
    "Police detained 31 migrants; 4 smugglers were charged.",
    "Police detained 31 migrants, while 4 smugglers escaped.",
    "Police detained 31 migrants.",
    "Of 31 migrants detained, 4 were children."
  ])("no list: %s", (text) => expect(firstClause(text)).toBeNull());

  it("reads the first item with the list's verb", () => {
    const rows = observations(
      "In 2017, 18 migrants, seven traffickers and four children were arrested by the police.",
      "2017",
      "2018-02-01"
    ).map((o) => `${o.value} ${o.indicator}`);
    expect(rows.find((r) => r.startsWith("18 "))).toBeDefined();
  });
});
