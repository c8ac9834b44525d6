import {describe, expect, it} from "vitest";
import {extractSentences} from "../../loaders/sentences/extract-sentences.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {SPECS} from "../../loaders/specs/index.js";

/** "spec value@period" of what the seeds' sentence specs read in a text. */
const specRows = (raw: string) =>
  extractSentences(raw, segmentParagraphs(raw), SPECS.sentences, {
    reportingPeriod: parsePeriodLabel("2018"),
    documentDate: "2019-06-20",
    claimed: []
  }).flatMap((g) => g.observations.map((o) => `${g.spec_id} ${o.value}@${o.period.label}`));

const UNACCOMPANIED = "The authorities also referred unaccompanied minors to shelters.";

describe("in a text with no numbered paragraphs, a spec's required words must be in the match's own sentence", () => {
  it.each([
    `The number of expelled migrants has increased steadily each year (from 1,354 in 2014 to 12,177 in 2018). ${UNACCOMPANIED}`,
    `${UNACCOMPANIED} The government identified 51 victims in 2017, and 46 in 2016.`,
    `${UNACCOMPANIED} Police identified 38 potential victims in 2017, compared with 46 in 2016.`,
    `Courts convicted 31 traffickers, compared with 24 in 2017. ${UNACCOMPANIED}`,
    `${UNACCOMPANIED}\nThe government reported investigations: 3 in 2017.`,
    `Authorities returned 27,821 migrants (14,977 in 2018). ${UNACCOMPANIED}`,
    `${UNACCOMPANIED} Asylum seekers arrived: 120 in 2018 and 95 in 2017.`,
    `Work permits issued to foreigners rose from 310 in 2017 to 400 in 2018. ${UNACCOMPANIED}`,
    `${UNACCOMPANIED} Shelters operated: 9 in 2018, against 7 in 2017.`,
    `${UNACCOMPANIED} The NGO assisted 71 persons (64 in 2017).`
  ])("%s", (raw) => {
    expect(specRows(raw).filter((r) => r.startsWith("unaccompanied-children-applications"))).toEqual([]);
  });

  it("still reads the spec's sentence when the words are in it", () => {
    expect(specRows("In all, 16 unaccompanied children applied for refugee status in 2018.")).toContain(
      "unaccompanied-children-applications 16@2018"
    );
  });
});
