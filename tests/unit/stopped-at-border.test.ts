import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2017", "2018-01-15");

describe("people stopped where or while crossing were intercepted", () => {
  it.each([
    ["In 2017, the Mounties stopped 859 people between official border points.", "859 migrants_intercepted"],
    ["In 2017, the coast guard stopped 120 migrants at sea.", "120 migrants_intercepted"],
    ["In 2017, 45 migrants were stopped trying to cross into Spain.", "45 migrants_intercepted"],
    ["Border guards stopped 310 foreigners at the Turkish border in 2017.", "310 migrants_intercepted"],
    ["In 2017, police stopped 72 people attempting to leave the country illegally.", "72 migrants_intercepted"],
    ["In 2017, 260 migrants were stopped on the Balkan route.", "260 migrants_intercepted"],
    ["The navy stopped 1,204 migrants off the coast in 2017.", "1204 migrants_intercepted"],
    ["In 2017, 88 people were stopped while crossing the river.", "88 migrants_intercepted"],
    ["In 2017, patrols stopped 530 migrants near the border.", "530 migrants_intercepted"],
    ["In 2017, 97 foreigners were stopped along the eastern frontier.", "97 migrants_intercepted"]
  ])("%s", (text, expected) => expect(read(text)).toContain(expected));

  it.each([
    // Proceedings stopped are dropped, not people halted.
    "In 2017, the criminal cases against two suspects were stopped because of the limitation period.",
    // Something other than people stopped.
    "In 2017, the programme stopped 120 payments.",
    "Arrivals stopped in 2017 after 120 boats were seized."
  ])("no interception in %s", (text) =>
    expect(read(text).filter((r) => r.endsWith("migrants_intercepted"))).toEqual([])
  );
});
