import {describe, expect, it} from "vitest";
import {namedBody, opensWithNamedBody} from "../../loaders/general/named-body.js";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2019", "2020-02").map((o) => `${o.value} ${o.indicator} [${o.category ?? ""}]`);

describe("a body's name and acronym between a number and what it counts", () => {
  it.each([
    [
      "Some 1,200 Economic Community of West African States (ECOWAS) nationals were deported in 2019.",
      "1200 deportations [ECOWAS nationals]"
    ],
    [
      "In 2019, 1,200 Economic Community of West African States (ECOWAS) citizens were expelled.",
      "1200 deportations [ECOWAS citizens]"
    ],
    [
      "Thirty-two Organisation of Eastern Caribbean States (OECS) nationals were deported in 2019.",
      "32 deportations [OECS nationals]"
    ],
    [
      "Police rescued 45 Southern African Development Community (SADC) nationals in 2019.",
      "45 migrants_rescued [SADC nationals]"
    ],
    [
      "In 2019 the authorities deported 310 Economic Community of Central African States (ECCAS) nationals.",
      "310 deportations [ECCAS nationals]"
    ],
    [
      "A total of 87 Caribbean Community (CARICOM) nationals were deported in 2019.",
      "87 deportations [CARICOM nationals]"
    ],
    [
      "The government deported 58 Intergovernmental Authority on Development (IGAD) nationals in 2019.",
      "58 deportations [IGAD nationals]"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ["Economic Community of West African States (ECOWAS) nationals", "nationals", "ECOWAS"],
    ["Organisation of Eastern Caribbean States (OECS) nationals", "nationals", "OECS"],
    ["Caribbean Community (CARICOM) citizens", "citizens", "CARICOM"],
    ["Southern African Development Community (SADC) nationals", "nationals", "SADC"],
    ["Intergovernmental Authority on Development (IGAD) migrants", "migrants", "IGAD"]
  ])("reads %j up to what it counts", (text, counted, acronym) => {
    const body = namedBody(text);
    expect(body?.acronym).toBe(acronym);
    expect(text.slice(body?.length)).toBe(counted);
    expect(opensWithNamedBody(text)).toBe(true);
  });

  it.each([
    "Call Center received calls",
    "Call Center (919) received calls",
    "European Union (EU) received 30 applications",
    "International Organization for Migration (IOM) says",
    "the Economic Community (EC) nationals",
    "Ministry of Interior said",
    "International Organization for Migration (IOM)"
  ])("finds no named body before a counted word in %j", (text) => {
    expect(opensWithNamedBody(text)).toBe(false);
  });

  it("still reads a number that names a service as no count", () => {
    expect(read("The 919 Call Center received 1,200 calls in 2019.")).not.toContainEqual(
      expect.stringMatching(/^919 /)
    );
  });
});
