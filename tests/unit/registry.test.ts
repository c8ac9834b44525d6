// The registry (loaders/registry/) is the one list of families, dimensions and indicators: the module the pages
// read is written from it, every indicator a spec emits is in it, and the pages' labels come from it.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {DIMENSIONS, FAMILY_REGISTRY, REGISTRY} from "../../loaders/registry/index.js";
import {SPECS} from "../../loaders/specs/index.js";
import {FAMILIES as LOADER_FAMILIES} from "../../loaders/types.js";
import {REGISTRY_MODULE, registryModule} from "../../scripts/write-registry.mjs";
import {dimensionLabel, FAMILIES, familyName, indicatorLabel} from "../../src/components/specs/labels.js";

// Every string value of `indicator` anywhere in a spec.
function emitted(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) emitted(v, found);
  else if (value && typeof value === "object" && !(value instanceof RegExp))
    for (const [key, v] of Object.entries(value)) {
      if (key === "indicator" && typeof v === "string") found.add(v);
      else emitted(v, found);
    }
  return found;
}

describe("registry", () => {
  it("is what src/components/specs/registry.js holds (run tsx scripts/write-registry.mjs after changing it)", () => {
    expect(readFileSync(REGISTRY_MODULE, "utf8")).toBe(registryModule());
  });

  it("files every indicator under a registered family, with registered breakdowns, once", () => {
    const families = new Set<string>(FAMILY_REGISTRY.map((f) => f.id));
    const dimensions = new Set<string>(DIMENSIONS.map((d) => d.id));
    for (const ind of REGISTRY) {
      expect(families.has(ind.family), ind.id).toBe(true);
      for (const b of ind.breakdowns) expect(dimensions.has(b), `${ind.id}: ${b}`).toBe(true);
      expect(ind.definition, ind.id).toMatch(/^[A-Z].+\.$/);
    }
    expect(new Set(REGISTRY.map((i) => i.id)).size).toBe(REGISTRY.length);
  });

  it("registers every indicator a table or sentence spec emits", () => {
    const registered = new Set(REGISTRY.map((i) => i.id));
    const ids = [...emitted(SPECS)];
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id) => !registered.has(id))).toEqual([]);
  });

  it("orders indicators by family, families and dimensions by their order", () => {
    const rank = new Map(FAMILY_REGISTRY.map((f) => [f.id as string, f.order]));
    const ranks = REGISTRY.map((i) => rank.get(i.family)!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(FAMILY_REGISTRY.map((f) => f.order)).toEqual(FAMILY_REGISTRY.map((_, i) => i + 1));
    expect(DIMENSIONS.map((d) => d.order)).toEqual(DIMENSIONS.map((_, i) => i + 1));
    expect(LOADER_FAMILIES).toEqual(FAMILY_REGISTRY.map((f) => f.id));
  });

  it("names families, indicators and dimensions on the pages, and humanises an unregistered id", () => {
    expect(FAMILIES.map((f) => f.id)).toEqual(FAMILY_REGISTRY.map((f) => f.id));
    expect(familyName("call_centre")).toBe("Call centre");
    expect(indicatorLabel("remittances_received")).toBe("Remittances received");
    expect(indicatorLabel("persons_screened")).toBe("Persons screened");
    expect(dimensionLabel("age_group")).toBe("Age group");
  });
});
