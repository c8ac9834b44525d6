import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2022", "2023-06-01");

describe("trafficking across the border as a kind", () => {
  it.each([
    "In 2022, the agency received 412 external trafficking cases and 1,028 internal trafficking cases.",
    "Police investigated 412 transnational trafficking cases and 1,028 internal trafficking cases in 2022.",
    "Authorities recorded 412 cross-border trafficking cases and 1,028 domestic trafficking cases in 2022.",
    "The agency opened 412 external cases and 1,028 internal cases of trafficking in 2022.",
    "In 2022, prosecutors investigated 412 transnational cases and 1,028 internal cases of trafficking.",
    "In 2022, the commission received 412 external human trafficking cases and 1,028 internal human trafficking cases.",
    "Police investigated 412 cross border trafficking cases and 1,028 internal trafficking cases in 2022.",
    "In 2022, the agency investigated 412 external trafficking cases, and 1,028 internal trafficking cases.",
    "The agency recorded 412 external trafficking cases in 2022, compared with 1,028 internal trafficking cases.",
    "In 2022 the police registered 412 transnational trafficking cases and 1,028 internal ones."
  ])("keeps the kind of %s", (text) => {
    const out = read(text);
    expect(out.find((r) => r.startsWith("412@"))).toMatch(/\[transnational\]$/);
  });

  it.each([
    "In 2022, the ministry of external affairs investigated 412 trafficking cases.",
    "The agency, with external funding, investigated 412 trafficking cases in 2022.",
    "External auditors investigated 412 trafficking cases in 2022.",
    "In 2022, police investigated 412 trafficking cases with external partners."
  ])("reads no kind in %s", (text) => {
    const out = read(text);
    expect(out.find((r) => r.startsWith("412@"))).not.toMatch(/transnational/);
  });
});
