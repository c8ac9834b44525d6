// Citations state where a document was obtained, and when, exactly when its sidecar says so: a chart's citation
// per document, and a document's own citation on its reader page.
import {describe, expect, it} from "vitest";
import {availableAt, citation, citedDocuments, documentBibtex, documentCitation} from "../../src/components/cite.js";

const CHART = {id: "calls", title: "Calls received"};
const REPORT = {
  doc_id: "003",
  title: "Third periodic report",
  un_symbol: "CMW/C/AZE/3",
  publisher: "Government of Azerbaijan",
  date: "2019"
};
const row = (fields: Record<string, unknown>) => ({obs_id: "003:o1", doc_id: "003", locator: "12", ...fields});

describe("a chart's citation", () => {
  it("gives a document's address and access date when both are known", () => {
    const rows = [row({...REPORT, source_url: "https://undocs.org/CMW/C/AZE/3", accessed: "2026-12-01"})];
    expect(citation(CHART, rows, {version: "abc123abc123"})).toBe(
      "Third periodic report (CMW/C/AZE/3), para. 12, available at https://undocs.org/CMW/C/AZE/3 (accessed 2026-12-01). " +
        "Chart “Calls received” (calls), migstat, dataset version abc123abc123, 1 figure."
    );
    expect(citedDocuments(rows)[0]).toMatchObject({
      source_url: "https://undocs.org/CMW/C/AZE/3",
      accessed: "2026-12-01"
    });
  });

  it("gives the address alone when the access date is not known", () => {
    const rows = [row({...REPORT, source_url: "https://undocs.org/CMW/C/AZE/3"})];
    const text = citation(CHART, rows, {version: "abc123abc123"});
    expect(text).toContain("para. 12, available at https://undocs.org/CMW/C/AZE/3. Chart");
    expect(text).not.toContain("accessed");
  });

  it("says nothing of an address or a date it does not know, nor of a date with no address", () => {
    for (const fields of [{}, {accessed: "2026-12-01"}, {source_url: null, accessed: null}]) {
      const text = citation(CHART, [row({...REPORT, ...fields})], {version: "abc123abc123"});
      expect(text).toBe(
        "Third periodic report (CMW/C/AZE/3), para. 12. Chart “Calls received” (calls), migstat, dataset version abc123abc123, 1 figure."
      );
    }
    expect(citedDocuments([row(REPORT)])[0]).toMatchObject({source_url: null, accessed: null});
  });

  it("gives each document its own address", () => {
    const rows = [
      row({...REPORT, source_url: "https://undocs.org/CMW/C/AZE/3"}),
      row({obs_id: "000:o1", doc_id: "000", title: "National Program", kind: "national_action_plan", locator: "2"})
    ];
    const text = citation(CHART, rows, {version: "abc123abc123"});
    expect(text.match(/available at/g)).toHaveLength(1);
    expect(text).toContain(
      "Third periodic report (CMW/C/AZE/3), para. 12, available at https://undocs.org/CMW/C/AZE/3. National Program, para. 2. Chart"
    );
  });
});

describe("a document's citation", () => {
  it("names its publisher, title, symbol and date, then where and when it was obtained", () => {
    expect(documentCitation({...REPORT, source_url: "https://undocs.org/CMW/C/AZE/3", accessed: "2026-12-01"})).toBe(
      "Government of Azerbaijan. Third periodic report (CMW/C/AZE/3), 2019, available at https://undocs.org/CMW/C/AZE/3 (accessed 2026-12-01)."
    );
    expect(documentCitation({...REPORT, un_symbol: null})).toBe(
      "Government of Azerbaijan. Third periodic report, 2019."
    );
  });

  it("states an address only when there is one", () => {
    expect(availableAt({source_url: "https://example.org/r.pdf"})).toBe(", available at https://example.org/r.pdf");
    expect(availableAt({accessed: "2026-12-01"})).toBe("");
    expect(availableAt({})).toBe("");
  });
});

describe("a document's BibTeX entry", () => {
  it("carries the address and access date when both are known", () => {
    expect(documentBibtex({...REPORT, source_url: "https://undocs.org/CMW/C/AZE/3", accessed: "2026-12-01"})).toBe(
      [
        "@misc{003,",
        "  author = {{Government of Azerbaijan}},",
        "  title = {{Third periodic report}},",
        "  number = {CMW/C/AZE/3},",
        "  year = {2019},",
        "  url = {https://undocs.org/CMW/C/AZE/3},",
        "  urldate = {2026-12-01}",
        "}"
      ].join("\n")
    );
  });

  it("leaves out what is not known, and an access date with no address", () => {
    const entry = documentBibtex({...REPORT, un_symbol: null, accessed: "2026-12-01"});
    expect(entry).not.toMatch(/url|number/);
    expect(entry).toContain("  year = {2019}\n}");
  });

  it("escapes what TeX would read as commands, and keeps braces balanced", () => {
    const entry = documentBibtex({
      doc_id: "x",
      title: "Costs & 50% of {cases} #1_a",
      publisher: "A\\B",
      date: "2020-05",
      source_url: "https://example.org/a{b}"
    });
    expect(entry).toContain("title = {{Costs \\& 50\\% of \\{cases\\} \\#1\\_a}}");
    expect(entry).toContain("author = {{A\\textbackslash{}B}}");
    expect(entry).toContain("url = {https://example.org/a%7Bb%7D}");
    expect(entry).toContain("year = {2020}");
  });
});
