/**
 * General extraction: reads statistics from report prose by grammar and the shared vocabulary, with
 * no spec written for the report. Per sentence: find the numbers, read what each counts, share a
 * head noun across coordinations and elliptic parts ("20 sex trafficking and 13 labor trafficking
 * victims", "(63 in 2015)", "49 were female"), resolve the indicator from the clause's events and
 * terms, and the period from the clause segment, the paragraph, then the document.
 */
import {releaseYear} from "../periods/release-year.js";
import type {Breakdown, Family, Period} from "../types.js";
import type {Extracted} from "../extracted.js";
import type {Paragraph} from "../text/segment-paragraphs.js";
import {refineReporting} from "./refine-reporting.js";
import {changeFromPeriod, datedFromYear, upFromStock} from "./resolve-change-from.js";
import {sameSpanOfYear, spanInYear} from "./resolve-same-span.js";
import {flatIndexOf, flatSlice, flatten, toRaw, type FlatText} from "../text/flatten.js";
import type {CountedNoun} from "../vocabulary/nouns.js";
import {CATEGORIES, COUNTED_NOUNS, MORE_MARKERS, PART_MARKERS, TOTAL_MARKERS} from "../vocabulary/nouns.js";
import {CHANGE_VERBS, NORM_MODALS, NOT_ZERO_AFTER_NO, SCALES, ZERO_BEFORE_NOUN} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";
import {headingBreaks, splitSentences} from "./split-sentences.js";
import {findQuantities, type Quantity} from "./find-quantities.js";
import {
  lastNounIn,
  onlyQualifiers,
  predicateCategory,
  qualifiersIn,
  readCounted,
  type Counted
} from "./read-counted.js";
import {involvingClause, joinsInvolved} from "./involving-clause.js";
import {copularKind, countsPersonsAsCases} from "./cases-of-kind.js";
import {isChangeLevel} from "./change-level.js";
import {eventsIn, FINITE_VERB, resolveIndicator, topicFamily, type Resolution} from "./resolve-indicator.js";
import {paragraphReportingPeriod} from "./frame-paragraph.js";
import {allowedBreakdown} from "./allowed-breakdown.js";
import {canonicalCountry} from "../specs/countries.js";
import {partitionPoint} from "../partition-point.js";
import {readYearRows} from "./read-year-rows.js";
import {readYearFirstCells} from "./read-year-first-cells.js";
import {EVENTS} from "../vocabulary/events.js";
import {findFractions} from "./find-fractions.js";
import {complementOf, exploitedInPlaces, isAllBut} from "./read-all-but.js";
import {anaphoricSubject, previousSentence} from "./read-anaphor.js";
import {splitGluedNumbers} from "./split-glued-number.js";
import {blankNumberFootnotes} from "./blank-number-footnotes.js";
import {
  actsAsSubject,
  opensOnBareVerb,
  agentBareObjectVerb,
  opensOnIncluded,
  readAppositive,
  readsPartOfPrevious
} from "./read-anaphoric-part.js";
import {joinSpacedThousands} from "./join-spaced-thousands.js";
import {bracketedShareOf, shareBase, sharesOfCounts, type ShareReading} from "./read-count-share.js";
import {isCountChange, isPercentChange, percentChanges} from "./read-percent-change.js";
import {partShares} from "./read-part-share.js";
import {placeShares} from "./read-place-share.js";
import {newlyReached, providerBefore, serviceReceived} from "./read-service.js";
import {
  bracketCompares,
  frameSentence,
  framesFollowing,
  openingPeriod,
  sentencePeriods,
  sinceSpanIn,
  sinceUntil
} from "./resolve-period.js";
import {readLabelRuns} from "./read-label-runs.js";
import {isForecast} from "./read-forecast.js";
import {readYearHeaderTables} from "./read-year-header-tables.js";
import {readPeriodHeaderTables} from "./read-period-header-tables.js";
import {readYearValueLines} from "./read-year-value-lines.js";
import {readBreakdownHeaderTables} from "./read-breakdown-header-tables.js";
import {breakdownHeaderRows} from "./breakdown-header-rows.js";
import {labelSlug} from "./table-cell-row.js";
import {yearValueRows} from "./year-value-rows.js";
import {readMonthRowTables} from "./read-month-row-tables.js";
import {monthRowObservations} from "./month-row-observations.js";
import {readLeadLists} from "./read-lead-lists.js";
import {leadListObservations} from "./lead-list-observations.js";
import {readLabelValueLines} from "./read-label-value-lines.js";
import {labelValueObservations} from "./label-value-observations.js";
import {yearHeaderRows} from "./year-header-rows.js";
import {isAverage, isRate, ownRate} from "./read-rate.js";
import {universalRows} from "./read-universal.js";
import {asideAfter} from "./read-aside.js";
import {respectively} from "./read-respectively.js";
import {opensShareRange} from "./read-percent-range.js";
import {precedingPeriod} from "./preceding-period.js";
import {opensOnComparison} from "./read-compared-before.js";
import {comparedFigurePeriod, sameBreakdown} from "./read-compared-figure.js";
import {nounTail, originAfter} from "./read-origin.js";
import {destinationState, opensStateRanking, receivingState} from "./read-receiving-state.js";
import {partsOfWhole, takeWholesFrame} from "./read-summed-parts.js";
import {countsPeopleObject, countsPeopleSubject} from "./read-people-object.js";
import {BODY_HEADS} from "../vocabulary/body-heads.js";
import {bracketYearOrigin, countryOfPeople, pronounPeople, subjectPeople} from "./read-subject-people.js";
import {bracketWhole} from "./read-bracket-whole.js";
import {unbracketChange} from "./bracketed-level.js";
import {pipeCellsOnLines} from "./pipe-table-lines.js";
import {lastDayOf as lastDayDated} from "../periods/parse-period.js";
import {VISA_KINDS} from "../vocabulary/visa-kinds.js";
import {yearBeforeDash} from "./year-dash-pairs.js";
import {permitGrounds} from "./read-grounds.js";
import {comparisonZeros, dashAsides, isComparisonItem, zeroQuantity} from "./read-comparison.js";
import {blockBetween, isPresentPerfect, perfectStock} from "./read-perfect.js";
import {eachPairRows, eachPairs, type EachPair} from "./read-each.js";
import {ownNounBefore} from "./read-own-noun.js";
import {countsMovers} from "./read-mover.js";
import {wholeYear} from "./read-whole-year.js";
import {undatedNow, withoutLateNow} from "./read-now.js";
import {weekEndStock} from "./read-week-stock.js";
import {breaksAfter, labelRunRows} from "./label-run-rows.js";
import {numberOfSubject} from "./read-number-of.js";
import {gappedPeople} from "./read-number-of-people.js";
import {continuesRun, runningSince} from "./read-running-since.js";
import {movedSubject} from "./read-move-subject.js";
import {groupOpening} from "./read-group-opening.js";
import {
  bracketedStateItem,
  continuesPeopleRanking,
  rankedPeople,
  rankedStateItem,
  ranksNationals
} from "./read-people-ranking.js";
import {anotherOfTheSame, colonGroup, restatesNumber} from "./read-restated-count.js";
import {countsWhoDid} from "./read-relative-count.js";
import {timeAfter} from "./time-after.js";
import {listedFor, nextInList} from "./read-listed-for.js";
import {groundUnder} from "./read-ground.js";
import {concerningCategory} from "./read-concerning.js";
import {bulletBreaks} from "./bullet-breaks.js";
import {elidedItemKind} from "./read-list-kinds.js";
import {memberKind} from "./read-member-kind.js";
import {unknownCitizenship} from "./read-unknown-citizenship.js";
import {ownNationals} from "./read-own-nationals.js";
import {bracketLabels} from "./read-bracket-labels.js";
import {fledFrom, peopleAfter, sharePeople, sharedTail} from "./read-people-after.js";
import {leadPeople} from "./read-people-lead.js";
import {appositiveWhole, partsAddUp} from "./read-appositive-parts.js";
import {wholeAgainPeriod} from "./whole-again-period.js";
import {weekAnchor} from "./resolve-event-day.js";
import {remainderPeriod} from "./read-remainder.js";
import {withoutPublicationTimes} from "./read-publication-time.js";
import {PERSON_PARTS, runsClosedByIn} from "./person-parts.js";
import {actingCountry, movedFrom} from "./read-moved-from.js";
import {listedAfterPredicate, listedNext, partQualifiers} from "./read-part-of.js";
import {leadLineBreaks, leadLines} from "./lead-lines.js";
import {returnPlaceBefore} from "./return-place-before.js";
import {returnDestinations, returnHomePlace, returnLeftPlace} from "./return-left-place.js";
import {openingPlace} from "./opening-place.js";
import {parallelChangePeriod} from "./parallel-change.js";
import {groundAfter} from "./read-ground.js";
import {headlineBreaks, headlineEnd} from "./read-headline.js";
import {restatesChange} from "./read-restated-change.js";
import {ageAfter} from "./read-age-range.js";
import {bracketPlace, continuesByPlace} from "./read-place-brackets.js";
import {countsByPlace} from "./read-place-counts.js";
import {continuesGroupList, groupBeforeCount, listedGroup, otherGroupAfter} from "./read-group-word.js";
import {countsOccasions, opensBreakdown, ownPurpose} from "./read-purposes.js";
import {continuesRanking, placeName, placeThere, rankedPlace, respectivePlaces} from "./read-destinations.js";
import {mannerAfter} from "./read-manner.js";
import {perElection} from "./read-elections.js";
import {countedOfAll} from "./read-of-all.js";
import {needBefore} from "./read-needs.js";
import {bracketClauseEnd} from "./read-bracket-clause.js";
import {bracketSex, citizensOfPredicate, predicatePeople} from "./read-part-citizens.js";
import {subnationalPart, bracketedPlace, subnationalPlace} from "./read-subnational.js";
import {namedSite} from "./read-named-site.js";
import {routeAfter} from "./read-route.js";
import {sameAsPeriod} from "./same-as-period.js";
import {bracketPairSide} from "./read-bracket-pair.js";
import {openingKind, unbracketQuantified} from "./read-quantified.js";
import {documentDay, documentStock, isIrregularStock} from "./read-stock-estimate.js";
import {visitSpan, visitTime} from "../periods/visit-span.js";
import {otherPlaces, unstatedPart} from "./read-other-parts.js";
import {healthOutcome} from "./read-health-outcome.js";
import {rankedItem} from "./read-ranked-grounds.js";
import {foreseenBeneficiaries} from "./read-beneficiaries.js";
import {weakSignals, weigh, weighedSignals, type Signal} from "./weigh-signals.js";
import {compareLikeZeros, negatedClauseEnd, negatedZeros} from "./read-negated-zeros.js";
import {subheadingBreaks} from "./read-subheadings.js";
import {flowToDate} from "./resolve-flow-to-date.js";
import {itemLabel, kindOfSubject, listsReasons, reasonAfter, relatedKind, sectorAfter} from "./read-label-items.js";
import {healthFacility} from "./read-facilities.js";
import {
  continuesOrdinalRanking,
  listsOrigins,
  opensOnBarePassive,
  opensOriginList,
  othersPassive,
  placeBeforeBracket,
  returnedFrom,
  returnPlaceAfter
} from "./read-place-list.js";
import {comparedCounts} from "./read-compared.js";
import {listedPlace, sentToPlaces} from "./read-listed-places.js";
import {lastYearOf, withFollowingYears} from "./following-year.js";
import {lastDayOf, withFollowingDays} from "./following-day.js";
import {asFiscalYears} from "../periods/relayed-fiscal-years.js";
import {fiscalCalendar} from "../periods/fiscal-year.js";
import {comparedLists} from "./read-compared-lists.js";
import {contrastedSubjects} from "./read-contrasted-subjects.js";
import {agencySubject} from "./read-agency-subject.js";
import {respectiveTerms} from "./read-respective-kinds.js";
import {participleAgents} from "./read-participle-agents.js";
import {namesFigure, restatesFigure} from "./read-restated-figure.js";
import {
  foreignParts,
  oneSourceAsides,
  ownPredicates,
  participleKinds,
  respectiveQuoted,
  setSizes,
  subjectCategories,
  unknownAttributes
} from "./read-subject-category.js";
import {SpanSet} from "../span-set.js";
import {BACKLOG_MARKERS} from "../vocabulary/now.js";
import {comparedSibling} from "./sibling-period.js";
import {fiscalState, sentenceFiscalState} from "../periods/fiscal-state.js";
import {
  beforeYear,
  betweenBound,
  bracketPredicatePeople,
  countRange,
  restatedGroup,
  runningSoFar,
  sharedMultiplier
} from "./read-press-parts.js";
import {
  alignToday,
  alignYearToDate,
  documentStockDay,
  documentYearToDate,
  flowToDay,
  onlyStockDay,
  samePeriodBefore
} from "./resolve-year-to-date.js";
import {INDICATOR_BY_ID, INDICATORS} from "../registry/index.js";
import {properName} from "./proper-name.js";
import {departurePart} from "./read-departure-part.js";
import {sentenceAfter, sinceEventSpan} from "./read-since-event.js";
import {chromeBreaks} from "./page-chrome.js";
import {resolveDollars} from "./local-dollar.js";
import {chromeLineBreaks} from "./chrome-lines.js";
import {withoutBodyNames} from "./body-names.js";
import {lastWeek, pastDays} from "./read-past-days.js";
import {restatesForOtherPeriod} from "./read-other-period.js";
import {alignRunning, documentWeek, pastWeek, reportedUntil} from "./read-day-spans.js";
import {borderOrRegionCountry, partsAsideEnd} from "./read-movement-place.js";
import {ownYearThrough, reportedThrough} from "./reported-through.js";
import {monthEnd, periodEndStock} from "./read-period-end-stock.js";
import {seriesYearEnd} from "./series-year-end.js";
import {rollingMonths} from "./resolve-rolling-months.js";
import {paragraphNumberLine} from "./paragraph-number-line.js";
import {apposedAll} from "./read-apposed-all.js";
import {moneySources} from "./read-money-source.js";
import {nationalityRows, nationalityTables} from "./read-nationality-rows.js";
import {listClauseEnd} from "./read-count-list.js";
import {sentenceOperation, type OperationFrame} from "./read-operation.js";
import {listsBareParts, listsPartsOfGroup} from "./read-made-up-of.js";
import {isUnresolvedFiscal} from "../periods/fiscal-year.js";
import {previousTimeframe, statedTimeframe} from "./previous-timeframe.js";
import {yearToAsAtDay, yearToDocumentDate} from "./year-to-document-date.js";
import {datelineDay, meetingDay, pastMonths} from "./read-past-months.js";
import {sharePredicate} from "./share-predicate.js";
import {decisionKind} from "./read-decision-kind.js";
import {unknownPart} from "./read-unknown-part.js";
import {asStatus, statusPredicate} from "./read-as-status.js";
import {pairedZeros, pairItems} from "./read-paired-items.js";
import {applicantPart} from "./read-applicant.js";
import {identityAfter} from "./read-identity.js";
import {apposedParts} from "./read-apposed-parts.js";
import {shareCaseKind} from "./share-case-kind.js";
import {bothKinds} from "./read-both-kinds.js";
import {violationGround} from "./read-violation-ground.js";
import {partitiveWhole} from "./read-partitive-whole.js";
import {unquoteCountedNoun} from "./scare-quoted-noun.js";
import {unAsCountedNoun} from "./as-counted-noun.js";
import {givenTo, otherRegionBefore, peopleBeforeCount, recipientPeople} from "./read-listed-peoples.js";
import {gappedPlaces, opensGappedList} from "./read-gapped-places.js";
import {topicPeople} from "./read-topic-people.js";
import {partBeforeOutOf, partOfWhole, wholeNamedAgain} from "./read-out-of.js";
import {classifiedAs} from "./read-classified-as.js";
import {placeOfWhere} from "./read-place-where.js";
import {continuesByDestination, originSubject} from "./read-origin-brackets.js";
import {SAYING_VERBS} from "../vocabulary/speech.js";
import {blankSpan} from "../text/blank-span.js";
import {caseStage} from "./read-case-stage.js";
import {nameActingBodies} from "./read-acting-body.js";
import {partsByKind} from "./read-kind-parts.js";
import {countDocumentPeople} from "./read-document-people.js";
import {bracketListedFigures} from "./bracket-listed-figures.js";
import {capitaliseElidedParticles} from "./capitalise-elided-particles.js";
import {blankTimeOfDay} from "./blank-time-of-day.js";
import {opensRankPlace, rankPlaceItem} from "./read-rank-place.js";
import {STAGED_LEMMAS} from "../vocabulary/case-stages.js";

const PERSON_NOUN = COUNTED_NOUNS.find((n) => n.lemma === "person")!;
const BODY_HEAD_WORDS = new Set(BODY_HEADS);
// "have since arrested", "has since been granted": "since" as an adverb, counting from a start named before.
// "numbers have since fallen to 3,745" names a level reached, not a count since.
const SINCE_ADVERB =
  /\b(?:has|have|had)\s+since\s+(?:been\s+)?(?!(?:fallen|risen|dropped|increased|decreased|grown|declined|climbed|doubled|halved|reached)\b)[a-z]+(?:ed|en|t)\b/i;
const BACKLOG = new RegExp(String.raw`^\s*(?:${BACKLOG_MARKERS.join("|").replace(/ /g, "\\s+")})\b`);

export interface GeneralOptions {
  reportingPeriod: Period | null;
  documentDate?: string;
  /** The reporting state's ISO alpha-3 code: its government year dates "2020/21" and "the last financial year". */
  stateCode?: string;
  /** Raw spans already read by specs or tables: their numbers are not read again. */
  claimed: [number, number][];
  flatDoc?: FlatText;
  /** Observations below this confidence are kept as candidates. */
  threshold?: number;
  /** The country the document reports on, by its canonical name: "all but two were from <it>" names the rest. */
  state?: string;
  /** The document's kind from its sidecar ("agency_release"): an operational update's perfect tense is a running total. */
  kind?: string;
}

/** A statement read with less confidence than observations need, kept for review with the reason. */
export interface Candidate extends Extracted {
  confidence: number;
  reason: string;
}

export interface GeneralResult {
  /** Numbers seen in the text, in digits or words (those specs had read included). */
  seen: number;
  observations: (Extracted & {confidence: number; signals?: Signal[]})[];
  candidates: Candidate[];
  /** Numbers seen with nothing counted by them: coverage gaps, not statements to review. */
  unread: {start: number; end: number; text: string}[];
  /** Numbers seen and judged not to be statistics, with the rule that excluded them. */
  excluded: {start: number; end: number; text: string; reason: string}[];
}

interface Reading {
  q: Quantity;
  counted: Counted;
  noun: CountedNoun | null;
  indicator?: string;
  family?: Family;
  known?: boolean;
  rule: string;
  confidence: number;
  breakdown: Breakdown;
  part: boolean;
  inParen: boolean;
  /** The category names who did it ("referred by police"): it belongs to this part alone. */
  agent?: boolean;
  /** The provider and verb before the number ("the shelter assisted 19"): what happened is that verb. */
  provided?: {label: string; verb: string};
  /** "all but 15 … were from Kazakhstan": the number counts those the predicate does not describe. */
  complement?: boolean;
  /** The events its indicator was resolved from. */
  events?: string[];
  /** Set off by dashes: an aside no later count is compared with. */
  aside?: boolean;
  /** The citizenship its part's predicate names ("63 of the 64 … are citizens of X"): the part's, not this whole's. */
  partCitizenship?: string;
  /** The count a share or a change restates. */
  shareOf?: ShareReading;
  /** The count an elided one borrows its noun from. */
  antecedent?: Reading;
  /** The state a ranking clause names as where the people went ("Taiwan followed with 49,980"). */
  destination?: string;
  /** The state a list names as this count's, read as a place ("followed by El Salvador (7,803)"). */
  listedState?: string;
  /** The count of people an earlier sentence made, of which this one names who some were. */
  restates?: CountedPeople;
}

/** A count of people an event made, as charted. */
interface CountedPeople {
  indicator: string;
  family: Family;
  value: number;
  confidence: number;
  period: Period;
  /** Counted by an event its sentence names. */
  evented: boolean;
  category: string | null;
  country: string | null;
}

/** Sorts the rows from `from` on by where their number stands (a stable sort keeps a number's periods in order). */
function inTextOrder(rows: Extracted[], from: number): void {
  rows.splice(from, rows.length - from, ...rows.slice(from).sort((a, b) => a.value_start - b.value_start));
}

/** Readings with the shares and changes after the counts they restate. */
const baseFirst = (readings: Reading[]) => [
  ...readings.filter((r) => !r.shareOf),
  ...readings.filter((r) => r.shareOf)
];

const ZERO_RE = new RegExp(
  `(?<![a-z])(${ZERO_BEFORE_NOUN.sort((a, b) => b.length - a.length)
    .map((z) => z.replace(/ /g, "\\s+"))
    .join("|")})\\s+(?=[a-z])`,
  "gi"
);
// "constituted 57.50 per cent of the total population": a people's share of those living in the country.
const SHARE_OF_POPULATION = /\b(?:per\s?cent|percent|%)\s+of\s+the\s+(?:total\s+|whole\s+)?population\b/i;
// "the most recent year for which the government had comprehensive statistics": the year a chapter's figures are of.
const LATEST_DATA_YEAR = /\b(?:the\s+)?(?:most\s+recent|latest|last)\s+(?:full\s+)?year\s+for\s+which\b/i;
// A colon, a dash or "namely" and then a capitalised name: the list the count announced.
const LIST_OPENS = /^\s*(?::|[–—]|,?\s+namely\b,?)\s*(?:the\s+)?\p{Lu}/u;
const VISA_KIND = new Set(VISA_KINDS);
/** Whether the words before "visas" name a kind of visa ("business", "student"), not a qualifier such as "new". */
const visaKind = (modifiers: string) =>
  modifiers !== "" &&
  modifiers
    .toLowerCase()
    .split(/\s+/)
    .every((w) => VISA_KIND.has(w));
// One word may stand between the noun read and its modal ("no migrant worker ought to be detained").
const NORM_AFTER = new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${alternation(NORM_MODALS)})\\b`, "i");
// "could no longer accommodate new arrivals": "no" of an adverb counts nothing.
const NO_ADVERB = new RegExp(`^no\\s+(?:${alternation(NOT_ZERO_AFTER_NO)})\\b`, "i");
const PART_RE = new RegExp(
  `(?:${PART_MARKERS.map((m) => m.replace(/[.]/g, "\\.").replace(/ /g, "\\s+")).join("|")})[\\s,:]*$`,
  "i"
);
// "731 were recorded at Al Makhabah flow monitoring point, 576 at Al Karoob": a part named by the site it was counted
// at, never "at the end of February" or "at least".
const AT_SITE = /^\s*at\s+\p{Lu}/u;
/** What may follow a number whose noun is elided, for it to be read as a count of the neighbour's noun. */
const ELLIPTIC_STOP = new Set([
  "",
  ",",
  ";",
  ")",
  "(",
  ".",
  "and",
  "or",
  "in",
  "for",
  "while",
  "compared",
  "each",
  "of",
  "from",
  "during",
  // "from 27,700 to 40,200 over the 12 months to April 2011": the span a change ran through.
  "over",
  "whereas",
  "respectively",
  // "compared with 221,848 on 1 January", "62,167 by 1 January": a stock restated on another date.
  "on",
  "by",
  "–",
  // "…, and 15 Bangladeshi—in 2020": an aside set off by em dashes ends on its last item.
  "—",
  "-",
  ":"
]);

export function extractStatements(raw: string, paragraphs: Paragraph[], given: GeneralOptions): GeneralResult {
  const options = {...given, reportingPeriod: releaseYear(given.reportingPeriod, given.kind)};
  const flatDoc = options.flatDoc ?? flatten(raw);
  // Headed tables are read with a pipe table's cells a line each, as web tables come out of other converters.
  const tableText = pipeCellsOnLines(raw);
  const threshold = options.threshold ?? 0.5;
  const claimed = new SpanSet(options.claimed);
  const isClaimed = (s: number, e: number) => claimed.overlaps(s, e);
  const result: GeneralResult = {seen: 0, observations: [], candidates: [], unread: [], excluded: []};
  // A weekly release's running totals reach the last day it reports, not the day it was published.
  const reportedEnd = reportedUntil(flatDoc.text, options.documentDate);
  const through = reportedThrough(options.reportingPeriod ?? null, options.documentDate);
  const week = documentWeek(flatDoc.text, options.documentDate);
  const weekStock = weekEndStock(flatDoc.text, week, options.documentDate);
  // A wire item speaks on its dateline's day ("in the past three months", "are living"), else on its date.
  const asOf = datelineDay(flatDoc.text, options.documentDate) ?? meetingDay(flatDoc.text) ?? options.documentDate;
  const until = reportedEnd ?? sinceUntil(options.documentDate, options.reportingPeriod);
  const headline = Math.max(headlineEnd(raw), leadLines(raw).end);
  // A headline's figure the body states again, or rounds ("More than 2,000"), is a restatement; an exact one of its
  // own period that the body never gives is the document's own.
  // Read only when a headline count is weighed: most documents have none, and the body is the whole text.
  let bodyValues: Set<number> | null = null;
  const inBody = (value: number) =>
    (bodyValues ??= new Set(
      findQuantities(flatDoc.text.slice(flatIndexOf(flatDoc, headline))).map((q) => q.value)
    )).has(value);
  // "On Thursday (25/01) …" in an item dated by its month alone says which week its bare weekdays fall in.
  const weekOf = weekAnchor(flatDoc.text, options.documentDate);
  // "Fiscal Year 2016" in an item that speaks for a US federal body is the US government's year.
  const fiscalStateCode = fiscalState(flatDoc.text, options.stateCode);
  // An item relaying a US federal body's fiscal years about another state counts its bare years in them too.
  const relayedFiscal = fiscalStateCode !== options.stateCode ? fiscalCalendar(fiscalStateCode) : null;
  // The last day a stock was counted on: a later stock stated with no date of its own ("stands at 15,536") is on it.
  let lastStock: Period | null = null;
  // The last span a sentence counted "since" a start ("since October"), which "have since arrested" later counts in.
  let lastSince: Period | null = null;
  // The indicator of the first people the document counts (its subject), for people later named by nationality alone.
  let peopleAgain: {indicator: string; family: Family} | null = null;
  // The reporting period as the text states it to the day, once it does.
  let reporting = options.reportingPeriod;
  // "so far this year" in an item that states its figures "from Jan 1 to May 15" runs to that day.
  const toDate = documentYearToDate(flatDoc.text, options.documentDate);
  if (toDate) reporting = refineReporting(toDate, reporting) ?? reporting;
  const statedStockDay = documentStockDay(flatDoc.text, options.documentDate);
  // The last day the document could have counted anything on: its date, or the end of the month or year it names.
  const latestDay = options.documentDate ? lastDayDated(options.documentDate) : "9999-12-31";
  // A stock stated with no day of its own is on the one day the document counts its stocks on, if it names one.
  const documentStockOn = onlyStockDay(flatDoc.text, options.documentDate);
  // A UN report on a country visit speaks of the days of the visit it names.
  const visit = options.kind === "periodic_report" ? visitSpan(flatDoc.text) : null;
  // The year before the report's own, which a chapter sets its figures against.
  const comparisonYear = options.reportingPeriod ? precedingPeriod(options.reportingPeriod) : null;
  // The twelve months a chapter filed under a calendar year states its figures for, once it does.
  let timeframe: Period | null = null;
  // The last calendar year the text named, which "the following year" steps on from.
  let lastYearNamed: number | null = null;
  // The last event day the text named ("on Sunday", "on 1 June"), which "the following day" counts from.
  let lastDayNamed: string | null = null;
  // The values the document has counted so far, kept up as rows are added rather than gathered again per sentence.
  const earlier = new Set<number>();
  const valuesSeen = {observations: 0, candidates: 0};
  // The rows of the last sentence that had any (in this paragraph or one before): what people listed by sex add up to.
  let lastRows: Extracted[] = [];
  for (const paragraph of paragraphs) {
    // "73,973irregular migration attempts": a number glued to its noun in extracted text is read apart from it.
    // "Samoa-598, Philippines-574": a list with figures joined to its names reads as the bracketed list it stands for.
    // "return home to Côte d’Ivoire": a name's elided particle is read in capitals, as the rest of the name is; "on the
    // night of April 11" is read as "on April 11".
    const flat = bracketListedFigures(
      joinSpacedThousands(
        splitGluedNumbers(
          blankNumberFootnotes(
            blankTimeOfDay(capitaliseElidedParticles(flatSlice(flatDoc, paragraph.start, paragraph.end)))
          )
        )
      )
    );
    const paragraphFirst = result.observations.length;
    const locator = paragraph.number || "preamble";
    let topical: Period | null = null;
    let topicalAt = 0;
    // An earlier year a sentence looked back on: only the sentences that continue it ("2268 of these …") are of it.
    let lookback: Period | null = null;
    let reportingHere = reporting;
    let stockTopical: Period | null = null;
    // A running total "since" a year, which the next present-perfect sentences of the same subject go on with.
    let running: Period | null = null;
    let context: Reading[] = [];
    let lastReadings: Reading[] = [];
    let contextPeriod: Period | null = null;
    // The period of the last sentence's counts, which a ranking that goes on from it shares.
    let countsPeriod: Period | null = null;
    let counts: Reading[] = [];
    // The counts of the last sentence with a figure not excluded, and their period: "As a result, the number has
    // increased. Sudan is second with 1,191" places an item of the ranking of counts a sentence or two before.
    let lastCounts: {readings: Reading[]; period: Period | null} = {readings: [], period: null};
    let lastMain: Reading[] = [];
    // The rows of the sentence before, whose counts the parts of the next one may add up to.
    let previousRows: Extracted[] = [];
    // The last count of each kind of people the paragraph counted by an event, which its next sentences may name again.
    const countedPeople = new Map<string, CountedPeople>();
    const cells = [
      ...readYearRows(raw, paragraph.start, paragraph.end),
      ...readYearFirstCells(raw, paragraph.start, paragraph.end)
    ].filter((cell) => !isClaimed(cell.rowStart, cell.rowEnd));
    result.seen += cells.length;
    for (const cell of cells) {
      const label = cell.label ?? "";
      const noun = lastNounIn(label, 0, label.length)?.noun ?? null;
      const resolution = resolveIndicator(noun, false, cell.title ? `${label}; ${cell.title}` : label, flat.text);
      const slug = labelSlug(label);
      const indicator = resolution.known ? resolution.indicator : slug || `column_${cell.column + 1}`;
      result.observations.push({
        spec_id: "general:year-row",
        family: resolution.family,
        indicator,
        unit: noun?.unit ?? "persons",
        period: cell.period,
        country: null,
        citizenship: null,
        sex: null,
        age_group: null,
        category: null,
        value: cell.value,
        approx: null,
        locator: `${locator}`,
        quote_start: cell.rowStart,
        quote_end: cell.rowEnd,
        value_start: cell.start,
        value_end: cell.end,
        confidence: cell.label ? 0.8 : 0.6
      });
    }
    for (const cell of cells) claimed.add(cell.rowStart, cell.rowEnd);
    for (const t of nationalityTables(raw, paragraph.start, paragraph.end).filter((t) => !isClaimed(t.start, t.end))) {
      const rows = nationalityRows(t, flat.text, options.documentDate, locator);
      result.seen += rows.length;
      result.observations.push(...rows);
      if (rows.length) claimed.add(t.start, t.end);
    }
    const runs = readLabelRuns(raw, paragraph.start, paragraph.end).filter((t) => !isClaimed(t.start, t.end));
    for (const t of runs) {
      result.seen += t.cells.length;
      claimed.add(t.start, t.end);
    }
    const headed = [
      ...readYearHeaderTables(tableText, paragraph.start, paragraph.end),
      ...readPeriodHeaderTables(tableText, paragraph.start, paragraph.end)
    ].filter((t) => !isClaimed(t.start, t.end));
    for (const t of headed) claimed.add(t.start, t.end);
    result.observations.push(...yearHeaderRows(headed, flat.text, locator));
    const byColumns = readBreakdownHeaderTables(raw, paragraph.start, paragraph.end).filter(
      (t) => !isClaimed(t.start, t.end)
    );
    for (const t of byColumns) claimed.add(t.start, t.end);
    result.observations.push(...breakdownHeaderRows(byColumns, flat.text, locator, reporting, options.documentDate));
    const yearLists = readYearValueLines(raw, paragraph.start, paragraph.end).filter((t) => !isClaimed(t.start, t.end));
    for (const t of yearLists) claimed.add(t.start, t.end);
    result.observations.push(...yearValueRows(yearLists, flat.text, locator, options.state));
    const monthly = readMonthRowTables(raw, paragraph.start, paragraph.end).filter((t) => !isClaimed(t.start, t.end));
    for (const t of monthly) claimed.add(t.start, t.end);
    result.observations.push(...monthRowObservations(monthly, flat.text, locator, raw));
    const listed = readLeadLists(raw, paragraph.start, paragraph.end).filter((t) => !isClaimed(t.start, t.end));
    for (const t of listed) claimed.add(t.start, t.end);
    result.observations.push(
      ...leadListObservations(listed, flat.text, locator, reporting, options.documentDate, fiscalStateCode)
    );
    const labelled = readLabelValueLines(raw, paragraph.start, paragraph.end).filter((t) => !isClaimed(t.start, t.end));
    const labelRows = labelValueObservations(
      labelled,
      flat.text,
      locator,
      raw,
      reporting,
      options.documentDate,
      fiscalStateCode
    );
    // Lines read as sentences are left to the sentence reader when the title says too little to read them here.
    for (const t of labelled)
      if (labelRows.some((r) => r.value_start >= t.start && r.value_end <= t.end)) claimed.add(t.start, t.end);
    result.observations.push(...labelRows);
    const breaks = [
      ...headingBreaks(raw, flat.offsets, flat.text),
      ...leadLineBreaks(raw, flat),
      ...headlineBreaks(raw, flat),
      ...subheadingBreaks(raw, flat.offsets, flat.text),
      ...breaksAfter(raw, [...runs, ...headed, ...byColumns, ...yearLists, ...monthly, ...listed, ...labelled], flat),
      ...bulletBreaks(flat.text),
      ...chromeBreaks(raw, flat),
      ...chromeLineBreaks(raw, flat)
    ].sort((a, b) => a - b);
    let operation: OperationFrame | null = null;
    for (const [sStart, sEnd] of splitSentences(flat.text, breaks)) {
      // "1,993: interceptions in Quebec": a figure's line in a box of figures reads as the figure before its label
      // (the colon becomes a space, so every offset stays where it was).
      const text = figureColonLine(flat.text.slice(sStart, sEnd));
      const sentenceFirst = result.observations.length;
      operation = sentenceOperation(text, toRaw(flat, sStart, sEnd)[0], raw, operation);
      // "… whose Customs and Border Protection detained 2.76 million in fiscal year 2022": that body's year, in any item.
      const frame = frameSentence(
        text,
        options.documentDate,
        reportingHere,
        sentenceFiscalState(text, fiscalStateCode),
        weekOf
      );
      frame.periods = alignToday(
        alignYearToDate(
          withoutLateNow(frame.periods, text, options.reportingPeriod, options.documentDate),
          toDate?.end ?? null
        ),
        // "currently" in a weekly release is the last day of its week.
        statedStockDay ?? weekStock?.end ?? null
      );
      const months = [...pastMonths(text, asOf), ...pastDays(text, asOf), ...lastWeek(text, asOf)].filter(
        (m) => !frame.periods.some((p) => p.start < m.end && m.start < p.end)
      );
      frame.periods = alignRunning(
        [...frame.periods, ...pastWeek(text, week, asOf), ...months].sort((a, b) => a.start - b.start),
        reportedEnd,
        options.documentDate
      );
      frame.periods = withoutPublicationTimes(text, ownYearThrough(frame.periods, through));
      // "During the Special Rapporteur's visit, there were 300 women detained": the days of the visit.
      const visitPeriod = frame.periods.length ? null : visitTime(text, visit);
      if (visitPeriod) frame.periods = [visitPeriod];
      frame.periods = withFollowingYears(text, frame.periods, lastYearNamed);
      frame.periods = withFollowingDays(text, frame.periods, lastDayNamed);
      // The period the last count before this sentence was read in is what "during the same period" means.
      const lastCounted = result.observations.at(-1)?.period;
      frame.periods = samePeriodBefore(text, frame.periods, lastCounted && !lastCounted.stock ? lastCounted : null);
      lastDayNamed = lastDayOf(frame.periods) ?? lastDayNamed;
      if (relayedFiscal) frame.periods = asFiscalYears(frame.periods, relayedFiscal);
      lastYearNamed = lastYearOf(frame.periods) ?? lastYearNamed;
      frame.periods = previousTimeframe(frame.periods, reportingHere, timeframe);
      timeframe = statedTimeframe(frame.periods, options.reportingPeriod) ?? timeframe;
      // In a text without numbered paragraphs, a period that opened an earlier block of lines does not date this one's counts.
      const staleTopical = Boolean(
        topical && !paragraph.number && blockBetween(raw, ...toRaw(flat, topicalAt, sStart + 1))
      );
      const ownTopical: Period | null = topical;
      const lookedBack = lookback;
      if (lookback && continues(text)) topical = lookback;
      else lookback = null;
      const opening = openingPeriod(frame, until);
      // "The federal police have since arrested more than 700 smugglers": the span the text last counted since.
      const sinceAdverb = SINCE_ADVERB.test(text) ? lastSince : null;
      lastSince = sinceSpanIn(text, frame.periods, until) ?? lastSince;
      const runHere = runningSince(text, frame.periods[0]?.start, opening);
      // A year or a quarter or more frames the sentences after it (a running total "since" a year does not);
      // a month opening one sentence frames only that sentence.
      // A day a release counts a stock on ("As of 1 July, …") frames the stocks after it, never a flow.
      const stockDay = opening && frame.periods[0].pattern === "stock_day";
      if (framesFollowing(frame, opening)) {
        if (stockDay) stockTopical = opening;
        // "In 2018, the government did not provide details …": a year before the report's own period is looked back
        // on in that sentence alone; the sentences after it speak of the report's period again.
        // "In 2020, the most recent year for which official data was available, …" names the year of the figures after it.
        else if (comparisonYear && opening.label === comparisonYear.label && !LATEST_DATA_YEAR.test(text))
          lookback = opening;
        else [topical, topicalAt] = [opening, sStart];
      }
      // "Top countries of origin are Syria (631) …" lists the origins of the last count, named or not in the registry.
      // "Most were Central Americans, more than 40,100, …": a list of groups goes on from the sentence just before too.
      // "In second place are those from Cuba with 18,087 requests": a place of a ranking goes on from the last count.
      const rankPlace = opensRankPlace(text);
      const ranking = continuesPeopleRanking(text) || continuesGroupList(text) || rankPlace;
      if (rankPlace && counts.length === 0) [counts, countsPeriod] = [lastCounts.readings, lastCounts.period];
      // "Burmese followed, at 368": a ranking goes on from the sentence just before, named in the registry or not.
      const listed =
        (context.length === 0 &&
          (opensOriginList(text) || continuesByDestination(text) || restatesFigure(text) || continuesByPlace(text))) ||
        ranking
          ? counts
          : context;
      // "This included …" lists the parts of the sentence just before, and of no sentence before that.
      const readings = readSentence(
        unAsCountedNoun(unquoteCountedNoun(unbracketQuantified(unbracketChange(text)))),
        flat.text,
        opensOnIncluded(text) ? lastMain : listed,
        options.state,
        lastReadings
      );
      lastReadings = readings.filter((r) => !r.q.excluded && r.noun);
      // "Among the crimes committed by the 65 deportees": a group the document counted before, named again.
      for (; valuesSeen.observations < result.observations.length; valuesSeen.observations++)
        earlier.add(result.observations[valuesSeen.observations].value);
      for (; valuesSeen.candidates < result.candidates.length; valuesSeen.candidates++)
        earlier.add(result.candidates[valuesSeen.candidates].value);
      const again = new Set<number>();
      for (const r of readings)
        if (!r.q.excluded && r.q.kind === "count" && wholeNamedAgain(text.slice(0, r.q.start), r.q.value, earlier)) {
          r.q = {...r.q, excluded: "a group named again"};
          again.add(r.q.value);
        }
      // "… the 17 deportees, but maintained they are all Liberians": "all" of a group named again is no new count.
      for (const r of readings)
        if (r.rule === "all" && again.has(r.q.value)) r.q = {...r.q, excluded: "a group named again"};
      counts = readings.filter((r) => !r.q.excluded && r.indicator && r.noun && !r.inParen);
      if (opening && readings.some((r) => r.indicator && !r.q.excluded))
        reportingHere = paragraphReportingPeriod(opening, options.reportingPeriod) ?? reportingHere;
      // "120 and 140 victims in 2016 and 2017, respectively": each count of the list takes its own period.
      const respective = respectively(
        text,
        frame.periods,
        readings.filter((r) => !r.q.excluded).map((r) => r.q),
        options.documentDate
      );
      for (const r of readings)
        if (respective.days.some((d) => d.start === r.q.start)) r.q = {...r.q, excluded: "date"};
      // "in 2014 – 740, in 2013 – 945": a figure a dash pairs with the year before it is of that year.
      for (const r of readings) {
        const paired = r.q.excluded || respective.periods.has(r.q.start) ? null : yearBeforeDash(text, r.q.start);
        if (paired) respective.periods.set(r.q.start, paired);
      }
      const main = mainReadings(readings);
      lastMain = main;
      // "Of that number, 3,743 were …": the parts of the sentence before are counted on its day or in its period.
      // "There are 68 in …, 34 in …": parts by place are counted in the period of the whole before them.
      const continuedPeriod: Period | null =
        continues(text) || countsByPlace(text) || continuesGroupList(text)
          ? // "This was a decrease compared with 332 investigations": the figure of the period before.
            opensOnComparison(text) && (contextPeriod ?? lastCounted)
            ? precedingPeriod((contextPeriod ?? lastCounted)!)
            : contextPeriod
          : ranking
            ? countsPeriod
            : null;
      const mainPeriods: Period[] = [];
      // "Since the state of alarm was declared, … 745": the span the next sentence states.
      const sinceSpan = sinceEventSpan(
        text,
        sentenceAfter(raw, toRaw(flat, sStart, sEnd)[1]),
        options.documentDate,
        reportingHere
      );
      let sentenceCountPeriod: Period | null = null;
      // Read before this sentence's own counts join the earlier ones.
      const wholeAgain = readings
        .map((r) => wholeAgainPeriod(text.slice(0, r.q.start), r.q.value, result.observations))
        .find((p) => p !== null);
      // "Sudan is second with 1,191 refugees": one item of a ranking is no whole that later parts are of.
      if (main.length && !rankPlace) context = main;
      else {
        // "Uzbeks were the fourth largest group. 10,200 of them lived …": a sentence about a people, with no
        // number, says whom the next sentence's "of them" counts.
        const people = peopleSubject(text);
        if (people) context = context.map((r) => ({...r, breakdown: {...r.breakdown, citizenship: people}}));
      }
      // A share or change is read after the count it restates, on that count's day or in its period.
      const periodsOf = new Map<Reading, Period[]>();
      const statedOf = new Map<Reading, Period[]>();
      const siblings = new Set<Reading>();
      const candidateFirst = result.candidates.length;
      // The names the reader made up for people a restated part showed to be of an earlier count.
      const renamed = new Map<string, CountedPeople>();
      const sentencePeople: [string, CountedPeople][] = [];
      const firstCount = readings
        .filter((o) => o.q.kind === "count" && !o.q.excluded)
        .sort((a, b) => a.q.start - b.q.start)[0];
      for (const r of baseFirst(readings)) {
        const [vs, ve] = toRaw(flat, sStart + r.q.start, sStart + r.q.end);
        result.seen++;
        if (!r.q.excluded && paragraphNumberLine(raw, vs, ve)) r.q = {...r.q, excluded: "list or paragraph number"};
        if (r.q.excluded) {
          result.excluded.push({start: vs, end: ve, text: r.q.text, reason: r.q.excluded});
          continue;
        }
        if (isClaimed(vs, ve)) continue;
        if (!r.indicator) {
          result.unread.push({start: vs, end: ve, text: r.q.text});
          continue;
        }
        // "Japan was the largest market …, accounting for 71,156": a state ranked as where people went, in a document
        // whose people left for work abroad, counts them.
        if (r.destination && peopleAgain && LEFT_ABROAD_INDICATOR.test(peopleAgain.indicator)) {
          [r.indicator, r.family, r.known, r.rule] = [peopleAgain.indicator, peopleAgain.family, true, "destination"];
          [r.breakdown.country, r.confidence] = [r.destination, 0.7];
        }
        // "The number of Syrians increased from 27 to 88": people named by their nationality alone, with nothing done
        // to them, are of the people the document is about, the first it counted.
        // "Omanis (2,686,797) constituted 57.50 per cent of the total population": a share of the population is who
        // lives there, nothing done to them.
        if (!r.known && peopleAgain && namedByNationality(r) && !SHARE_OF_POPULATION.test(text)) {
          r.indicator = peopleAgain.indicator;
          r.family = peopleAgain.family;
          r.known = true;
          r.rule = "people-again";
          // Less sure than a count whose own words name its indicator.
          r.confidence = 0.7;
        }
        // "The government identified 21 victims. Seven victims were Namibian and 14 were foreign nationals": people the
        // paragraph counted by an event, named again by a copula with only who they were, are a part of that count in
        // its period (a part the registry names already keeps its indicator; a later count of the sentence is a part
        // of the one before it, unless it continues such a part).
        const again =
          r.noun && restatedPart(text, r)
            ? r === firstCount
              ? countedPeople.get(r.noun.lemma)
              : renamed.get(r.indicator)
            : undefined;
        if (again && r.q.value <= again.value) {
          renamed.set(r.indicator, again);
          r.restates = again;
          if (!r.known) {
            [r.indicator, r.family, r.known, r.rule] = [again.indicator, again.family, true, "restated-part"];
            // "The shelter assisted 35 victims … Ten victims were men": the part is of the whole's kind and place.
            r.breakdown.category ||= again.category ?? undefined;
            r.breakdown.country ||= again.country ?? undefined;
          }
        }
        // A stock's change ("went up by 527 as compared to the previous quarter") happened over a span, not on a day.
        const stock = !r.indicator.endsWith("_change") && Boolean(INDICATOR_BY_ID.get(shareBase(r.indicator))?.stock);
        const own = respective.periods.get(r.q.start);
        // "increased from 25 in 2016 to 111": the year after "from" dates the figure before "to" alone.
        const fromYear = own ? null : datedFromYear(text.slice(Math.max(0, r.q.start - 80), r.q.start));
        const ownStated = (
          own ? [own] : sentencePeriods(frame, r.q.start, until).filter((p) => p.label !== fromYear)
        ).map((p) =>
          flowToDay(
            p,
            frame,
            stock,
            // The parts of a total counted by an event are events too.
            readings.some((o) => o.indicator === r.indicator && o.events?.length)
          )
        );
        // "85,209 from Tanzania, as against 184 from Kenya": a sibling part stating no period shares its antecedent's.
        // "…, as against 184 from Kenya and 184 from DR Congo": the next sibling is set against the same count.
        // "2,406 Tunisians in 2017, compared with 880 Moroccans": a count naming its own noun is set against the last
        // count of the same indicator before it.
        const headOf = (x: Reading) =>
          x.antecedent ??
          readings.filter((o) => o.indicator === x.indicator && !o.inParen && o.q.end <= x.q.start).at(-1);
        let head = headOf(r);
        while (head && siblings.has(head)) head = headOf(head);
        const sibling =
          !ownStated.length &&
          head &&
          comparedSibling(
            frame,
            {end: head.q.end, breakdown: head.breakdown},
            {start: r.q.start, breakdown: r.breakdown}
          )
            ? statedOf.get(head)
            : undefined;
        if (sibling?.length) siblings.add(r);
        const stated = sibling?.length ? sibling : ownStated;
        statedOf.set(r, stated);
        const remainder = stated.length
          ? null
          : remainderPeriod(text.slice(0, r.q.start), r.indicator, r.q.value, result.observations);
        const unstated = stock
          ? (opening ??
            stockTopical ??
            lastStock ??
            // "In 2017, … There are 5 million refugees" in an update of June 2017: a year still running holds no stock's day.
            (topical && !staleTopical && !runsOn(topical, asOf) ? topical : null) ??
            visit ??
            weekStock ??
            documentStockOn ??
            documentStock(asOf) ??
            monthEnd(options.reportingPeriod))
          : ((running && continuesRun(text, r.q.start) ? running : null) ??
            sinceAdverb ??
            (stockDay ? null : opening) ??
            (bracketCompares(frame, r.q.end, topical) || staleTopical ? null : topical) ??
            // "Staff interviewed 900 potential victims (700 in 2014)" after a look back on 2015: the year before it.
            (lookedBack && bracketCompares(frame, r.q.end, precedingPeriod(lookedBack)) ? lookedBack : null) ??
            // "Police identified 552 suspects (compared to 523 in 2017)" in a chapter on 2019, in a paragraph that gave
            // figures of 2018: figures a year late, as the most recent a government had, are compared with the year
            // before their own (and not with 2018 too).
            (comparisonYear &&
            result.observations.slice(paragraphFirst).some((o) => o.period.label === comparisonYear.label) &&
            bracketCompares(frame, Math.max(r.q.end, r.counted.end), precedingPeriod(comparisonYear)) &&
            !bracketCompares(frame, Math.max(r.q.end, r.counted.end), comparisonYear)
              ? comparisonYear
              : null) ??
            perfectStock(text, r.q.start, reporting, options) ??
            reporting);
        // A change's "from" figure dated by the change written before it is of that period already.
        const changeDated = parallelChangePeriod(text, frame.periods, r.q.start) !== null;
        const periods: Period[] = (
          stated.length
            ? stated
            : [remainder ?? wholeAgain ?? r.restates?.period ?? continuedPeriod ?? sinceSpan ?? unstated].filter(
                (p): p is Period => p !== null
              )
        ).map(
          (p) =>
            // A stock counted during a visit stands through the visit's days, not on its last.
            (visit && p.label === visit.label ? p : null) ??
            wholeYear(text.slice(r.q.end), p) ??
            periodEndStock(text, p, stock) ??
            seriesYearEnd(text, r.q.start, r.q.end, p, stock) ??
            (changeDated ? null : changeFromPeriod(text, r.q.start, r.q.end, p)) ??
            sameSpanOfYear(text, frame.periods, r.q.start, p) ??
            (COMPARED_OPENING.test(text) ? spanInYear(p, continuedPeriod) : null) ??
            upFromStock(text, r.q.start, r.q.end, p) ??
            flowToDate(text, r.q.start, p) ??
            rollingMonths(text.slice(0, r.q.start), p) ??
            yearToAsAtDay(text, p, stock) ??
            yearToDocumentDate(text, p, options.documentDate, stock, options.reportingPeriod ?? null) ??
            p
        );
        // An undated estimate of people staying irregularly stands on the day the document is dated to.
        const day = !stated.length && isIrregularStock(text, r.q.start, r.q.end) ? documentDay(asOf) : null;
        if (day) periods.splice(0, periods.length, day);
        // "(200 compared to 252)": the second of a bracketed pair is of the period before the first's.
        if (bracketPairSide(text, r.q.start) === "before")
          periods.splice(0, periods.length, ...periods.map((p) => precedingPeriod(p) ?? p));
        // "… from Tanzania, as against 184 from Kenya": a figure of another part is set against the count's part, not its period.
        const headPeriods = head && sameBreakdown(head.breakdown, r.breakdown) ? periodsOf.get(head) : undefined;
        if (headPeriods?.length === 1 && periods.length === 1)
          periods.splice(
            0,
            1,
            comparedFigurePeriod(text.slice(Math.max(0, r.q.start - 40), r.q.start), periods[0], headPeriods[0])
          );
        const baseOf = r.shareOf ? periodsOf.get(r.shareOf as Reading) : undefined;
        if (baseOf?.length) periods.splice(0, periods.length, ...baseOf);
        // "… were children (the same number as in 2019)": the figure is that period's too.
        const same = sameAsPeriod(text, Math.max(r.q.end, r.counted.end), frame.periods);
        if (same && !periods.some((p) => p.label === same.label)) periods.push(same);
        periodsOf.set(r, periods);
        const fromDocument =
          !stated.length &&
          !remainder &&
          !wholeAgain &&
          !continuedPeriod &&
          !sinceSpan &&
          (unstated === reporting || unstated === options.reportingPeriod || (stock && !opening && !topical));
        const signals = weakSignals({
          text,
          start: r.q.start,
          end: r.q.end,
          countedEnd: r.counted.end,
          value: r.q.value,
          known: Boolean(r.known),
          noun: r.noun,
          word: r.q.word,
          inParen: r.inParen,
          approx: r.q.approx,
          category: allowedBreakdown(r.indicator, r.breakdown).category,
          documentPeriod: fromDocument
        });
        const unweighed = r.confidence - (stated.length ? 0 : 0.1);
        // A part is as sure as the count whose words name it.
        let confidence = r.restates && r.rule === "restated-part" ? r.restates.confidence : weigh(unweighed, signals);
        let reason = r.indicator ? "" : "nothing counted";
        if (periods.length === 0) {
          reason = "no period";
          confidence = 0;
        }
        if (!r.known && r.indicator) reason = "indicator not in the registry";
        // Kept for its weak signals alone: the review says which.
        if (confidence < threshold && unweighed >= threshold) reason = `${reason}; ${weighedSignals(signals)}`;
        if (isForecast(text, r.q.start)) [confidence, reason] = [0, "a forecast, aim or plan, not a count"];
        if (foreseenBeneficiaries(text, r.q.start, r.q.end, r.counted.end))
          [confidence, reason] = [0, "the people a project foresees helping"];
        if ((!r.noun || r.noun.person) && (healthOutcome(text, r.counted.end) || healthOutcome(text, r.q.end)))
          [confidence, reason] = [0, "a health outcome, not a migration event"];
        if (!stated.length && isRate(text, r.q.start, r.q.end)) [confidence, reason] = [0, "a rate with no period"];
        if (stated.length && ownRate(text, r.q.end)) [confidence, reason] = [0, "a rate, not a count of its period"];
        if (!stated.length && runningSoFar(text)) [confidence, reason] = [0, "a running total from no stated start"];
        if (periods.some(isUnresolvedFiscal)) [confidence, reason] = [0, "a government year of no known calendar"];
        if (
          stated.length &&
          beforeYear(
            text,
            frame.periods.find((p) => p.period === stated[0])
          )
        )
          [confidence, reason] = [0, "a time before the year named"];
        // "During a previous reporting period, the DOJ assigned 4 …": some earlier period, which no reader can date.
        if (!stated.length && INDEFINITE_PERIOD.test(text.slice(0, r.q.start)))
          [confidence, reason] = [0, "an earlier period not named"];
        // A headline restates the text's figures without their dates.
        if (vs < headline && (!stated.length || r.q.approx || inBody(r.q.value)))
          [confidence, reason] = [Math.min(confidence, 0.3), "headline"];
        // "have placed 312 women in jobs", blocks after the year a block opened with: an undated achievement.
        const starts = frame.periods.map((p) => p.start);
        if (undatedNow(text, r.q.start, starts, options.documentDate))
          [confidence, reason] = [0, "stated for a day not given"];
        const borrowed = !stated.length && !opening && topical && !paragraph.number;
        if (borrowed && isPresentPerfect(text, r.q.start) && blockBetween(raw, ...toRaw(flat, topicalAt, sStart)))
          [confidence, reason] = [0, "no period of its own"];
        const [qs, qe] = toRaw(flat, sStart, sEnd);
        const breakdown = allowedBreakdown(r.indicator, r.breakdown);
        for (const period of periods.length
          ? periods
          : [{label: "", start: "", end: "", partial: false, stock: false}]) {
          const row: Extracted = {
            spec_id: `general:${r.rule}`,
            family: r.family ?? "other",
            indicator: r.indicator ?? "count",
            unit: unitOf(r),
            period,
            country: breakdown.country ?? null,
            citizenship: breakdown.citizenship ?? null,
            sex: breakdown.sex ?? null,
            age_group: breakdown.age_group ?? null,
            category: breakdown.category ?? null,
            value: r.q.value,
            approx: r.q.approx,
            locator,
            quote_start: qs,
            quote_end: qe,
            value_start: vs,
            value_end: ve
          };
          if (main.includes(r) && periods.length) mainPeriods.push(period);
          if (r === counts[0]) sentenceCountPeriod ??= period;
          if (confidence >= threshold && r.indicator && periods.length) {
            result.observations.push({...row, confidence, signals});
            if (r.known && r.noun?.person && r.q.kind === "count")
              peopleAgain ??= {indicator: row.indicator, family: row.family};
            if (r.noun?.person && r.q.kind === "count" && !r.part)
              sentencePeople.push([
                r.noun.lemma,
                {...row, confidence, period: periods[0], evented: Boolean(r.events?.length)}
              ]);
          } else result.candidates.push({...row, confidence, reason: reason || signals.join(", ") || "low confidence"});
        }
      }
      // Rows stay in the order of the text, whatever order their readings were resolved in.
      inTextOrder(result.observations, sentenceFirst);
      inTextOrder(result.candidates, candidateFirst);
      // "Togo and Benin (3 each)": the figure read for one state of the pair stands for the other too.
      const pairs = eachPairs(text);
      if (pairs.length) {
        const at = (p: EachPair) => toRaw(flat, sStart + p.start, sStart + p.end)[0];
        result.observations.push(...eachPairRows(pairs, result.observations.slice(sentenceFirst), at));
        result.candidates.push(...eachPairRows(pairs, result.candidates.slice(candidateFirst), at));
      }
      if (frame.periods.length === 0) {
        const held = result.candidates.slice(candidateFirst);
        const taken = partsOfWhole(held, lastRows);
        if (taken.length) {
          for (const i of taken.reverse()) {
            const {reason: _reason, ...row} = result.candidates.splice(candidateFirst + i, 1)[0];
            result.observations.push(row);
          }
          inTextOrder(result.observations, sentenceFirst);
        }
      }
      // "… identified 37 victims in 2020 and 124 in 2019": after counts of two periods, a part is of neither.
      for (const [lemma, people] of sentencePeople)
        if (sentencePeople.some(([l, o]) => l === lemma && o.period.label !== people.period.label))
          countedPeople.delete(lemma);
        else if (people.evented && sentencePeople.find(([l]) => l === lemma)?.[1] === people)
          countedPeople.set(lemma, people);
      const sentenceRows = result.observations.slice(sentenceFirst);
      if (frame.periods.length === 0) takeWholesFrame(sentenceRows, previousRows);
      previousRows = sentenceRows;
      if (sentenceRows.length) lastRows = sentenceRows;
      // A sentence comparing periods ("45 in 2019 and 49 in 2018") gives the parts after it no one period.
      // A sentence with no count of its own ("Below is the breakdown:") keeps the counts before it, and their period.
      if (main.length)
        contextPeriod = mainPeriods.every((p) => p.label === mainPeriods[0].label) ? (mainPeriods[0] ?? null) : null;
      countsPeriod = counts.length ? (sentenceCountPeriod ?? null) : null;
      // Figures the reader could not count stand between the last counts and any ranking after them.
      if (counts.length || readings.some((r) => !r.q.excluded)) lastCounts = {readings: counts, period: countsPeriod};
      const sentence = {
        text,
        toRaw: (a: number, b: number) => toRaw(flat, sStart + a, sStart + b),
        quote: toRaw(flat, sStart, sEnd)
      };
      result.observations.push(...universalRows(sentence, result.observations.slice(paragraphFirst), raw));
      // What a sentence under a named operation counts is that operation's part of the totals.
      if (operation) for (const o of result.observations.slice(sentenceFirst)) o.category ??= operation.name;
      if (lookback && topical === lookback) topical = ownTopical;
      running = runHere ?? (frame.periods.length ? null : running);
      for (const p of frame.periods) reporting = refineReporting(p.period, options.reportingPeriod) ?? reporting;
      // An undated stock in the present tense stands on the latest day the document counts one on.
      for (const p of frame.periods) {
        // The days of a visit are no day a stock was counted on.
        if (visit && p.period.label === visit.label) continue;
        // "At the end of 2009, the number of registered foreign residents was …": that day counts the stocks after it.
        const day = p.pattern === "stock_day" && p.period.stock ? p.period : periodEndStock(text, p.period, true);
        // "… as of 2018" in an item of February 2018 names a day yet to come, on which nothing was counted.
        if (day && day.end <= latestDay && (!lastStock || day.end > lastStock.end)) lastStock = day;
      }
    }
    const place = {start: paragraph.start, text: flat.text, locator};
    result.observations.push(...labelRunRows(raw, runs, result.observations, place, options.reportingPeriod));
  }
  resolveDollars([...result.observations, ...result.candidates], options.stateCode, flatDoc.text);
  nameActingBodies(raw, result.observations);
  // "South Sudanese Refugee Response": a release about one people counts that people where a count names none.
  countDocumentPeople(raw, result.observations, options.state);
  return result;
}

// "3,004 (27.1%) Filipinos": the share a count's bracket gives stands between it and what it counts.
const SHARE_BRACKET =
  /^\s*\(\s*(?:(?:about|some|nearly|almost|over|around)\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*\)/;

// "27,821 (14,977 in 2018) non-Nigerien migrants", "57 (63 in 2017) victims": a year's figure set between a count and its noun.
const YEAR_FIGURE_BRACKET =
  /^\s*\(\s*(?:(?:about|some|nearly|almost|over|around)\s+)?(?:\d[\d.,]*(?:\s+(?:thousand|million))?|[a-z]+(?:-[a-z]+)?)\s+(?:in|during)\s+(?:19|20)\d\d\s*\)(?=\s+\p{L})/u;

// "1,505 (783 men and 722 women) Somali returnees": parts by sex or age set in a bracket between a count and its noun.
const PARTS_BRACKET = new RegExp(String.raw`^\s*\(\s*${PERSON_PARTS}\s*\)(?=\s+\p{L})`, "u");

function afterShare(text: string, end: number): number {
  const m =
    SHARE_BRACKET.exec(text.slice(end, end + 32)) ??
    PARTS_BRACKET.exec(text.slice(end, end + 120)) ??
    YEAR_FIGURE_BRACKET.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : end;
}

function unitOf(r: Reading): string {
  if (r.q.unit) return r.q.unit;
  return r.noun?.unit ?? "persons";
}

/** Reads every number of one sentence and links elliptic ones to the noun they share. */
export function readSentence(
  text: string,
  paragraph: string,
  previous: Reading[] = [],
  state?: string,
  /** Every count the sentence before read, known to the registry or not: what "an additional 13" leaves out. */
  priorReadings: Reading[] = []
): Reading[] {
  const context = continued(text, previous);
  const quantities = findQuantities(text);
  // "did not report prosecuting or convicting any traffickers": a zero per act, each reading the noun after "any".
  const negatedList = negatedZeros(text);
  const negated = new Map(negatedList.map((n) => [n.zero.start, n.nounAt]));
  for (const z of [...negatedList.map((n) => n.zero), ...zeros(text), ...comparisonZeros(text), ...pairedZeros(text)])
    if (!quantities.some((q) => q.start < z.end && z.start < q.end)) quantities.push(z);
  // "one in five were Romanian citizens": a fraction of a group replaces the numbers it was read as (a ratio).
  for (const f of findFractions(text)) {
    const overlapping = quantities.filter((q) => q.start < f.end && f.start < q.end);
    // "two thirds of which": the number word is the fraction's numerator, not a count.
    if (overlapping.some((q) => !q.excluded && !(q.word && f.text.toLowerCase().startsWith(q.text.toLowerCase()))))
      continue;
    quantities.splice(0, quantities.length, ...quantities.filter((q) => !overlapping.includes(q)), f);
  }
  quantities.sort((a, b) => a.start - b.start);
  // "…, one in Mwanza and 12 in Mara": in a list of counts by place "one" is a count, not a pronoun.
  const byPlace = countsByPlace(text);
  // "between 150 and 180 migrants": each end of the range, by the sentence offset of its number.
  const bounds = new Map<number, "lower bound" | "upper bound">();
  for (const [k, q] of quantities.entries())
    if (byPlace && q.excluded === "not a count") quantities[k] = {...q, excluded: null};
    else if (q.kind === "count" && !q.excluded && opensShareRange(text, q.end, q.value))
      quantities[k] = {...q, excluded: "share range"};
    else if (q.kind === "count" && !q.excluded && restatedGroup(text, q.start))
      quantities[k] = {...q, excluded: "a group named again"};
    else if (q.kind === "count" && !q.excluded && countRange(text, q.start, q.end)) {
      const bound = betweenBound(text, q.start, q.end);
      if (bound) bounds.set(q.start, bound);
      else quantities[k] = {...q, excluded: "a range of counts"};
    }
  // "between 9 and 10 million": the lower end shares the multiplier written after the upper one.
  for (const [k, q] of quantities.entries()) {
    const upper = quantities[k + 1];
    if (bounds.get(q.start) !== "lower bound" || !upper || bounds.get(upper.start) !== "upper bound") continue;
    const value = sharedMultiplier(q, upper);
    if (value !== null) quantities[k] = {...q, value};
  }
  // Bracket depth at each number, from one pass over the sentence (not a rescan per number).
  const depthAt: number[] = [];
  const asides = dashAsides(text);
  {
    let depth = 0,
      i = 0;
    for (const q of quantities) {
      for (; i < q.start; i++) depth += text[i] === "(" ? 1 : text[i] === ")" ? -1 : 0;
      depthAt.push(depth);
    }
  }
  const readings: Reading[] = quantities.map((q, index) => {
    const counted =
      q.kind === "count"
        ? q.value === 0 && q.word
          ? readCounted(text, afterNoneOf(text, negated.get(q.start) ?? q.end))
          : readAppositive(text, q.start, afterShare(text, q.end))
        : {noun: null, end: q.end, breakdown: {}, stop: "", copular: false, modifiers: ""};
    const depth = depthAt[index];
    return {
      aside: asides.some(([s, e]) => q.start > s && q.start < e),
      q,
      counted,
      noun: counted.noun,
      rule: "count",
      confidence: 0,
      breakdown: {...counted.breakdown},
      part: false,
      inParen: depth > 0
    };
  });
  // "increased by 7 percent", "went up by 527 persons (3.0 percent)": a change stated in percent is read as one.
  for (const r of readings)
    if (r.q.excluded && (r.q.kind === "percent" ? isPercentChange : isCountChange)(text, r.q.start, r.q.end))
      r.q = {...r.q, excluded: null};
  for (const r of readings) {
    if (!r.q.excluded || !isAllBut(text, r.q.start)) continue;
    const complement = complementOf(text.slice(r.q.end), state);
    if (!complement) continue;
    r.q = {...r.q, excluded: null};
    r.breakdown = complement;
    r.complement = true;
  }
  for (const n of negatedList) Object.assign(readings.find((r) => r.q.start === n.zero.start)?.breakdown ?? {}, n.own);
  // "Victims of inward trafficking were 45": a predicate number whose subject names a kind of persons counts them.
  for (const r of readings) {
    const kind = r.q.excluded === "predicate, not a count" ? kindOfSubject(text.slice(0, r.q.start)) : null;
    if (!kind) continue;
    r.q = {...r.q, excluded: null};
    r.breakdown = {...kind.breakdown, category: kind.category};
  }
  // "…, 1,306 Kayin State, …": an item of a list before a place inside the country is a count, not a name.
  for (const r of readings)
    if (
      r.q.excluded === "name" &&
      /,\s*(?:and\s+)?$/.test(text.slice(0, r.q.start)) &&
      subnationalPart(text.slice(r.q.end), "")
    )
      r.q = {...r.q, excluded: null};
  // "filed by citizens of three countries: Russia (2,600), …": how many places a list names, before the list.
  for (const r of readings)
    if (!r.q.excluded && r.noun?.lemma === "place" && LIST_OPENS.test(text.slice(r.counted.end)))
      r.q = {...r.q, excluded: "the number of places a list names"};
  const live = readings.filter((r) => !r.q.excluded);
  // "with 8,013 returning on their own choice, …, 1,756 whose visas expired": parts listed by reason count no noun
  // of their own (the visas are the reason, not what is counted).
  const reasons = new Set<Reading>();
  if (
    listsReasons(
      text,
      live.map((r) => r.q.start),
      live.map((r) => r.q.end)
    )
  )
    for (const r of live) {
      const reason = r.q.kind === "count" ? reasonAfter(text.slice(r.q.end)) : null;
      if (!reason) continue;
      reasons.add(r);
      r.counted = {...r.counted, noun: null, end: r.q.end, stop: "", modifiers: "", breakdown: {}};
      r.noun = null;
      r.breakdown = {category: reason};
    }
  // "five were subjected to forced labor", "221 persons - sexual exploitation", "312 of which concerned trafficking":
  // the predicate names the part's category.
  const named = new Set<Reading>();
  let topical = false;
  for (const r of live) {
    if (r.q.kind !== "count") continue;
    // "of which 1,100 concerned work permits": the noun after the topic word is the topic, not what is counted.
    const topic = concerningCategory(text, r.q.end, topical && !r.noun);
    topical ||= topic !== null;
    if (topic && r.noun) {
      r.counted = {...r.counted, noun: null, end: r.q.end, stop: "", modifiers: ""};
      r.noun = null;
      r.breakdown = {};
    }
    // "six victims were aged 0-14": the ages the predicate names set the part apart.
    const age = ageAfter(text.slice(r.noun ? r.counted.end : r.q.end));
    if (age) {
      r.breakdown.age_group ??= age;
      named.add(r);
    }

    const category =
      predicateCategory(text, r.counted.end) ??
      topic ??
      concerningCategory(text, r.counted.end) ??
      memberKind(text.slice(r.counted.end)) ??
      // "712 decisions granted refugee status", "398 refusing to take the case into consideration".
      (!r.noun || r.noun.lemma === "decision"
        ? (decisionKind(text.slice(r.counted.end)) ?? decisionKind(text.slice(r.q.end)))
        : null) ??
      // "one was of an unknown gender", "two in an unknown type of trafficking": the part whose attribute is unknown.
      unknownPart(text.slice(r.counted.end)) ??
      // "seven identified as LGBTQI+": the group those counted identify with.
      identityAfter(text.slice(r.q.end));
    // "65 of the incoming deportees were classified as “criminal deportees”": the class the part alone was put in.
    const classed = category ? null : classifiedAs(text.slice(r.counted.end));
    if (classed) [r.breakdown.category, r.agent] = [classed, true];
    if (!category) continue;
    named.add(r);
    if (r.breakdown.category) continue;
    r.breakdown.category = category;
    r.counted = {...r.counted, modifiers: ""};
  }
  // "9,233 for violations of the residency system", "208 on public order grounds": the rule broken names the part.
  for (const r of live) {
    const after = text.slice(r.q.end, r.q.end + 120);
    const ground = r.q.kind === "count" ? (violationGround(text.slice(r.counted.end)) ?? violationGround(after)) : null;
    const own = !r.breakdown.category || after.toLowerCase().includes(r.breakdown.category.toLowerCase());
    if (ground && own) [r.breakdown.category, r.counted] = [ground, {...r.counted, modifiers: ""}];
    if (ground && own) named.add(r);
  }
  // "12 girls and 40 women were exploited in forced labor": the shared predicate names each conjunct's kind.
  sharePredicate(text, live);
  // "18 asylum applications were from unaccompanied children": who made the applications names their part.
  for (const r of live) {
    const part =
      r.q.kind === "count" && (!r.noun || r.noun.lemma === "application")
        ? applicantPart(text.slice(r.counted.end))
        : null;
    for (const [k, v] of Object.entries(part ?? {})) r.breakdown[k as keyof Breakdown] ??= v;
  }
  // "1,807 residence permits were issued for employment, 1,513 for family migration": the first part's purpose.
  for (const r of live)
    if (r.q.kind === "count" && !r.breakdown.category)
      r.breakdown.category = ownPurpose(text, r.q.start, r.counted.end) ?? undefined;
  // "The breakdown of permits issued includes 25,500 institutional work permits, …": each part's own words name it.
  if (live.length && opensBreakdown(text.slice(0, live[0].q.start)))
    for (const r of live)
      if (r.q.kind === "count" && r.noun && !r.breakdown.category)
        r.breakdown.category = r.counted.modifiers || undefined;
  receivedServices(text, live);
  for (const r of live) {
    const need =
      r.q.kind === "count" && r.noun?.person && !r.breakdown.category ? needBefore(text.slice(0, r.q.start)) : null;
    if (need) r.breakdown.category = need;
  }
  for (const r of live) {
    const whole = r.q.kind === "count" && !r.noun && r.counted.stop === "of" ? countedOfAll(text, r.q.end) : null;
    if (whole) [r.counted, r.noun] = [{...whole, stop: "", copular: false, modifiers: ""}, whole.noun];
  }
  const semicolons: number[] = [];
  for (let i = text.indexOf(";"); i >= 0; i = text.indexOf(";", i + 1)) semicolons.push(i);
  // A coordination shares the head of its last conjunct: "20 sex trafficking and 13 labor trafficking victims".
  for (let i = live.length - 2; i >= 0; i--) {
    const r = live[i],
      next = live[i + 1];
    if (r.q.kind !== "count" || r.noun || !next.noun || r.counted.copular) continue;
    const between = text.slice(r.counted.end, next.q.start);
    // "195 of 273 applications", "3 of the 27 identified victims", "88 out of 92 victims": a part of the count that follows.
    if ((r.counted.stop === "of" || r.counted.stop === "out") && /^\s*(?:out\s+)?of\s*(?:the\s+)?$/i.test(between)) {
      r.noun = next.noun;
      r.rule = "part-of";
      // "88 out of 92 victims registered in 2013 were Serbian nationals": the predicate names the part.
      // "372 of the 410 identified foreign victims were Ivoirian": a people's adjective ending the predicate too.
      const whose = /^[^,;]*?\b(?:were|was|are)\s+([A-Z]\p{L}+)\s+(?:nationals|citizens)\b/u.exec(
        text.slice(next.counted.end)
      );
      const citizens =
        (whose ? canonicalCountry(whose[1]) : null) ??
        citizensOfPredicate(text.slice(next.counted.end)) ??
        predicatePeople(text.slice(next.counted.end));
      if (citizens) r.breakdown.citizenship ??= citizens;
      // "63 of the 64 … are citizens of X": the predicate's citizenship is the part's, not the whole's.
      if (citizens) next.partCitizenship = citizens;
      // "32 of the 71 victims of sex trafficking were adults": of the whole's kind, and the predicate's age.
      Object.assign(r.breakdown, {...partQualifiers(text.slice(next.counted.end)), ...definedIn(r.breakdown)});
      r.breakdown.category ??= next.breakdown.category;
      continue;
    }
    if (
      /^[\s,]*(?:and|or)?\s*$/i.test(between) &&
      (r.counted.stop === "and" || r.counted.stop === "or" || r.counted.stop === ",")
    ) {
      r.noun = next.noun;
      r.rule = "coordination";
      for (const [k, v] of Object.entries(next.noun.implies ?? {}))
        if (!r.breakdown[k as keyof Breakdown]) r.breakdown[k as keyof Breakdown] = v;
    }
  }
  // Whether the sentence as a whole goes on from the sentence before (a ranking, a list of origins or places): the same
  // for each of its readings, so tested once.
  let goesOn: boolean | undefined;
  const goesOnFromBefore = () =>
    (goesOn ??=
      continues(text) ||
      continuesRanking(text) ||
      continuesPeopleRanking(text) ||
      opensStateRanking(text) ||
      opensOriginList(text) ||
      continuesByDestination(text) ||
      continuesByPlace(text) ||
      countsByPlace(text) ||
      continuesGroupList(text) ||
      continuesOrdinalRanking(text) ||
      opensRankPlace(text));
  // "50 were not allowed to land out of 10,800 persons": a part with its own predicate counts its whole's noun.
  for (const [i, r] of live.entries()) {
    const next = live[i + 1];
    if (r.q.kind !== "count" || r.noun || !next?.noun || next.q.kind !== "count") continue;
    if (!partBeforeOutOf(text.slice(r.q.end, next.q.start))) continue;
    [r.noun, r.rule] = [next.noun, "part-of"];
    for (const [k, v] of Object.entries(next.counted.breakdown)) r.breakdown[k as keyof Breakdown] ??= v;
    // The predicate is the part's alone: the whole is counted without it.
    if (next.rule === "count") next.rule = "whole";
  }
  // "the Commission’s statistic (60) reflected a decline from 94 in 2019": the figure restated counts what it counted.
  const restated = new Map<Reading, Reading>();
  for (const r of live) {
    const earlier = r.inParen && !r.noun && namesFigure(text.slice(0, r.q.start)) ? previous : [];
    const same = earlier.find((p) => p.q.value === r.q.value && p.noun && p.indicator);
    if (same) [r.inParen, r.noun, r.breakdown] = [false, same.noun, {...same.breakdown}];
    if (same) restated.set(r, same);
  }
  let lastVerb: string | null = null;
  // Each number is read by a function of its own: the optimizing compiler takes far longer over one function this size.
  const readNumber = (i: number, r: Reading): void => {
    const prevEnd = i > 0 ? live[i - 1].q.end : 0;
    // "1,505 (783 men and 722 women) Somali returnees were assisted": the parts within a count's noun phrase end no clause.
    // "875 illegal foreigners from 19 countries have been deported": a count of the places they came from qualifies them.
    const nextStart =
      live.find(
        (o, k) => k > i && o.q.start >= Math.max(r.q.end, r.inParen ? 0 : r.counted.end) && !placesTallied(text, r, o)
      )?.q.start ?? text.length;
    let clauseStart = Math.max(prevEnd, lastBefore(semicolons, r.q.start) + 1);
    // "…, and permits were extended on 408 occasions": a coordinated clause of its own opens this count's clause.
    clauseStart += ownClauseOpening(text.slice(clauseStart, r.q.start));
    const semi = firstAfter(semicolons, r.q.end);
    // ", following the Dublin Agreement, which states that the application …": a trailing subordinate clause says why, not what.
    // ", some of whom had also become citizens of other countries": what befell some of them is not what counted them.
    const subordinate =
      /(?:,\s+(?:which|following|according\s+to|in\s+accordance\s+with|under\s+which)|,?\s+(?:some|most|many|several|half)\s+of\s+(?:whom|them)\s+(?!\d))\b/i.exec(
        text.slice(r.q.end)
      );
    // "(related to 1 Pakistani citizen in 2012, …, 4 in 2017) and as a result of the investigation …": a bracketed
    // count's clause ends with its bracket when a new clause follows it.
    const closing = r.inParen ? bracketClauseEnd(text, r.q.end) : -1;
    const clauseEnd =
      negatedClauseEnd(text, negated.get(r.q.start)) ??
      pastParts(text, r, live, i) ??
      nextVerb(text, r, clauseStart, nextStart, i > 0 && joinsInvolved(text.slice(prevEnd, r.q.start))) ??
      coordinatedClauseEnd(text, r, nextStart) ??
      Math.min(
        nextStart,
        semi >= 0 ? semi : text.length,
        subordinate ? r.q.end + subordinate.index : text.length,
        closing >= 0 ? closing : text.length
      );
    // "118 persons were convicted out of 1,519 cases filed": the whole after "out of" is read on its own words.
    if (/\bout\s+of\s+$/i.test(text.slice(clauseStart, r.q.start))) clauseStart = r.q.start;
    // "70 out of 75 victims registered in 2012": a part is read with its whole's words.
    const wholeEnd =
      r.rule === "part-of" ? Math.min(live[i + 2]?.q.start ?? text.length, semi >= 0 ? semi : text.length) : 0;
    let clause = text.slice(clauseStart, Math.max(clauseEnd, wholeEnd));
    // "investigated 24 cases involving 35 suspects": with no verb of its own, a count reads its phrase's verb.
    if (r.q.kind === "count" && eventsIn(clause.toLowerCase()).length === 0) {
      const [from, to] = involvingClause(
        text,
        live.map((l) => [l.q.start, l.q.end]),
        i,
        clauseStart,
        Math.max(clauseEnd, wholeEnd),
        (at) => lastBefore(semicolons, at) + 1,
        (at) => (firstAfter(semicolons, at) >= 0 ? firstAfter(semicolons, at) : text.length)
      );
      clauseStart = from;
      clause = text.slice(from, to);
      // "18 workers, seven employers and four overstayers were arrested": a list's items share its predicate.
      const listEnd =
        eventsIn(clause.toLowerCase()).length === 0
          ? listClauseEnd(
              text,
              live.map((l) => [l.q.start, l.q.end]),
              i,
              semi >= 0 ? semi : text.length
            )
          : null;
      // The item's own words, then the predicate after the last item, the items between blanked to keep offsets, when
      // that item names a noun of its own: "7,000 residence permits and 12,500 work permits were issued".
      const lastItem =
        listEnd === null ? undefined : live.filter((l) => l.q.start > r.q.end && l.q.start < listEnd).at(-1);
      if (listEnd !== null)
        clause =
          lastItem?.noun &&
          lastItem.counted.end > to &&
          lastItem.counted.end < listEnd &&
          // "45 initial and 30 follow-up asylum applications": an item whose noun is the last one's shares its words.
          Boolean(lastNounIn(text, r.q.end, Math.min(r.counted.end, to))?.noun)
            ? blankSpan(text.slice(from, listEnd), to - from, lastItem.counted.end - from)
            : text.slice(from, Math.max(to, listEnd));
    }
    // "29 people, 7 of which children, have received support": the count's verb comes after the aside.
    const aside = r.q.kind === "count" && r.noun ? asideAfter(text, r.counted.end) : null;
    let predicateAfterAside: string | null = null;
    if (aside !== null) {
      const after = Math.min(
        live.find((l) => l.q.start >= aside)?.q.start ?? text.length,
        firstAfter(semicolons, aside) >= 0 ? firstAfter(semicolons, aside) : text.length
      );
      predicateAfterAside = ` ${text.slice(aside, after)}`;
      clause = `${text.slice(clauseStart, r.counted.end)}${predicateAfterAside}`;
    }
    r.part =
      PART_RE.test(text.slice(Math.max(prevEnd, r.q.start - 30), r.q.start)) ||
      /\(\s*$/.test(text.slice(prevEnd, r.q.start)) ||
      // "The total includes 202 males and 845 females": the parts of the count the sentence before made.
      (opensOnIncluded(text) && !/[;:]/.test(text.slice(0, r.q.start))) ||
      // "of which 8,343 long stay applications …, and 2,898 short stay applications": a parallel part.
      (i > 0 &&
        live[i - 1].part &&
        r.noun !== null &&
        live[i - 1].noun === r.noun &&
        /[,;]\s*(?:and\s+)?$/.test(text.slice(prevEnd, r.q.start)));
    // "24 million KZT ($72,007) for shelter assistance": what money is for sets it apart.
    if (r.q.kind === "money" && !r.inParen) {
      const purpose =
        /^\s*(?:[A-Za-z.]+\s*)?(?:\([^)]*\)\s*)*(?:for|to)\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)(?=\s*(?:[,;.)]|and\b|in\s+\d|$))/.exec(
          text.slice(r.q.end, r.q.end + 120)
        );
      // "… to US$4,866.4 million for the same period in 2018": a time is no purpose.
      if (purpose && !TIME_WORD.test(purpose[1])) r.breakdown.category = purpose[1].replace(/^(?:the|direct)\s+/, "");
    }
    // The place of "all but six were exploited in Kazakhstan" is where the others were.
    const place = r.complement ? {} : placeOf(text, r, nextStart, clauseStart, () => previousSentence(text, paragraph));
    // "helped 170 migrants – 158 men and 12 women – return home to The Gambia from Libya": the place left is named after the aside.
    if (predicateAfterAside && !place.country) place.country = returnLeftPlace(predicateAfterAside) ?? undefined;
    // Exploited in several places at once: no one country, and abroad when none is the reporting state; "five were
    // exploited abroad in …" reads its verb before where its counted words end.
    const places =
      r.noun?.person || r.counted.copular ? exploitedInPlaces(text.slice(r.q.end, nextStart), state) : null;
    if (places) {
      delete place.country;
      if (places.abroad) r.breakdown.category ||= "exploited abroad";
    }
    const placed = !r.breakdown.country && place.country;
    if (placed && place.ranked) r.listedState = place.country;
    r.breakdown.country ??= place.country;
    // A count that names its own "from" ("…, 3,000 from Austria") is not of the place named before it.
    const ownFrom = /^\s*(?:were\s+|was\s+)?from\s+(?:the\s+)?[A-Z]/.test(text.slice(r.counted.end, nextStart));
    if (r.q.kind === "count" && !r.breakdown.country && !ownFrom)
      r.breakdown.country =
        returnPlaceBefore(text.slice(clauseStart, r.q.start), text.slice(0, r.q.start), state) ??
        openingPlace(text, clauseStart) ??
        undefined;
    // "The Ukrainian diaspora … reaching 76 145 people": a people's community the clause opens on is whom it counts.
    const community = /^(?:The\s+)?([A-Z]\p{L}+)\s+(?:diaspora|community)\b/u.exec(text.slice(clauseStart, r.q.start));
    if (community && r.q.kind === "count") r.breakdown.citizenship ??= canonicalCountry(community[1]) ?? undefined;
    r.breakdown.citizenship ??= place.citizenship;
    // "5,366 arrivals from Mali at Mbera refugee camp": a named site names its part, whatever country its people left.
    if (r.q.kind === "count" && !r.breakdown.category)
      r.breakdown.category =
        namedSite(text.slice(clauseStart, r.q.start), text.slice(r.q.end, nextStart), text.slice(0, r.q.start)) ??
        undefined;
    // "INM in Chiapas detained 90,601", "… were deported from Tapachula": a place inside the country names a part.
    if (r.q.kind === "count" && !r.breakdown.category && !r.breakdown.country)
      r.breakdown.category =
        subnationalPlace(
          text.slice(clauseStart, r.q.start),
          // A noun borrowed from an item before ("13,645 refugees in …, a further 5,261 in …") ends before the count.
          text.slice(r.noun ? Math.max(r.counted.end, r.q.end) : r.q.end, nextStart),
          state,
          // "1,993: interceptions in Quebec": a short line opening on its figure, with no verb, is a label; the place
          // it ends on is its part.
          !r.noun || (r.q.start === 0 && text.length <= 80 && !FINITE_VERB.test(text)),
          text.slice(nextStart, nextStart + 80),
          text.slice(0, r.q.start)
        ) ?? undefined;
    // "from North Sumatra (129 individuals), followed by West Java (24)": a listed place inside a country names its part.
    const placeInBrackets =
      r.q.kind === "count" && r.inParen && !r.breakdown.country && !r.breakdown.citizenship
        ? bracketedPlace(text, r.q.start, state)
        : null;
    if (placeInBrackets) r.breakdown.category = placeInBrackets;
    // "from both sea-based (US$4.8 billion) and land-based workers (US$16.6 billion)": each figure is of its kind.
    if (r.inParen && !r.breakdown.category) r.breakdown.category = bothKind(text, r.q.start) ?? undefined;
    // "Eritrea was once again the top country of origin (2,899 applications)": the state named the top origin.
    if (r.q.kind === "count" && !r.breakdown.citizenship)
      r.breakdown.citizenship = originSubject(text.slice(Math.max(0, r.q.start - 160), r.q.start)) ?? undefined;
    // "… arrivals in Spain through the western Mediterranean route": the route the crossings took.
    const route = r.q.kind === "count" && !r.breakdown.category ? routeAfter(text.slice(r.q.end, nextStart)) : null;
    if (route && eventsIn(text.slice(clauseStart, nextStart).toLowerCase()).includes("enter"))
      r.breakdown.category = route;
    if (r.q.kind === "count")
      r.breakdown.citizenship ??= subjectPeople(text.slice(clauseStart, r.q.start)) ?? undefined;
    // "If you speak about the Guyanese, 55 of them were stopped": the people the sentence opens on as its topic.
    if (r.q.kind === "count") r.breakdown.citizenship ??= topicPeople(text.slice(0, r.q.start)) ?? undefined;
    // "Migrants from India were granted 460 …, followed by Indonesians 252": the people given it, or listed before it.
    if (r.q.kind === "count")
      r.breakdown.citizenship ??=
        recipientPeople(text.slice(clauseStart, r.q.start)) ??
        peopleBeforeCount(
          text.slice(prevEnd, r.q.start),
          text.slice(r.q.end, nextStart),
          Boolean(r.breakdown.country)
        ) ??
        undefined;
    if (r.q.kind === "count")
      r.breakdown.citizenship ??= rankedPeople(text.slice(clauseStart, r.q.start), text) ?? undefined;
    // "In second place are those from Cuba with 18,087", "China topped the list with 88 cases": a ranked item's state.
    const rankedItem =
      r.q.kind === "count"
        ? rankPlaceItem(text.slice(clauseStart, r.q.start), !r.noun || Boolean(r.noun.person))
        : null;
    if (rankedItem && !r.breakdown.citizenship && !r.breakdown.country) Object.assign(r.breakdown, rankedItem);
    // "Kazakhs led this category in 2018 with 2,496": the people the clause opens on, with no figure between.
    if (r.q.kind === "count")
      r.breakdown.citizenship ??= leadPeople(text.slice(clauseStart, r.q.start), text.slice(0, r.q.start)) ?? undefined;
    // "Dutch victims of sexual exploitation lag behind: in 2015, 365 victims were reported": the group before the colon.
    const head = r.q.kind === "count" && r.noun ? /[\p{L}-]+$/u.exec(text.slice(r.q.end, r.counted.end)) : null;
    const group = head ? colonGroup(text, r.q.start, head[0]) : null;
    if (group && !r.breakdown.citizenship && !r.breakdown.category) Object.assign(r.breakdown, group);
    if (r.q.kind === "count")
      r.breakdown.citizenship ??= bracketYearOrigin(text.slice(0, r.q.start), text) ?? undefined;
    if (r.q.kind === "count" && r.inParen)
      r.breakdown.citizenship ??= bracketPredicatePeople(text, r.q.end) ?? undefined;
    // "two additional sex trafficking victims, both girls": what all of them were, said after the noun.
    const apposed = r.q.kind === "count" && r.noun?.person ? apposedAll(text.slice(r.counted.end)) : null;
    if (apposed) {
      r.breakdown.sex ??= apposed.sex;
      r.breakdown.age_group ??= apposed.age_group;
    }
    if (r.q.kind === "count")
      r.breakdown.citizenship ??=
        pronounPeople(
          text.slice(clauseStart, r.q.start),
          text.slice(r.counted.end, nextStart),
          text.slice(0, r.q.start),
          () => previousSentence(text, paragraph)
        ) ?? undefined;
    // "one foreign victim was from Bosnia and Herzegovina": the predicate names which foreign country.
    const origin =
      r.q.kind === "count" && !r.complement
        ? originAfter(text.slice(r.counted.end, nextStart), nounTail(text, r.counted.end))
        : null;
    // "repatriated 200 Indonesian victims from Malaysia, 150 from Saudi Arabia": where they came back from, a place.
    const from = origin ? text.indexOf("from ", r.counted.end) : -1;
    if (origin && from >= 0 && from < nextStart && returnedFrom(text.slice(0, from + 5))) {
      // "Kenya has repatriated 1,870 nationals from Lebanon": the state that brings people home is not where they were.
      if (!r.breakdown.country || r.breakdown.country === state) r.breakdown.country = origin;
      if (r.breakdown.citizenship === origin) r.breakdown.citizenship = undefined;
      r.breakdown.citizenship ??=
        ownNationals(text.slice(r.q.end, r.counted.end), r.breakdown.country, state) ?? undefined;
    } else if (origin && (!r.breakdown.citizenship || r.breakdown.citizenship === "foreign"))
      r.breakdown.citizenship = origin;
    // "42 from Georgians", "102, were Venezuelan": a people named after the count is its citizenship, not a kind.
    const tail = r.q.kind === "count" ? sharedTail(text, live, i) : null;
    const afterShared = tail ? text.slice(tail.start, tail.end) : null;
    const people =
      r.q.kind === "count" && !origin
        ? (peopleAfter(text.slice(r.counted.end, nextStart)) ?? (afterShared ? peopleAfter(afterShared, true) : null))
        : null;
    const fled = people ?? fledFrom(text.slice(r.counted.end, nextStart), r.noun?.lemma);
    if (fled && !people && !r.breakdown.citizenship) r.breakdown.citizenship = fled;
    if (people && (!r.breakdown.citizenship || r.breakdown.citizenship === "foreign")) {
      r.breakdown.citizenship = people;
      if (r.breakdown.category && countryOfPeople(r.breakdown.category) === people) r.breakdown.category = undefined;
    }
    // "returned 172 migrants, including 171 men and one woman, to Senegal": the whole's place, past its parts.
    const resume = r.q.kind === "count" && !r.breakdown.country ? partsAsideEnd(text, r.counted.end) : null;
    if (resume !== null) {
      const next = live.find((x) => x.q.start >= resume)?.q.start ?? text.length;
      r.breakdown.country = countryOf(text, {...r, counted: {...r.counted, end: resume}}, next) ?? undefined;
    }
    if (r.q.kind === "count" && !r.breakdown.country)
      r.breakdown.country = borderOrRegionCountry(text.slice(r.counted.end, nextStart)) ?? undefined;
    // "five women, all Hondurans, were deported from the United States": where they were sent back from.
    const moved =
      r.q.kind === "count" && !r.breakdown.country
        ? (movedFrom(text.slice(r.counted.end, nextStart), text.slice(0, r.q.start)) ??
          (afterShared ? movedFrom(afterShared, "") : null))
        : null;
    if (moved) {
      r.breakdown.country = moved;
      if (r.breakdown.citizenship === moved) r.breakdown.citizenship = undefined;
    }
    // "came from Germany, from where 208 people were deported": the place the "where" clause hangs on.
    if (r.q.kind === "count" && !r.breakdown.country)
      r.breakdown.country = placeOfWhere(text.slice(0, r.q.start)) ?? undefined;
    if (r.q.kind === "count" && !r.breakdown.country)
      r.breakdown.country = actingCountry(text.slice(clauseStart, r.q.start), state) ?? undefined;
    // The whole keeps the citizenship its own words give ("the 410 identified foreign victims"), not its part's.
    if (r.partCitizenship && r.breakdown.citizenship === r.partCitizenship)
      r.breakdown.citizenship =
        r.counted.breakdown.citizenship !== r.partCitizenship
          ? (r.counted.breakdown.citizenship ?? undefined)
          : undefined;
    const bracketed =
      r.q.kind === "count" && !r.breakdown.sex ? bracketSex(text.slice(r.counted.end, nextStart)) : null;
    if (bracketed) r.breakdown.sex = bracketed;
    if (r.q.kind === "count" && !place.country && !place.citizenship) r.breakdown.category ??= labelledItem(text, r);
    if (r.q.kind === "count" && r.inParen && !place.country && !place.citizenship && continuesByPlace(text))
      r.breakdown.category = bracketPlace(text, r.q.start) ?? r.breakdown.category;
    // "860 to Sagaing Region", "from Bago Region … at 4,463 persons": a place inside the country names the part.
    const region =
      r.q.kind === "count" && !r.breakdown.category && !r.breakdown.country
        ? subnationalPart(text.slice(r.q.end, nextStart), text.slice(countBefore(live, i), r.q.start))
        : null;
    if (region) r.breakdown.category = region;
    if (r.q.kind === "count" && !r.breakdown.category)
      r.breakdown.category = relatedKind(text.slice(r.q.end)) ?? undefined;
    // "220 persons from agriculture and livestock industry": the sector a listed part works in names it.
    if (r.q.kind === "count" && !r.breakdown.category)
      r.breakdown.category = sectorAfter(text.slice(r.counted.end, nextStart)) ?? undefined;
    if (r.q.kind === "count" && !r.breakdown.category)
      r.breakdown.category = groundAfter(text.slice(r.counted.end, nextStart)) ?? undefined;
    // "…: male children, 233 (8.5%); female children, 688": a list item's label before its number names its part.
    const label = r.q.kind === "count" && !r.noun && !r.inParen ? itemLabel(text, r.q.start) : null;
    if (label) for (const [k, v] of Object.entries(label)) r.breakdown[k as keyof Breakdown] ??= v;
    // A part of a total keeps the words that set it apart ("of which 8,343 long stay applications", "Of the 78 cases, 34 were refused").
    const partOf = r.part || continues(text);
    if (
      partOf &&
      !r.breakdown.category &&
      !r.breakdown.citizenship &&
      r.counted.modifiers &&
      !onlyQualifiers(r.counted.modifiers)
    )
      r.breakdown.category = r.counted.modifiers;
    // "2,465 dependent visas and 929 business visas": a visa named by its kind is of that kind.
    if (!r.breakdown.category && /\bvisas?$/i.test(text.slice(r.q.end, r.counted.end)) && visaKind(r.counted.modifiers))
      r.breakdown.category = r.counted.modifiers;
    // "Of the 78 cases …, 41 applications were incomplete": a part's one-word predicate after its noun says which part.
    if (partOf && r.noun && !r.breakdown.category) {
      const predicate = /^\s+(?:were|was)\s+([a-z]+)(?=\s*[,;.—–]|\s+and\b|\s*$)/.exec(text.slice(r.counted.end));
      if (predicate && !/(?:ed|ing)$/.test(predicate[1])) {
        const qualified = qualifiersIn(predicate[1]);
        if (Object.values(qualified).some(Boolean)) r.breakdown = {...qualified, ...r.breakdown};
        else r.breakdown.category = predicate[1];
      }
    }
    const anchorIndex = findAnchor(live, i);
    // "Of those, 50 were ...": a sentence that opens on the previous one's count continues it.
    // "there were 619,188 such notifications", "this number amounted to 18 million": the previous sentence's count again.
    const refers =
      r.counted.modifiers === "such" ||
      REFERS_BACK.test(text.slice(clauseStart, r.q.start)) ||
      restatesNumber(text.slice(clauseStart, r.q.start)) ||
      restatesChange(text.slice(0, r.q.start));
    const nearest =
      anchorIndex === null
        ? (refers ||
            goesOnFromBefore() ||
            (i === 0 && opensOnBarePassive(text) && Boolean(context?.noun?.person)) ||
            (i === 0 && opensOnBareVerb(text)) ||
            reasons.has(r)) &&
          context?.q.kind === r.q.kind
          ? context
          : null
        : live[anchorIndex];
    // "61 potential victims, including 34 children, an increase from 45 in 2019": set against the whole, not its part.
    // "seven traffickers in two cases …, an increase from three traffickers in 2017": against the count it names again.
    const anchor = nearest
      ? (wholeCompared(text, live, nearest, r) ?? sameNounCompared(text, live, nearest, r) ?? nearest)
      : nearest;
    // "…, including 42 cases of forced begging": cases of a kind in a list under a count of persons count them.
    const before = live[i - 1];
    const kindOf = /^\s+of\s+([a-z][a-z ]*[a-z])/.exec(text.slice(r.counted.end, nextStart))?.[1];
    if (
      before?.noun &&
      countsPersonsAsCases(
        r.noun?.lemma ?? null,
        r.breakdown.category ?? kindOf,
        {writtenLemma: before.counted.noun?.lemma ?? null, person: Boolean(before.noun.person)},
        text.slice(before.counted.end, r.q.start)
      )
    ) {
      r.noun = before.noun;
      r.breakdown.category ??= kindOf;
    }
    // Who did it sets a part apart: "police referred 22", "23 were referred by international organizations".
    if (!r.breakdown.category && anchor) {
      const agent = agentOf(text.slice(prevEnd, r.q.start), text.slice(r.q.end, nextStart), lastVerb);
      if (agent) {
        r.breakdown.category = agent;
        r.agent = true;
        lastVerb = / by /.test(agent) ? agent.split(" by ")[0] : lastVerb;
      }
    }
    // "including shelter services for 16": the service a part received names it.
    if (r.q.kind === "count" && !r.breakdown.category) {
      const service = /\bincluding\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:to|for)\s+$/.exec(
        text.slice(prevEnd, r.q.start)
      );
      if (service && !/^(?:the|a|an|all|some|those|these)$/.test(service[1].split(" ")[0]))
        r.breakdown.category = service[1];
    }
    // "were granted a residence permit on 6,710 occasions": the number counts grants of the thing the clause names.
    const occasions = r.q.kind === "count" && !r.noun ? countsOccasions(text, r.q.start, r.q.end) : null;
    const object = occasions ? lastNounIn(text, clauseStart, r.q.start) : null;
    if (occasions && object?.noun && !object.noun.person) {
      r.noun = object.noun;
      r.rule = "occasions";
      r.counted = {...r.counted, end: occasions};
      // "3,024 temporary residence permits were issued …, and permits were extended on 408 occasions": the thing
      // named again is the one a count before named in full, whose words say which permits.
      const named = [...live.slice(0, i)]
        .reverse()
        .find((o) => o.noun?.lemma === object.noun!.lemma && o.counted.end > o.q.end);
      if (named) clause = `${clause} ${text.slice(named.q.end, named.counted.end)}`;
    }
    // Only a bare number ("to 12,193 in 2016", "Vietnamese (6,282)", "is 183,542 including …") takes the noun stated before it.
    const bare =
      /^\s*(?:[,;.)(:–-]|in\b|from\b|and\b|but\b|while\b|whereas\b|which\s+(?:is|was)\b|to\s+\d|(?:last|this)\s+year\b|(?:including|excluding)\b|$)/i.test(
        text.slice(r.q.end)
      ) ||
      // "was 70,254 according to monthly statistical data": the source named after a level is not what it counts.
      /^\s*(?:according\s+to|with\s+(?:about\s+|some\s+|over\s+)?\d)/i.test(text.slice(r.q.end)) ||
      // "Syria (1,200 or 40%)", "(70,193, 23.7%)": the share after a bracketed figure restates it.
      /^\s*(?:or|,)\s*[\d.,]+\s*(?:%|per\s?cent\b|percent\b)\s*\)/i.test(text.slice(r.q.end)) ||
      // "stood at 52,310 on 31 March", "amounted to 61,200 at the end of 2017": a stock's level, then its day.
      /^\s*(?:(?:on|at)\s+(?:the\s+)?\d|(?:at|by)\s+the\s+end\s+of\b|as\s+(?:of|at)\s)/i.test(text.slice(r.q.end)) ||
      timeAfter(text.slice(r.q.end)) > 0;
    // "…, of which … amounted to 511; tourist arrivals increased by 4.3% from 1,341,860": a clause after a semicolon
    // names its own subject, whatever was counted before it.
    // "…, while removals fell from 1,959 to 1,278": so does a clause a contrast opens on a subject of its own.
    const ownClause =
      !anchor ||
      anchor.q.end <= lastBefore(semicolons, r.q.start) ||
      CONTRAST_CLAUSE.test(text.slice(anchor.q.end, r.q.start));
    // "the number of non-resident workers reached 188,480 people": people named only as people restate the subject.
    if (
      r.q.kind === "count" &&
      r.noun === PERSON_NOUN &&
      !r.counted.modifiers &&
      !Object.values(r.counted.breakdown).some(Boolean) &&
      ownClause
    ) {
      const from = subjectStart(live, i, semicolons, text);
      const subject = numberOfSubject(text, from, r.q.start);
      if (subject?.noun?.person && subject.noun !== PERSON_NOUN) {
        clauseStart = Math.min(clauseStart, from);
        clause = text.slice(clauseStart, clauseEnd);
        r.noun = subject.noun;
        r.rule = "subject";
        r.breakdown = {...subject.breakdown, ...Object.fromEntries(Object.entries(r.breakdown).filter(([, v]) => v))};
      }
    }
    if (
      r.q.kind === "count" &&
      !r.noun &&
      ownClause &&
      bare &&
      // "has now reached three million": a number word with a scale is a quantity, never a pronoun or a rank.
      (!r.q.word || SCALED_WORDS.test(r.q.text) || isChangeLevel(text.slice(0, r.q.start)))
    ) {
      // "Enforced returns decreased to 12,193 in 2016", "applications filed by Vietnamese (6,282)": the noun stated before.
      // A change in between ("fell by 21% in 2018 and 12% to 3,947") does not end the subject's clause.
      const from = subjectStart(live, i, semicolons, text);
      if (isAverage(text.slice(from, r.q.start))) {
        r.q = {...r.q, excluded: "average"};
        return;
      }
      // "Indian nationals are now the third biggest group at 2,078": a people ranked is a part of the count before.
      const ranked = context !== null && ranksNationals(text.slice(from, r.q.start));
      let subject = ranked ? null : (numberOfSubject(text, from, r.q.start) ?? lastNounIn(text, from, r.q.start));
      // "NGOs identified an additional 13": the subject of an active verb did it; the count is of what the sentence
      // before counted under that verb.
      const acted = subject ? ANOTHER_AGENT.exec(text.slice(subject.end, r.q.start)) : null;
      const actedEvents = acted ? eventsIn(acted[1].toLowerCase()) : [];
      if (acted && actedEvents.length) {
        const same = priorReadings
          .filter((p) => p.noun && p.q.kind === "count" && p.events?.some((e) => actedEvents.includes(e)))
          .at(-1);
        const agent = agentOf(text.slice(from, r.q.start), "");
        subject = null;
        if (same && agent) {
          r.noun = same.noun;
          r.rule = "additional";
          r.breakdown = {...r.breakdown, category: agent};
          r.agent = true;
        } else {
          r.q = {...r.q, excluded: "a count of what another sentence counted, which it does not name"};
          return;
        }
      }
      // "applications … filed by citizens of three countries: Russia (2,600)": the places listed are whose, not what.
      if (subject?.noun?.lemma === "place" && LIST_OPENS.test(text.slice(subject.end)))
        subject = lastNounIn(text, from, text.lastIndexOf(" ", subject.end - 1)) ?? subject;
      if (subject && subject.noun?.lemma !== "place") {
        // The subject's clause is the number's clause: its events name what happened to them.
        clauseStart = Math.min(clauseStart, from);
        clause = text.slice(clauseStart, clauseEnd);
        r.noun = subject.noun;
        r.rule = "subject";
        r.breakdown = {...subject.breakdown, ...Object.fromEntries(Object.entries(r.breakdown).filter(([, v]) => v))};
        // "The number of work permits issued to Nepalese workers was 3,200": the people the subject went to.
        const to = subject.noun?.person ? null : givenTo(text.slice(subject.end, r.q.start));
        if (to && !r.breakdown.citizenship) r.breakdown.citizenship = to;
        // "Arrivals from China accounted for 95,000": the subject's own "from" names whose they are, as it does after a
        // number; where people were sent back from is a place, read elsewhere.
        const origin =
          !r.breakdown.citizenship && !r.breakdown.country
            ? originAfter(text.slice(subject.end, r.q.start), nounTail(text, subject.end))
            : null;
        if (origin && origin !== state && !returnedFrom(text.slice(from, r.q.start))) r.breakdown.citizenship = origin;
      } else if (!subject) {
        // "Overall emigration is estimated to have reached 76,400": the people who made the move the clause names.
        const movers = movedSubject(text.slice(from, r.q.start));
        // "However, numbers have since fallen to 3,745": the sentence before says what was numbered.
        const named = movers
          ? null
          : anaphoricSubject(text.slice(from, r.q.start), () => previousSentence(text, paragraph));
        if (movers) {
          clauseStart = Math.min(clauseStart, from);
          clause = `${text.slice(clauseStart, clauseEnd)} ${movers}`;
          r.noun = PERSON_NOUN;
          r.rule = "subject";
        } else if (named) {
          clause = `${named.clause} ${text.slice(clauseStart, clauseEnd)}`;
          r.noun = named.counted.noun;
          r.rule = "anaphor";
          r.breakdown = {...named.counted.breakdown};
        }
      }
    }
    // "a small fraction of the 2,545 who applied": people counted by what the relative clause says they did.
    if (r.q.kind === "count" && !r.noun && countsWhoDid(text.slice(r.q.end))) {
      r.noun = PERSON_NOUN;
      r.rule = "relative";
    }
    // "Of the citizens of Estonia resident in Finland, 520 received Finnish citizenship": the group the clause opens on.
    const opening = r.q.kind === "count" && !r.noun && !r.q.word ? groupOpening(text.slice(0, r.q.start)) : null;
    if (opening) {
      r.noun = opening.noun;
      r.rule = "group";
      // Whose people they are is the group's: "Finnish citizenship" after the number is what they received.
      r.breakdown = {...r.breakdown, ...Object.fromEntries(Object.entries(opening.breakdown).filter(([, v]) => v))};
    }
    // "12,400 labor quotas out of 17,400": the whole the counted part was taken from.
    const prior = live[i - 1];
    if (
      r.q.kind === "count" &&
      !r.noun &&
      prior?.noun &&
      prior.q.kind === "count" &&
      /^\s+out\s+of\s+$/i.test(text.slice(prior.counted.end, r.q.start))
    ) {
      r.noun = prior.noun;
      r.rule = "whole";
      r.breakdown = {...prior.counted.breakdown};
    }
    // "initiating 10 and continuing 13 investigations": a bare count, then "and", a verb and a count with its noun, is
    // of that noun.
    const ahead = live[i + 1];
    if (
      r.q.kind === "count" &&
      !r.noun &&
      !anchor &&
      ahead?.noun &&
      ahead.q.kind === "count" &&
      GAPPED_VERB.test(text.slice(r.q.end, ahead.q.start))
    ) {
      r.noun = ahead.noun;
      r.rule = "gapped-verb";
    }
    // "216 oral requests and 750 written requests, for a total of 966": the whole of the counts before it ("Syrians
    // topped the list with a total of 5,612" is one item's).
    if (
      r.q.kind === "count" &&
      !r.noun &&
      anchor?.noun &&
      TOTAL_BEFORE.test(text.slice(prevEnd, r.q.start)) &&
      !rankPlaceItem(text.slice(clauseStart, r.q.start), true)
    ) {
      r.noun = anchor.noun;
      r.rule = "total";
      r.breakdown = {country: anchor.breakdown.country, citizenship: anchor.breakdown.citizenship};
    }
    // "… for all identified victims, but at least 36 were subjected to sex trafficking": with no count before it, a
    // part its predicate names counts the persons the sentence spoke of.
    // "… a decrease in identified victims (300 identified in 2019; 490 identified in 2018)": bracketed counts of a
    // participle and a year, with no count before them, count the persons the sentence spoke of.
    const bracketedParticiple =
      r.inParen && /^\s+[a-z]+ed\s+(?:in|during)\s+(?:19|20)\d\d\b/.test(text.slice(r.q.end, r.q.end + 40));
    if (r.q.kind === "count" && !r.noun && !anchor && ((named.has(r) && r.counted.copular) || bracketedParticiple)) {
      const spoken = lastNounIn(text, 0, r.q.start);
      if (spoken?.noun?.person) {
        r.noun = spoken.noun;
        r.rule = "subject";
      }
    }
    // "the government has repatriated 11,303 to their home countries": the bare object of a verb of people; "In 2017,
    // 413 were deported", "300 crossed the border": its bare subject.
    if (r.q.kind === "count" && !r.noun && !anchor) {
      const [lead, tail] = [text.slice(clauseStart, r.q.start), text.slice(r.q.end)];
      const rule = countsPeopleObject(lead, tail)
        ? "object"
        : countsPeopleSubject(lead, tail)
          ? "people-subject"
          : null;
      if (rule) [r.noun, r.rule] = [PERSON_NOUN, rule];
    }
    // "49 percent (339) of identified victims received assistance": the count in brackets is of what its share is of.
    const shareOf = r.q.kind === "count" && !r.noun && r.inParen ? bracketedShareOf(text, r.q.start, r.q.end) : -1;
    if (shareOf >= 0) {
      const whole = readCounted(text, shareOf - 1);
      if (whole.noun) {
        r.noun = whole.noun;
        r.rule = "share-of";
        r.breakdown = {...whole.breakdown, ...Object.fromEntries(Object.entries(r.breakdown).filter(([, v]) => v))};
      }
    }
    // "fewer potential child victims (200 compared to 252)": the pair counts the noun before the bracket, as qualified.
    const pairSide = r.q.kind === "count" && !r.noun && r.inParen ? bracketPairSide(text, r.q.start) : null;
    if (pairSide) {
      const open = text.lastIndexOf("(", r.q.start);
      const spoken = lastNounIn(text, lastBefore(semicolons, open) + 1, open);
      if (spoken?.noun && spoken.end >= open - 40) {
        r.noun = spoken.noun;
        r.rule = "subject";
        r.breakdown = {...spoken.breakdown, ...Object.fromEntries(Object.entries(r.breakdown).filter(([, v]) => v))};
      }
    }
    // "…, and of Iranians from 34 to 84": a gapped change of another people counts what the change before it counted.
    const gapped = r.q.kind === "count" && !r.noun && anchor ? gappedPeople(text.slice(prevEnd, r.q.start)) : null;
    if (gapped) [r.breakdown.citizenship, r.counted] = [gapped, {...r.counted, stop: ""}];
    // "Around 3,760 left in the first quarter of 2017": a bare count that moved, with no count before it, is people.
    if (
      r.q.kind === "count" &&
      !r.noun &&
      !anchor &&
      countsMovers(text.slice(prevEnd, r.q.start), text.slice(r.q.end))
    ) {
      r.noun = PERSON_NOUN;
      r.rule = "mover";
      // "14,000 left": the verb after the number is no word of a kind.
      if (r.breakdown.category === /^\s+([a-z]+)/i.exec(text.slice(r.q.end))?.[1]) r.breakdown.category = undefined;
    }
    // "… and an excess of births of 105": a noun of its own right before the number, never the count before it.
    const ownNoun = r.q.kind === "count" && !r.noun && anchor ? ownNounBefore(text, prevEnd, r.q.start) : null;
    // "of which cruise tourists amounted to 36,796": people named so are a part of the count before, not a count apart.
    if (ownNoun?.noun && ownNoun.noun !== anchor?.noun && !ownNoun.noun.person) {
      r.noun = ownNoun.noun;
      r.rule = "subject";
      r.breakdown = {...ownNoun.breakdown, ...Object.fromEntries(Object.entries(r.breakdown).filter(([, v]) => v))};
    }
    if (r.q.kind === "count" && !r.noun) {
      // An elided noun: "(63 in 2015)", "49 were female", "eight in 2017", "412 were granted ...".
      // "312 to citizens of China": a part named by whom it went to.
      // "…, with 1,696 issued to Russian citizens": a part named by whom it was given to.
      const given = givenTo(text.slice(r.q.end, nextStart));
      if (given) r.breakdown.citizenship ??= given;
      // "to Russian citizens" names whom it went to, not a place it went to.
      if (given && r.breakdown.country === given) r.breakdown.country = undefined;
      const recipient = (r.counted.stop === "to" || given) && r.breakdown.citizenship;
      // "deported 500 migrants to Mexico and 200 to Guatemala": a part named by the place it went to.
      const sentTo = r.counted.stop === "to" && /^\s*to\s+(?:the\s+)?\p{Lu}/u.test(text.slice(r.counted.end));
      // "… and 166 unspecified": a part whose kind was not stated.
      const unstated = unstatedPart(text.slice(r.q.end));
      if (unstated) r.breakdown.category = unstated;
      // "seven were from Pakistan, and one was unidentified": the last part of a list by citizenship, of none known.
      const unknown = anchor?.breakdown.citizenship ? unknownCitizenship(text.slice(r.q.end)) : null;
      if (unknown) r.breakdown.citizenship = unknown;
      if (
        !anchor ||
        // "…; four of" where the text breaks off: a part of nothing stated.
        /^\s+(?:of|out\s+of)\s*$/i.test(text.slice(r.q.end)) ||
        // "213,376 … refugees who have returned … of an estimated 2.3 million displaced": a whole of other people,
        // named by a participle of its own.
        (/\bof\s+an?\s+estimated\s+$/i.test(text.slice(prevEnd, r.q.start)) &&
          /^\s+[a-z]+ed\b/.test(text.slice(r.q.end))) ||
        (!ELLIPTIC_STOP.has(r.counted.stop) &&
          !(r.counted.stop === "at" && AT_SITE.test(text.slice(r.counted.end))) &&
          !r.counted.copular &&
          !named.has(r) &&
          !r.agent &&
          !recipient &&
          !sentTo &&
          !unstated &&
          !unknown &&
          !region &&
          !anotherOfTheSame(text.slice(prevEnd, r.q.start)) &&
          !asStatus(text.slice(r.q.end)) &&
          // "106 under an international agreement": a part named by its ground, never an age limit ("45 under 18").
          !(r.counted.stop === "under" && groundUnder(text.slice(r.counted.end))) &&
          !(r.inParen && continuesByPlace(text)) &&
          !reasons.has(r) &&
          !othersPassive(text.slice(r.q.end)) &&
          !actsAsSubject(text.slice(r.q.end)) &&
          // "identified 117 victims and referred 41 to care": the object of a verb of its own, sent somewhere.
          !(r.counted.stop === "to" && eventsBeforeElided(text, r.q.start).length))
      )
        return;
      // A bare "one" is a pronoun unless words after it say which part it counts ("one from Iran", "one female").
      if (
        r.q.word &&
        /^(?:one|a)$/i.test(r.q.text) &&
        !(
          r.q.text.toLowerCase() === "one" &&
          (named.has(r) ||
            r.breakdown.citizenship ||
            r.breakdown.country ||
            r.breakdown.sex ||
            r.breakdown.age_group ||
            // "(one in 2016)": a bracketed comparison with a year counts.
            (r.inParen && /^\s+in\s+(?:19|20)\d\d\b/.test(text.slice(r.q.end))) ||
            // "compared with one in 2019 and none in 2018": an item of a list of earlier years counts too.
            isComparisonItem(text, r.q.start) ||
            // "… and one each from Sweden, Aruba and St Lucia": one for each place the list names.
            /^\s+each\s+(?:[a-z]+\s+){0,2}(?:of|in|from|to)\s+\p{Lu}/u.test(text.slice(r.q.end)) ||
            // "…, one in Mwanza and 12 in Mara": an item of a list of counts by place.
            (byPlace && r.breakdown.category) ||
            // "(10 sex trafficking and one labor trafficking)": a bracketed part named by a kind of the vocabulary.
            (r.inParen && CATEGORIES.some((c) => !c.status && c.label === r.breakdown.category)) ||
            // "14 were for sex trafficking and one for illegal child adoption": what the part was for.
            (r.counted.stop === "for" &&
              /^(?!(?:each|every|the|a|an|all|this|that)\b)[a-z]/.test(r.breakdown.category ?? "")))
        )
      )
        return;
      r.noun = anchor.noun;
      r.rule = r.counted.copular ? "copular" : "ellipsis";
      r.antecedent = anchor;
      // "six in forced labor, 12 in servile marriage": an item of a list by kind names its own kind.
      if (!r.breakdown.category && (anchor.breakdown.category || r.part))
        r.breakdown.category = elidedItemKind(text.slice(r.q.end)) ?? undefined;
      // "116 were female, 28 were male, two were transgender": a one-word predicate no list knows names a kind of its own.
      if (copularKind(r.counted, text.slice(r.counted.end, r.counted.end + 6)))
        r.breakdown.category = r.counted.modifiers;
      // "of whom 27,877 were from Malaysia": a part's "from" under a whole of other people is the country left.
      const left = departurePart(
        text.slice(r.q.end, r.q.end + 40),
        r.breakdown,
        anchor.breakdown,
        text.slice(anchor.q.end, anchor.q.end + 40),
        state,
        text.slice(Math.max(0, anchor.q.start - 60), anchor.q.end + 30)
      );
      if (left) r.breakdown = left;
      // "13,645 refugees in White Nile and a further 5,261 in South Kordofan": an elided item names its own place.
      // The place it names replaces the one it took from the item before ("731 at Al Makhabah, 576 at Al Karoob").
      if (anchor.breakdown.category && (!r.breakdown.category || r.breakdown.category === anchor.breakdown.category))
        r.breakdown.category =
          subnationalPlace("", text.slice(r.q.end, nextStart), state, true) ?? r.breakdown.category ?? undefined;
      // "2,000 from South Sudan; 1,000 from Eretria": an item naming where its own people came from, known or not,
      // takes no sibling item's country, only the whole's.
      const sibling = !left && anchor.antecedent && OWN_ORIGIN.test(text.slice(r.q.end, r.q.end + 60));
      const own = {citizenship: r.breakdown.citizenship, country: r.breakdown.country};
      inheritBreakdown(r, anchor);
      // "Arrivals from China accounted for 95,000, trailed by Vietnam with 52,000": an item a ranking names by its own
      // state takes that state where the count before named one.
      const rankedState = rankedStateItem(text.slice(anchor.q.end, r.q.start));
      if (rankedState)
        for (const k of ["citizenship", "country"] as const)
          if (anchor.breakdown[k] && r.breakdown[k] === anchor.breakdown[k]) r.breakdown[k] = rankedState;
      // "…, and 375 were other nationalities": a part said to be of no one country takes no sibling's country.
      const noOne = peopleAfter(text.slice(r.q.end, nextStart));
      if (noOne === "other" || noOne === "stateless") r.breakdown.citizenship = own.citizenship ?? noOne;
      // The state the sibling's own words name is that sibling's origin alone.
      const siblingOrigin = sibling ? originNamed(text.slice(anchor.q.end, anchor.q.end + 80)) : null;
      if (siblingOrigin)
        for (const k of ["citizenship", "country"] as const)
          if (anchor.breakdown[k] === siblingOrigin) r.breakdown[k] = own[k];
      // "17 … were minors, but 14 of those people were …": a part of those just counted is of their age, sex and citizenship.
      if (/^\s+of\s+(?:those|these|them)\b/i.test(text.slice(r.q.end)) && live.indexOf(anchor) >= 0)
        for (const k of ["age_group", "sex", "citizenship"] as const) r.breakdown[k] ||= anchor.breakdown[k];
      keepWholeCategory(r, anchor, text);
      // "Of these, 4,491 were placed voluntarily and 720 mandatorily": the manner names the part.
      r.breakdown.category = mannerAfter(text, r.q.end) ?? r.breakdown.category;
      // "843 in the United States and 17 in other countries": the others are no one country.
      const others = otherPlaces(text.slice(r.q.end));
      if (others) [r.breakdown.category, r.breakdown.country] = [others, undefined];
    }
    // "30 were child victims (24 sex trafficking, six labor trafficking)": a bracketed part is of its whole's age and sex.
    const whole =
      r.inParen && r.q.kind === "count"
        ? live[
            bracketWhole(
              text,
              r.q.start,
              live.map((l) => l.q)
            ) ?? -1
          ]
        : null;
    if (whole) for (const k of ["age_group", "sex"] as const) r.breakdown[k] ||= whole.breakdown[k];
    // "349,873 from Iran (252,604 spontaneous returnees and 97,269 deportees)": the parts are of the whole's place and
    // people; the place before the bracket is the place they left, never their citizenship.
    const placeBefore = r.breakdown.citizenship === whole?.breakdown.country && !r.breakdown.country;
    if (whole?.breakdown.country && (placeBefore || (!r.breakdown.citizenship && !r.breakdown.country)))
      r.breakdown = {...r.breakdown, country: whole.breakdown.country, citizenship: whole.breakdown.citizenship};
    // The words after the last comma before the number speak of it first ("…, 412 were granted extension of …").
    // A comma inside a body's name ("the Ministry of Enterprise, Training and Employment") divides no clause.
    const commaInClause = withoutBodyNames(text.slice(clauseStart, r.q.start)).lastIndexOf(",");
    const comma = commaInClause < 0 ? -1 : clauseStart + commaInClause;
    const near =
      comma > clauseStart
        ? resolveIndicator(
            r.noun,
            r.q.kind === "money",
            // The clause, not the text: a list's middle items blanked in it stay blank after the comma too.
            predicateAfterAside === null
              ? clause.slice(comma + 1 - clauseStart)
              : `${text.slice(comma + 1, r.counted.end)}${predicateAfterAside}`,
            paragraph,
            r.q.start - comma - 1
          )
        : null;
    // "… held temporary residence permits and 3,102 held permanent residence permits": a count with its own noun
    // and verb after "and" is read from the number on when that alone names a known indicator.
    const fromAnd =
      !near?.events.length && r.noun && /\s(?:and|while|whereas)\s+$/.test(text.slice(clauseStart, r.q.start))
        ? resolveIndicator(r.noun, r.q.kind === "money", text.slice(r.q.start, clauseEnd), paragraph, 0)
        : null;
    // "While just under 14,000 left, a net migration of 274 …": a mover's own verb and clause say what it counts.
    const moverEnd = r.rule === "mover" ? r.q.end + text.slice(r.q.end, clauseEnd).search(/[,;]|$/) : 0;
    let resolution =
      r.q.kind === "percent"
        ? null
        : r.rule === "mover"
          ? resolveIndicator(
              r.noun,
              false,
              text.slice(r.q.start, moverEnd),
              paragraph,
              0,
              eventsIn(text.slice(r.q.end, moverEnd).toLowerCase())
            )
          : // The whole is counted without the event that befell its part ("used", "granted").
            r.rule === "whole"
            ? resolveIndicator(r.noun, false, "", paragraph)
            : near && near.events.length > 0
              ? near
              : namedByEvent(fromAnd)
                ? fromAnd
                : resolveIndicator(
                    r.noun,
                    r.q.kind === "money",
                    withoutOtherNouns(clause, clauseStart, live, r),
                    paragraph,
                    r.q.start - clauseStart
                  );
    // "initiating 10 and continuing 13 investigations": a gapped count's verb is read with the noun after the next count.
    const gappedTo = r.rule === "gapped-verb" ? live[i + 1] : undefined;
    if (gappedTo && gappedTo.counted.end > r.q.end)
      resolution = resolveIndicator(
        r.noun,
        false,
        blankSpan(text.slice(clauseStart, gappedTo.counted.end), r.q.end - clauseStart, gappedTo.q.end - clauseStart),
        paragraph,
        r.q.start - clauseStart
      );
    // "Police arrested 17 people smugglers and 230 irregular migrants": a second object of the verb before is counted by it.
    const previous = live[i - 1];
    if (resolution && !resolution.events.length && (!anchor || opposedRoles(previous?.noun?.lemma, r.noun?.lemma)))
      resolution = joinedEvent(r, previous, COORDINATED, text, clauseEnd, live, paragraph) ?? resolution;
    // "hosting 75,867 refugees and 4,448 asylum-seekers": a noun that names people by what they did ("asylum-seekers"
    // applied) is counted by the verb the coordinated counts share, when nothing but that noun names an event.
    if (resolution?.events.length && previous?.events?.length && r.noun) {
      const [from, to] = [r.q.start - clauseStart, r.counted.end - clauseStart];
      const rest = blankSpan(clause, from, to);
      if (eventsIn(rest.toLowerCase()).length === 0)
        resolution =
          joinedEvent(r, previous, COORDINATED, text, clauseEnd, live, paragraph, previous.events.slice(0, 1)) ??
          resolution;
    }
    // "prosecuted 77 defendants in nine cases", "investigated 14 cases with 24 defendants": a second quantity of the
    // same event, joined to the first by "in" or "with", is counted by the verb before the first; victims never are.
    if (
      resolution &&
      !resolution.events.length &&
      r.noun?.lemma !== "victim" &&
      previous?.noun?.lemma !== r.noun?.lemma &&
      previous?.events?.length
    )
      resolution =
        joinedEvent(r, previous, SAME_EVENT_JOIN, text, clauseEnd, live, paragraph, previous.events.slice(0, 1)) ??
        resolution;
    // "Remittance receipts were 23% higher, reaching a record of $242.3 million": an amount whose own clause names
    // no money indicator, and continues no amount the registry names, is of the one its sentence names before it.
    // "The following year, it more than doubled to Nu 1.7bn": "it" or "the figure" is the amount the sentence before named.
    if (r.q.kind === "money" && resolution && !resolution.known && !anchor?.known) {
      const lead = text.slice(0, r.q.end);
      const sentence = resolveIndicator(r.noun, true, lead, paragraph, r.q.start);
      // "American Samoa totaled $17.63 million, United Kingdom $4.22 million": a gapped list of places continues too.
      const before = AMOUNT_ANAPHOR.test(lead) || opensGappedList(text) ? previousSentence(text, paragraph) : "";
      const earlier = before
        ? resolveIndicator(r.noun, true, `${before} ${lead}`, paragraph, before.length + 1 + r.q.start)
        : null;
      if (sentence.known) resolution = sentence;
      else if (earlier?.known) resolution = earlier;
    }
    // "40000 flyers and 700 posters were distributed": coordinated counts share the verb that follows them.
    const next = live[i + 1];
    if (
      resolution &&
      resolution.events.length === 0 &&
      next &&
      // "12,400 labor quotas out of 17,400 have been used": a part shares the verb after its whole too.
      /^[\s,]*(?:and|or|out\s+of)\s*$/i.test(text.slice(r.counted.end, next.q.start))
    ) {
      const nextSemi = firstAfter(semicolons, next.q.end);
      const afterNext = live[i + 2]?.q.start ?? text.length;
      const end = Math.min(afterNext, nextSemi >= 0 ? nextSemi : text.length);
      // "310 residence permits and 95 work permits were revoked": the next count's own noun is blanked, its verb kept.
      const ownNoun =
        next.noun && nounWords(text, r) !== "" && next.counted.end > r.counted.end && next.counted.end < end;
      resolution = resolveIndicator(
        r.noun,
        r.q.kind === "money",
        ownNoun
          ? blankSpan(text.slice(clauseStart, end), r.counted.end - clauseStart, next.counted.end - clauseStart)
          : text.slice(clauseStart, end),
        paragraph,
        r.q.start - clauseStart
      );
    }
    // "… 43 were deported and 12 were readmitted", "…, of which 1,402 were granted": an elided part's own verb says
    // what happened to it, in the terms of its whole sentence, over the verb of the count it shares a noun with.
    // "… were identified and 18 persons were convicted": a count with its own noun after "and" has its own verb too.
    // A part listed by reason ("8,013 returning on their own choice") did what its whole did: its verb is the reason's.
    const ownVerb =
      r.q.kind === "count" &&
      !reasons.has(r) &&
      (((r.rule === "copular" || r.rule === "ellipsis") && anchor) ||
        (r.rule === "count" && r.noun && /\s(?:and|while|whereas)\s+$/.test(text.slice(clauseStart, r.q.start))))
        ? ownPredicate(text, r, anchor, clauseEnd, paragraph, continues(text) ? previousSentence(text, paragraph) : "")
        : null;
    if (ownVerb) {
      resolution = ownVerb;
      // "of which 1,402 were granted": the verb that names the indicator is no category of it.
      // A part of the same indicator keeps it, or it would share the whole's key ("38 of them were removed").
      if (
        r.breakdown.category === r.counted.modifiers &&
        anchor &&
        (live.includes(anchor) || anchorIndex === null) &&
        ownVerb.indicator !== anchor.indicator
      )
        r.breakdown.category = undefined;
    }
    // "the NGO-run shelter assisted 19 newly-identified victims": the provider's verb, not the noun's participle, is the event.
    if (r.provided) resolution = resolveIndicator(r.noun, false, r.provided.verb, paragraph);
    // "the 2,545 who applied": what the relative clause says they did is the event; the sentence gives the terms.
    if (r.rule === "relative")
      resolution = resolveIndicator(r.noun, false, text.slice(0, clauseEnd), paragraph, r.q.start, [
        ...eventsIn(text.slice(r.q.end, clauseEnd).toLowerCase())
      ]);
    r.events = resolution?.events;
    const ownEvents = resolution?.events.length ?? 0;
    // "one victim and five alleged traffickers": those who exploit are never the people exploited, though both are persons.
    // "17 people smugglers and 230 irregular migrants": those smuggled are never their smugglers either.
    const opposed = opposedRoles(anchor?.noun?.lemma, r.noun?.lemma);
    // "issued 300 work permits and 120 residence permits": a thing of another kind, named by its own words, that the
    // same verb counts is read with the words before the count it is coordinated with, and its own.
    const ownKind =
      anchor &&
      r.noun &&
      !r.noun.person &&
      r.rule === "count" &&
      r.noun === anchor.noun &&
      live.includes(anchor) &&
      nounWords(text, r) !== nounWords(text, anchor) &&
      // Coordinated with it, not one of its parts ("of which 6,555 were temporary residence permits").
      COORDINATED.test(text.slice(anchor.counted.end, r.q.start))
        ? sharedVerbKind(text, live, anchor, r, paragraph, clauseEnd)
        : null;
    if (ownKind && ownKind.indicator !== anchor?.indicator) resolution = ownKind;
    // "38 victims, 18 girls and 20 boys, were identified": a part by sex or age set off after the whole shares its verb,
    // unless the counts after it are a list of people with no whole among them ("46 men, 41 women, 26 boys and 30
    // girls") or do not add up to it ("intercepted 340 travelers, 150 women and 30 men were returned home").
    const setOffPart = (): boolean => {
      if (r.q.kind !== "count" || !(r.noun?.implies?.sex || r.noun?.implies?.age_group) || !anchor?.noun?.person)
        return false;
      const whole = appositiveWhole(text, live, i);
      return whole >= 0 && !live[whole].noun?.implies && partsAddUp(text, live, whole) && live.indexOf(anchor) >= whole;
    };
    // "29,700 permits …, of which 18,500 were Filipinos": a part of permits whose predicate names only a people is the
    // permits those people hold.
    const heldBy =
      r.part &&
      r.counted.copular &&
      r.noun?.lemma === "person" &&
      Boolean(r.breakdown.citizenship) &&
      Boolean(anchor?.noun && !anchor.noun.person) &&
      HOLDER_INDICATOR.test(anchor?.indicator ?? "");
    const sameThing =
      anchor &&
      !opposed &&
      !(ownKind && ownKind.indicator !== anchor.indicator) &&
      (anchor.noun === r.noun || (anchor.noun?.person && r.noun?.person) || heldBy) &&
      anchor.q.kind === r.q.kind;
    // A reading the registry cannot name continues a neighbour it can name ("($77,918)", "including 24 million KZT").
    if (
      r.rule !== "whole" &&
      r.rule !== "relative" &&
      anchor?.indicator &&
      sameThing &&
      !ownVerb &&
      (ownEvents === 0 ||
        r.rule === "ellipsis" ||
        (!resolution?.known && anchor.known) ||
        // "Of the 450 victims identified, 300 were women": people a part says they were are of the whole's count, named
        // by the registry or not.
        (!resolution?.known && r.counted.copular && Boolean(r.noun?.person && anchor.noun?.person)) ||
        heldBy ||
        // "570 asylum seekers were registered, including 410 women and 160 men": people listed by sex or age after
        // "including" under a count of people are of that count, whatever the registry makes of their own words.
        (Boolean(r.noun?.person && anchor.noun?.person) &&
          (anchor.known || !resolution?.known) &&
          Boolean(r.breakdown.sex || r.breakdown.age_group) &&
          !r.breakdown.citizenship &&
          PARTS_OPEN.test(text.slice(anchor.q.end, r.q.start))) ||
        // "1,505 (783 men and 722 women) Somali returnees were assisted": parts by sex or age in the whole's noun phrase.
        (r.inParen &&
          live.some(
            (o) => o.q.end <= r.q.start && o.counted.end > r.q.start && PARTS_BRACKET.test(text.slice(o.q.end))
          )) ||
        setOffPart() ||
        // "244 were potential victims …, nearly all of whom (240) were Ghanaian women intercepted at the border": a
        // part of the people counted, whose participle says who they were rather than what the count is of.
        (anchor.known &&
          Boolean(r.noun?.person && anchor.noun?.person) &&
          OF_WHOM_BEFORE.test(text.slice(Math.max(0, r.q.start - 30), r.q.start))))
    ) {
      r.indicator = anchor.indicator;
      r.family = anchor.family;
      r.known = anchor.known;
      if (r.rule === "count") r.rule = r.part ? "part" : "restated-noun";
      // A part keeps the whole's place and citizenship unless it names its own ("867 Ukrainian citizens … In particular, 454 persons …").
      // "599 Ugandan travelers, 477 females and 122 males": parts by sex or age set after the whole are of it too.
      const byPerson =
        Boolean(r.breakdown.sex || r.breakdown.age_group) && !r.breakdown.citizenship && !r.breakdown.country;
      const whole = byPerson ? live[appositiveWhole(text, live, i)] : undefined;
      if (r.rule === "part" || whole)
        for (const k of ["citizenship", "country"] as const)
          r.breakdown[k] ||= (whole ?? anchor).breakdown[k] ?? undefined;
      keepWholeCategory(r, anchor, text);
      // "… 1,218 for long-term residence, 3,034 registration certificates": words of its own before the noun make another part.
      // "… and 159 victims of trafficking", "12 cases of prostitution": what the noun is "of" is its own wording too,
      // whether or not it names a part.
      const ownWords =
        (r.counted.modifiers !== "" && r.counted.modifiers !== anchor.counted.modifiers) ||
        ((r.noun?.lemma === "victim" || r.noun?.lemma === "case") &&
          /^\s+of\s+[a-z]/.test(text.slice(r.counted.end, r.counted.end + 8))) ||
        /\s(?:and|or)\s/.test(text.slice(r.q.end, r.counted.end));
      if (
        r.rule === "restated-noun" &&
        !Object.values(r.counted.breakdown).some(Boolean) &&
        anchor.noun === r.noun &&
        !ownWords
      )
        inheritBreakdown(r, anchor);
      if (r.q.kind === "money" && r.q.unit !== anchor.q.unit && r.inParen) {
        r.rule = "conversion";
        Object.assign(r.breakdown, anchor.breakdown);
      }
      // "1,245 Hondurans were deported … Of the total, 845 came from the United States": a part of a people sent
      // home names with "from" the place it left, not another people.
      const left = r.breakdown.citizenship;
      if (
        left &&
        anchor.breakdown.citizenship &&
        left !== anchor.breakdown.citizenship &&
        // "7,393 from Zimbabwe and 3,020 from Malawi": a sibling's own "from" names no people the part is of, unless
        // it named the reporting state's own nationals coming home.
        (anchor.breakdown.citizenship === state ||
          originNamed(text.slice(anchor.q.end, anchor.q.end + 80)) !== anchor.breakdown.citizenship) &&
        (!r.breakdown.country || r.breakdown.country === anchor.breakdown.country) &&
        (SENT_INDICATOR.test(r.indicator ?? "") || (r.indicator ?? "").includes("return")) &&
        namesFrom(text.slice(r.q.end, nextStart), left)
      )
        [r.breakdown.country, r.breakdown.citizenship] = [left, anchor.breakdown.citizenship];
      // "Applicants from Honduras were the first with 31,086 …, followed by El Salvador (7,803)": a state listed after a
      // count of one foreign people, placed nowhere by a preposition, names another people; a list after the
      // reporting state's own people names where they went.
      const people = anchor.breakdown.citizenship;
      if (
        r.listedState &&
        r.breakdown.country === r.listedState &&
        people &&
        !anchor.breakdown.country &&
        r.breakdown.citizenship === people &&
        r.listedState !== people &&
        people !== state &&
        r.listedState !== state &&
        !PLACED_IN.test(text.slice(anchor.q.start, r.q.start))
      )
        [r.breakdown.citizenship, r.breakdown.country] = [r.listedState, undefined];
      r.confidence = Math.min(anchor.confidence, 0.85);
    } else if (resolution) {
      r.indicator = resolution.indicator;
      r.family = resolution.family;
      r.known = resolution.known;
      if (r.q.kind === "money" && !resolution.known) r.rule = "money";
      // Where people live is no event: "migrants from 133 countries residing …" names no statistic the registry lacks.
      const happened = resolution.events.filter((e) => e !== "reside").length;
      r.confidence = resolution.known ? 0.9 : r.noun && happened > 0 ? 0.6 : 0.4;
    }
    // "Remittances from the United States rose to $29.9 million": where the money came from is the count's place.
    // The nearest source wins over one an earlier amount of the sentence passed on; sources listed for amounts listed
    // "respectively" go one to each.
    const sources = r.q.kind === "money" && r.family === "remittances" ? moneySources(text.slice(0, r.q.start)) : null;
    if (sources) {
      const nth = live.filter((o) => o.q.kind === "money" && o.q.start >= sources.end && o.q.start < r.q.start).length;
      const respective = sources.places.length > 1 && /\brespectively\b/i.test(text.slice(r.q.end));
      // "…, followed by the USA with 7.6 million euros", "…, New Zealand ($14.6 million)": an amount a list names by its
      // own state is that state's.
      r.breakdown.country = respective
        ? (sources.places[nth] ?? r.breakdown.country)
        : (rankedStateItem(text.slice(sources.end, r.q.start)) ??
          bracketedStateItem(text.slice(sources.end, r.q.start)) ??
          sources.places[0]);
    }
    // "Of these, 3,000 were asylum seekers", "…, of them 3,000 were students": what a part of the count before it was,
    // said by a copula after "of these", is its kind, not a count of its own; a verb there ("were deported") is its own.
    // "12,662 (70.4 percent) were employees": the share a bracket gives stands between the count and its copula.
    const predicateAt = afterShare(text, r.q.end);
    const kind =
      /^\s*(?:were|was|are|is)\s+([a-z][a-z -]*?)(?=\s*(?:[,;.]|\band\b|\bor\b|\bwhile\b|$))/
        .exec(text.slice(predicateAt, live.find((o) => o.q.start >= predicateAt)?.q.start ?? text.length))?.[1]
        .replace(/\s+-\s+/g, "-") ?? "";
    if (
      kind &&
      anchor?.known &&
      anchor.indicator &&
      r.q.kind === "count" &&
      anchor.q.kind === "count" &&
      /^[a-z][a-z -]*$/.test(kind) &&
      // A participle is the part's own verb ("3,000 were deported"); "self-employed" is a kind.
      !/^(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b/.test(kind) &&
      (r.events ?? []).every((e) => anchor.events?.includes(e) || eventsIn(kind).includes(e)) &&
      (PARTITIVE_LEAD.test(text.slice(clauseStart, r.q.start)) || PARTITIVE_BEFORE.test(text.slice(0, r.q.start)))
    ) {
      if (r.indicator !== anchor.indicator) {
        [r.indicator, r.family, r.known, r.rule] = [anchor.indicator, anchor.family, true, "part"];
        for (const k of ["citizenship", "country"] as const) r.breakdown[k] ||= anchor.breakdown[k] ?? undefined;
        r.confidence = Math.min(anchor.confidence, 0.85);
      }
      const qualified = Boolean(r.breakdown.sex || r.breakdown.age_group || r.breakdown.citizenship);
      const sameNoun = r.noun && anchor.noun === r.noun && kind === nounWords(text, anchor);
      if ((!r.breakdown.category || r.breakdown.category === anchor.breakdown.category) && !qualified && !sameNoun)
        r.breakdown.category = kind;
    }
    // "5,287 Nigeriens and 2,799 other Africans", "Other Africa accounted for 436": the others of a larger group or
    // region are that group, of no one state.
    const otherGroup =
      r.q.kind === "count"
        ? (otherGroupAfter(text.slice(r.q.end, nextStart)) ?? otherRegionBefore(text.slice(prevEnd, r.q.start)))
        : null;
    if (otherGroup) [r.breakdown.category, r.breakdown.citizenship] = [otherGroup, undefined];
    // "Dominica 10, Grenada 10" counting deportations: the places people were sent back to are their peoples'.
    // A people taken from the item before ("followed by Jamaica 787" after "the Dominican Republic received 1,981") is not its own.
    if (place.listed && r.indicator && SENT_INDICATOR.test(r.indicator))
      if (r.breakdown.country === place.country)
        [r.breakdown.citizenship, r.breakdown.country] = [place.country, undefined];
    // "St. Lucia had 22 deportees", "Jamaica received 751 deportees": the receiving state's people were sent back.
    // "China had 4,567 work permits", "Nepal received 1,200": a state holding the permits is their holders'.
    if (
      r.q.kind === "count" &&
      r.indicator &&
      (SENT_INDICATOR.test(r.indicator) || HOLDER_INDICATOR.test(r.indicator))
    ) {
      // The state its own clause opens on outweighs the people a gapped count took from the one before it.
      const receiver = receivingState(text.slice(Math.max(0, r.q.start - 90), r.q.start));
      if (receiver) [r.breakdown.citizenship, r.breakdown.country] = [receiver, undefined];
    }
    // "Taiwan followed with 49,980 workers": the state a ranking of people who left for work names is where they went.
    // "with Saudi Arabia receiving highest number of 1,101 people": people not yet known to have left are read against the
    // document's departures later, so only their destination is kept.
    const departed = Boolean(r.indicator && LEFT_ABROAD_INDICATOR.test(r.indicator));
    const unplaced = r.noun?.person && (!r.known || WEAK_EVENT_INDICATOR.test(r.indicator ?? ""));
    if (r.q.kind === "count" && (departed || unplaced)) {
      const destination = destinationState(text.slice(Math.max(0, r.q.start - 120), r.q.start));
      if (destination) r.destination = destination;
      if (destination && departed) r.breakdown.country = destination;
    }
    // A share is kept for review, named after the count it is a share of when one precedes it.
    if (r.q.kind === "percent") {
      r.rule = "share";
      r.confidence = 0.3;
      r.indicator = anchor?.indicator ? `${anchor.indicator}_share` : "share";
      r.family = anchor?.family ?? topicFamily(clause + " " + paragraph);
      r.known = false;
    }
    if (r.q.word && !r.noun && r.q.kind === "count") r.confidence = 0;
    // "partially funded one specialized shelter": "one" as the object of funding or running names an arrangement.
    if (
      r.q.word &&
      /^one$/i.test(r.q.text) &&
      r.noun &&
      !r.noun.person &&
      !/s$/i.test(text.slice(r.counted.end - 1, r.counted.end)) &&
      ARRANGING_VERB.test(text.slice(prevEnd, r.q.start)) &&
      !/\b(?:19|20)\d\d\b/.test(/^[^;.]*/.exec(text.slice(r.counted.end))![0])
    )
      r.confidence = Math.min(r.confidence, 0.4);
    // "foreigners living in Lithuania": where people live is the country reporting, not a breakdown by country.
    // The reporting state's own citizens living abroad ("12 million Mexicans lived in the United States") are counted there.
    const abroad = Boolean(state) && r.breakdown.citizenship === state && r.breakdown.country !== state;
    if (placed && r.noun?.person && !abroad && eventsIn(clause.toLowerCase()).includes("reside"))
      r.breakdown.country = undefined;
    // "10 quarantine centers": facilities of health care, not shelters, are kept for review.
    if (r.noun?.lemma === "shelter" && healthFacility(text.slice(r.q.end, r.counted.end)))
      r.confidence = Math.min(r.confidence, 0.4);
    // "less than 3,000 cases pending before the office": a backlog stands on a day, so a flow read of it is kept for review.
    if (
      r.q.kind === "count" &&
      r.indicator &&
      !INDICATOR_BY_ID.get(r.indicator)?.stock &&
      BACKLOG.test(text.slice(r.counted.end))
    )
      r.confidence = Math.min(r.confidence, 0.4);
    if (r.q.value === 0 && r.rule === "count") r.rule = "zero";
  };
  for (const [i, r] of live.entries()) {
    readNumber(i, r);
    const same = restated.get(r);
    if (same)
      Object.assign(r, {
        indicator: same.indicator,
        family: same.family,
        known: same.known,
        confidence: same.confidence
      });
  }
  // "…, 66,898 for general work permits, and 2,804 applications for special work permits": a restated noun's purpose.
  for (const [i, r] of live.entries()) {
    const before = live[i - 1];
    if (!r.noun || !before?.breakdown.category || before.rule !== "ellipsis") continue;
    // A category copied from the part before is no own one.
    if (r.breakdown.category && r.breakdown.category !== before.breakdown.category) continue;
    if (before.noun !== r.noun || !nextInList(text.slice(before.q.end, r.q.start))) continue;
    r.breakdown.category = listedFor(text.slice(r.counted.end)) ?? r.breakdown.category;
  }
  // "4,720 registration certificates and 275 permanent residence cards were issued for citizens of the EU": the
  // people counts are for (after their verb or their last noun) name the category of every count coordinated before.
  for (const [i, r] of live.entries()) {
    if (!r.noun || r.noun.person) continue;
    const forWhom =
      /^\s+(?:(?:were|was|have been|has been)\s+[a-z]+ed\s+)?for\s+(?:the\s+)?([^,;.()]{3,80}?)\s*(?:[,;.()]|$)/.exec(
        text.slice(r.counted.end)
      );
    // The people must head the phrase ("citizens of the EU"): "applications for refugee status were received" are for a
    // status, not for refugees.
    const head = forWhom ? lastNounIn(forWhom[1], 0, forWhom[1].length) : null;
    if (!forWhom || !head?.noun?.person || !/^\s*(?:(?:of|from)\s[^]*)?$/.test(forWhom[1].slice(head.end))) continue;
    for (let j = i; j >= 0 && live[j].noun; j--) {
      if (j < i && !/^[\s,]*(?:and|or)?\s*$/i.test(text.slice(live[j].counted.end, live[j + 1].q.start))) break;
      live[j].breakdown.category ||= forWhom[1];
    }
  }
  // "11% were Polish", "accounting for 14% of the total (3,324)": a share of a count the sentence states, naming
  // which part it is, is a statistic; a change ("a 32% increase", "12% to 3,947") stays for review.
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "percent") continue;
    const after = text
      .slice(r.q.end, live[i + 1]?.q.start ?? text.length)
      .replace(/^\s?(?:%|per\s?cent\b|percent\b)/i, "");
    if (/^\s*(?:to|from|increase|decrease|rise|fall|drop|fewer|more|less|higher|lower|up|down)\b/i.test(after))
      continue;
    const next = live[i + 1];
    const ofTotal = /^\s*of\s+the\s+total\s*\(\s*$/i.test(after) && next?.q.kind === "count" && next.indicator;
    const base = ofTotal
      ? next
      : live
          .slice(0, i)
          .reverse()
          .find((b) => b.q.kind === "count" && b.indicator && !b.inParen);
    if (!base?.indicator) continue;
    const own: Breakdown = {};
    const predicate = /^\s*(?:were|was|are|is)\s+([^,;.()]{1,40})/.exec(after);
    if (predicate) {
      qualifiersIn(predicate[1], own);
      const demonym = /^[A-Z]\p{L}+/u.exec(predicate[1]);
      const country = demonym ? canonicalCountry(demonym[0]) : null;
      if (country) own.citizenship = country;
    }
    if (!ofTotal && !Object.values(own).some(Boolean)) continue;
    r.breakdown = {...(ofTotal ? base.breakdown : {category: base.breakdown.category}), ...own};
    r.indicator = `${base.indicator}_share`;
    r.family = base.family;
    r.confidence = 0.6;
  }
  wholeKindOfListedParts(text, live);
  // "received 17 of 21 deportees who have been living in the United States": a part is of its whole's place and people.
  for (const [i, r] of live.entries())
    if (r.rule === "part-of" && live[i + 1])
      partOfWhole(r.breakdown, live[i + 1].breakdown, live[i + 1].partCitizenship);
  placeRankedCounts(text, live);
  groupsListed(text, live);
  // "165 migrants – 152 men and 13 women – to return home from Libya to Guinea", "162 migrants, including 101 women,
  // 43 men and 18 children, returned home to Nigeria": people brought home to one state are its own, whole and parts.
  for (const r of live) {
    if (r.q.kind !== "count" || r.breakdown.citizenship || !SENT_HOME_INDICATOR.test(r.indicator ?? "")) continue;
    const home = returnHomePlace(text.slice(r.q.end));
    if (home) r.breakdown.citizenship = home;
    // "Nearly 90,000 migrants returned to Ethiopia and Somalia from …": the states it went to name its part.
    else if (!r.breakdown.category) {
      const to = returnDestinations(text.slice(r.q.end, r.q.end + 160));
      if (to) r.breakdown.category = `to ${to}`;
    }
  }
  perElection(text, paragraph, live);
  totalsOfProvider(text, live);
  sharesOfThose(text, live, context);
  sharesStated(text, live, continues(text) ? context : null);
  // "Law enforcement referred 19 victims to NGOs, foreign embassies referred ten, …": once the parts name who
  // did it, the first names its own agent too.
  const agents = live.filter((r) => r.agent);
  for (const [i, r] of live.entries()) {
    if (r.agent || r.breakdown.category || !r.indicator || !agents.some((a) => a.indicator === r.indicator && a !== r))
      continue;
    const agent = agentOf(text.slice(i > 0 ? live[i - 1].q.end : 0, r.q.start), "");
    if (agent) {
      r.breakdown.category = agent;
      r.agent = true;
    }
  }
  compareLikeZeros(text, live, new Set(negated.keys()));
  // "approximately 5.6 million irregular Mexican migrants in the United States": an estimated stock of them.
  for (const r of live)
    if (r.q.kind === "count" && isIrregularStock(text, r.q.start, r.q.end))
      Object.assign(r, {indicator: "illegal_migrants_estimated", family: "border", known: true, confidence: 0.7});
  // "In their sex trafficking cases, police identified 97 potential victims": the kind of every count in it.
  const kind = openingKind(text);
  for (const r of kind ? live : [])
    if (r.q.kind === "count" && (!r.breakdown.category || STATUS_CATEGORIES.has(r.breakdown.category)))
      r.breakdown.category = kind!;
  comparedCounts(text, live);
  comparedLists(text, live);
  // "compared with 25 and none in 2018": each year's values are set against the counts before, in order.
  pairItems(text, live);
  // "599 Ugandan travelers, 477 females and 122 males,": parts in apposition are of the whole's citizenship too.
  apposedParts(text, live);
  // "41 suspects in 11 cases for sex trafficking": the people are of their cases' kind.
  shareCaseKind(text, live);
  // "(80 sex trafficking, 30 labor trafficking, and 10 both)": "both" is the two kinds listed together.
  bothKinds(text, live);
  // "Of the 22 forced labor victims, 16 were male": the parts are of the whole's kind.
  partitiveWhole(text, live);
  // "42 from Georgians": the people who applied is their citizenship, no kind of application.
  for (const r of live) {
    const people = r.noun?.lemma === "application" ? applicantPart(text.slice(r.counted.end))?.citizenship : null;
    if (people && r.breakdown.category && canonicalCountry(r.breakdown.category.replace(/s$/, "")) === people)
      delete r.breakdown.category;
  }
  contrastedSubjects(text, live);
  participleAgents(text, live);
  for (const t of respectiveTerms(
    text,
    live.map((r) => r.q)
  ))
    // A year of the list is paired by `respectively` in the sentence's periods; the other terms are kinds.
    if (!t.year) live[t.count].breakdown.category = t.term;
  // "DCI’s Transnational Organized Crime Unit (TOCU) proactively identified 144 …": whose count it is.
  const first = live.find((r) => r.q.kind === "count" && r.noun && !r.inParen);
  const agency = first && !first.breakdown.category ? agencySubject(text.slice(0, first.q.start)) : null;
  if (first && agency) [first.breakdown.category, first.agent] = [agency, true];
  subjectCategories(text, live);
  grantGrounds(text, live);
  participleKinds(text, live);
  ownPredicates(text, live);
  oneSourceAsides(text, live);
  unknownAttributes(text, live);
  respectiveQuoted(text, live);
  foreignParts(live);
  setSizes(text, live);
  // "7,564 persons (59.7 percent)", "22.8 percent (4,095 persons)": a share restating a count is read as that count.
  sharesOfCounts(text, live);
  // "increased by 4.3% from 1,341,860 to 1,399,408": a change in percent is of the figure it reached.
  percentChanges(text, paragraph, live);
  // "Moroccans represented 26% of those arrested": a part's share of the whole named after it.
  partShares(text, paragraph, live);
  // "Kosovo (4.7 %), Albania (3 %) … complete the top 10": a place's share of the count a ranking is of.
  placeShares(text, live, previous);
  // "Rwanda hosts 72,007 refugees, Tanzania 164,873": each count of a gapped list is of its own state.
  const placed = gappedPlaces(text, live).map((i) => live[i]);
  // "China had 4,567; Korea, 729" of permits the reporting state gave: a state that had or received them is their
  // holders' nationality ("South Africa issued 3,100 work permits, Botswana 900" names the states that gave them).
  const held = placed.some((r) => receivingState(text.slice(Math.max(0, r.q.start - 90), r.q.start)));
  for (const r of held ? placed : [])
    if (r.q.kind === "count" && HOLDER_INDICATOR.test(r.indicator ?? "") && r.breakdown.country !== state)
      [r.breakdown.citizenship, r.breakdown.country] = [r.breakdown.country, undefined];
  // "23 women and seven girls in sex trafficking": the kind after a run of counts by sex or age is each one's.
  for (const [from, to] of runsClosedByIn(text)) {
    const run = live.filter((r) => r.q.kind === "count" && r.q.start >= from && r.q.end <= to);
    const kind = run.at(-1)?.breakdown.category;
    if (run.length > 1 && kind && CATEGORIES.some((c) => c.label === kind))
      for (const r of run) r.breakdown.category = kind;
  }
  // "initiated 12 prosecutions and continued nine": the verb before a count of cases names their stage, when the
  // sentence sets cases of two stages apart (a year's "initiated 139 investigations" alone is its total).
  const staged = live
    .filter((r) => r.q.kind === "count" && !r.breakdown.category && STAGED_LEMMAS.includes(r.noun?.lemma ?? ""))
    .map((r) => [r, caseStage(text.slice(Math.max(0, r.q.start - 80), r.q.start))] as const);
  if (new Set(staged.map(([, stage]) => stage).filter(Boolean)).size > 1)
    staged.forEach(([r, stage], k) => {
      // "initiated one prosecution, compared with 16 in the previous period": an elided count is of its antecedent's stage.
      const before = staged[k - 1];
      r.breakdown.category =
        stage ??
        (r.rule === "ellipsis" && before?.[0].noun === r.noun ? before[0].breakdown.category : null) ??
        undefined;
    });
  // "5,003 applications for new recruitment, 15,409 applications for general work permits": counts of one noun set
  // apart by what each was for name that as their kind.
  const purposes = live
    .filter((r) => r.q.kind === "count" && r.noun && !r.breakdown.category)
    .map((r) => [r, PURPOSE_AFTER.exec(text.slice(r.counted.end))?.[1]] as const)
    .filter((x): x is readonly [Reading, string] => Boolean(x[1]));
  for (const [r, purpose] of purposes)
    if (new Set(purposes.filter(([o]) => o.noun === r.noun).map(([, p]) => p)).size > 1) r.breakdown.category = purpose;
  // "162 foreign workers. They included 128 carpenters, 14 welders …": kinds of people no vocabulary knows, as parts.
  partsByKind(text, live, context ? [context] : previous);
  labelBracketRuns(text, live);
  // "between 22,000 and 25,000 Colombians": the noun after the upper end says who both ends count.
  for (const [i, r] of live.entries()) {
    const upper = live[i + 1];
    if (bounds.get(r.q.start) !== "lower bound" || !upper || bounds.get(upper.q.start) !== "upper bound") continue;
    for (const k of ["citizenship", "country", "sex", "age_group"] as const) r.breakdown[k] ||= upper.breakdown[k];
  }
  // "between 150 and 180 migrants": the ends of a range are kept apart as its bounds.
  for (const r of live) {
    const bound = bounds.get(r.q.start);
    if (bound) r.breakdown.category = r.breakdown.category ? `${r.breakdown.category}, ${bound}` : bound;
  }
  return [...readings, ...allOf(text, live), ...eachOf(text, live)].sort((a, b) => a.q.start - b.q.start);
}

const SHARE_VERB = String.raw`(?:makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|constitutes?|constituted|represents?|represented|(?:have|has)\s+constituted)`;
// "Brazil makes up the largest single nationality, with 9.6%": a country that is the subject of a share verb.
const SHARE_SUBJECT = new RegExp(
  String.raw`([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)\s+${SHARE_VERB}\b[^,;]{0,60},?\s*(?:with\s+)?(?:about\s+|around\s+|some\s+)?$`,
  "u"
);

/**
 * Shares a sentence states outright, kept as statistics: one restating the count before it ("only 93, that
 * is, 9 percent, were addressed"), one a named country makes up of a count stated or continued ("Of those
 * removed, Brazil makes up the largest single nationality, with 9.6%"), and one a people makes up of a whole
 * ("foreigners have constituted 2.79% of all residents"). A change ("up 12%") is none of these.
 */
function sharesStated(text: string, live: Reading[], continued: Reading | null): void {
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "percent" || r.confidence >= 0.6) continue;
    const prev = live[i - 1];
    const lead = text.slice(prev ? prev.q.end : 0, r.q.start);
    const after = text
      .slice(r.q.end, live[i + 1]?.q.start ?? text.length)
      .replace(/^\s?(?:%|per\s?cent\b|percent\b)/i, "");
    if (/^\s*(?:increase|decrease|rise|fall|drop|more|less|higher|lower)\b/i.test(after)) continue;
    const share = (base: Reading | null, breakdown: Breakdown, indicator: string) => {
      r.breakdown = breakdown;
      r.indicator = indicator;
      r.family = base?.family ?? r.family;
      r.confidence = 0.6;
    };
    if (prev?.q.kind === "count" && prev.indicator && /^\s*,?\s*(?:that\s+is|i\.e\.|or)\s*,?\s*$/i.test(lead)) {
      share(prev, {...prev.breakdown}, `${prev.indicator}_share`);
      continue;
    }
    const subject = SHARE_SUBJECT.exec(lead);
    const country = subject ? (canonicalCountry(subject[1]) ?? canonicalCountry(subject[1].replace(/s$/, ""))) : null;
    const base =
      live
        .slice(0, i)
        .reverse()
        .find((b) => b.q.kind === "count" && b.indicator && !b.inParen) ?? continued;
    if (country && base?.indicator) {
      share(base, {category: base.breakdown.category, citizenship: country}, `${base.indicator}_share`);
      continue;
    }
    // "Among these, 55 per cent were Yemeni nationals, 43 per cent Ethiopians": a people's share of the count before.
    const named = base?.indicator ? sharePeople(after) : null;
    if (named && base?.indicator) {
      share(base, {category: base.breakdown.category, citizenship: named}, `${base.indicator}_share`);
      continue;
    }
    // "foreigners have constituted 2.79% of all Lithuanian residents": a people's share of a population.
    const whole = /^\s*of\s+(?:all|the\s+(?:total|whole))\b/i.test(after);
    const people = whole && !base ? lastNounIn(lead, 0, lead.length) : null;
    // "foreign workers from mainland China accounted for 62 percent of the total": the people's origin too.
    const origin = people?.noun?.person
      ? originAfter(lead.slice(people.end).replace(/\bmainland\s+(?=[A-Z])/g, ""))
      : null;
    if (people?.noun?.person && new RegExp(`${SHARE_VERB}\\s*$`, "i").test(lead))
      share(null, origin ? {...people.breakdown, citizenship: origin} : people.breakdown, `${people.noun.lemma}_share`);
  }
}

/**
 * "all victims were female", "(all female victims in 2017)", "26 potential trafficking victims, all sex
 * trafficking victims": "all" with a breakdown of its own counts the whole of the nearest total before it
 * (in or out of brackets alike), so it takes that total's value; "all trafficking victims" alone says nothing new.
 */
function allOf(text: string, live: Reading[]): Reading[] {
  const out: Reading[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z])all\s+(?=[a-z])/gi)) {
    const start = m.index;
    const counted = readCounted(text, start + 3);
    if (!counted.noun || live.some((r) => r.q.start >= start && r.q.start < counted.end)) continue;
    const breakdown = {...counted.breakdown};
    const predicate = /^\s+(?:were|was)\s+([a-z -]+?)(?=\s*(?:[,;.()]|$))/.exec(text.slice(counted.end));
    if (predicate) qualifiersIn(predicate[1], breakdown);
    if (!Object.values(breakdown).some(Boolean)) continue;
    const inParen = (text.slice(0, start).match(/\(/g)?.length ?? 0) > (text.slice(0, start).match(/\)/g)?.length ?? 0);
    const total = live
      .filter((r) => r.q.end <= start && r.inParen === inParen && r.q.kind === "count" && r.indicator && r.known)
      // "26 potential trafficking victims, all sex trafficking victims": a status of the whole is no part of it.
      .filter((r) => (!r.breakdown.category || STATUS_CATEGORIES.has(r.breakdown.category)) && !r.breakdown.sex)
      .filter((r) => !r.breakdown.age_group && !r.agent)
      .filter((r) => r.noun === counted.noun || (r.noun?.person && counted.noun?.person))
      .at(-1);
    if (!total) continue;
    out.push({
      ...total,
      q: {...total.q, start, end: start + 3, text: m[0].trim(), word: true},
      counted,
      noun: counted.noun,
      rule: "all",
      confidence: Math.min(total.confidence, 0.75),
      breakdown: {...breakdown, citizenship: breakdown.citizenship ?? total.breakdown.citizenship},
      part: true,
      inParen
    });
  }
  return out;
}

/**
 * "Two victims received health care", "the NGO-run shelter assisted 19 newly-identified victims": the service
 * received or the provider that assisted sets a count of people apart (before the parts that continue it).
 */
function receivedServices(text: string, live: Reading[]): void {
  for (const r of live) {
    if (r.q.kind !== "count" || !r.noun?.person) continue;
    const service = serviceReceived(text, r.counted.end);
    if (service && !r.breakdown.category) r.breakdown.category = service;
    const provider = providerBefore(text.slice(Math.max(0, r.q.start - 80), r.q.start));
    if (!provider) continue;
    r.provided = provider;
    const newly = newlyReached(text.slice(r.q.end, r.counted.end));
    r.breakdown.category = newly ? `${provider.label}, ${newly}` : provider.label;
  }
}

/**
 * "The majority (84%) of those entering detention … were non-EU nationals": a share of the people the sentence
 * before counted, set apart by what they were; the base is that sentence's count when this one states none.
 */
function sharesOfThose(text: string, live: Reading[], context: Reading | null): void {
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "percent" || r.indicator !== "share") continue;
    const after = text.slice(r.q.end, live[i + 1]?.q.start ?? text.length);
    const m =
      /^\s?(?:%|per\s?cent\b|percent\b)?\)?\s+of\s+(?:those|these|them|all)\b[^,;()]*?\s(?:were|was|are|is)\s+([^,;.()]{1,40}?)\s*(?:[,;.()]|$)/i.exec(
        after
      );
    const base =
      live
        .slice(0, i)
        .filter((b) => b.q.kind === "count" && b.known && !b.inParen)
        .at(-1) ?? context;
    if (!m || !base?.indicator || base.q.kind !== "count") continue;
    const own = qualifiersIn(m[1]);
    // Words no list knows name the part only when they end on a counted noun ("non-EU nationals", not "in the capital").
    if (!Object.values(own).some(Boolean)) {
      if (lastNounIn(m[1], 0, m[1].length)?.end !== m[1].trimEnd().length) continue;
      own.category = m[1].trim();
    }
    r.breakdown = own;
    r.indicator = `${base.indicator}_share`;
    r.family = base.family;
    r.rule = "share-of-those";
    r.confidence = 0.6;
  }
}

/** "the shelter assisted 19 newly-identified victims …, and 36 victims in total": the provider's whole count. */
function totalsOfProvider(text: string, live: Reading[]): void {
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "count" || !r.noun || !/^\s+in\s+total\b/i.test(text.slice(r.counted.end))) continue;
    const by = live
      .slice(0, i)
      .reverse()
      .find((p) => p.provided && p.noun === r.noun && p.indicator);
    if (!by?.provided) continue;
    r.indicator = by.indicator;
    r.family = by.family;
    r.known = by.known;
    r.breakdown = {...r.counted.breakdown, category: by.provided.label};
    r.part = false;
    r.rule = "total";
    r.confidence = Math.min(by.confidence, 0.85);
  }
}

const NAME = `(?:the\\s+)?${properName()}`;
const EACH = new RegExp(`^\\s*each\\s+(?:in|to|from)\\s+(${NAME}(?:\\s*,\\s*${NAME})*\\s*,?\\s+and\\s+${NAME})`, "u");

/**
 * "three each in Turkey and South Korea": the same count for every place of the list; the reading of the number
 * keeps the first place, and each further place gets a reading of its own.
 */
function eachOf(text: string, live: Reading[]): Reading[] {
  const out: Reading[] = [];
  for (const r of live) {
    if (r.q.kind !== "count" || !r.indicator) continue;
    const m = EACH.exec(text.slice(r.counted.end));
    if (!m) continue;
    const places = m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((p) => canonicalCountry(p.replace(/^the\s+/, "")));
    const key =
      r.breakdown.country === places[0] ? "country" : r.breakdown.citizenship === places[0] ? "citizenship" : null;
    if (!key || places.some((p) => !p)) continue;
    for (const place of places.slice(1))
      out.push({
        ...r,
        breakdown: {...r.breakdown, [key]: place!},
        rule: "each",
        confidence: Math.min(r.confidence, 0.8)
      });
  }
  return out;
}

// A past verb of its own, after "and" or "but", right before an elided count ("…, and convicted 12").
const VERB_BEFORE_ELIDED =
  /\b(?:and|but)\s+(?:also\s+|later\s+|subsequently\s+)?([a-z]+ed)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|only|another)\s+)?$/i;

/** The events the past verb right before an elided count at `at` names ("…, and convicted 12"). */
function eventsBeforeElided(text: string, at: number): string[] {
  const before = VERB_BEFORE_ELIDED.exec(text.slice(Math.max(0, at - 60), at));
  return before ? eventsIn(before[1].toLowerCase()) : [];
}

/**
 * What an elided part's own predicate names ("12 were readmitted under …", "251 expelled"), when its verb
 * follows the number, names another event than the count it continues, and the registry knows it.
 */
function ownPredicate(
  text: string,
  r: Reading,
  anchor: Reading | null,
  clauseEnd: number,
  paragraph: string,
  previous = ""
): Resolution | null {
  const from = r.rule === "count" ? r.counted.end : r.q.end;
  // "… registered as asylum applicants and 18 as irregular migrants": the shared verb, under the part's own status.
  const swapped =
    r.rule === "ellipsis" && anchor
      ? statusPredicate(text.slice(anchor.counted.end, r.q.start), text.slice(r.q.end, clauseEnd))
      : null;
  if (swapped) {
    const status = resolveIndicator(r.noun, false, swapped, paragraph, 0, eventsIn(swapped.toLowerCase()));
    return namedByEvent(status) && status.indicator !== anchor?.indicator ? status : null;
  }
  // "prosecuted 45 alleged traffickers, compared with 32 …, and convicted 12": the verb right before an elided count.
  const beforeEvents = r.rule === "ellipsis" ? eventsBeforeElided(text, r.q.start) : [];
  if (beforeEvents.length) {
    const own = resolveIndicator(r.noun, false, text.slice(0, clauseEnd), paragraph, r.q.start, beforeEvents);
    if (namedByEvent(own) && own.indicator !== anchor?.indicator) return own;
  }
  const verb =
    /^\s+(?:of\s+(?:which|whom|them|these|those)\s+)?(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?=[a-z])/.exec(
      text.slice(from, clauseEnd)
    );
  if (!verb) return null;
  const predicate = text.slice(from + verb[0].length, clauseEnd).toLowerCase();
  // "received complementary protection": the predicate opens on an event's form (of one word or more).
  const opening = /^[a-z]+/.exec(predicate)![0];
  if (eventsIn(opening).length === 0 && !opensOnEvent(predicate)) return null;
  const events = eventsIn(predicate);
  if (events.some((e) => anchor?.events?.includes(e))) {
    // "asylum was granted to 23 and another 67 received complementary protection": the same event, of another status
    // the predicate alone names.
    const status = resolveIndicator(r.noun, false, predicate, paragraph, 0, events);
    return namedByEvent(status) && status.indicator !== anchor?.indicator && hasTerms(status.indicator) ? status : null;
  }
  const own = resolveIndicator(r.noun, false, text.slice(0, clauseEnd), paragraph, r.q.start, events);
  if (namedByEvent(own) || !previous) return namedByEvent(own) ? own : null;
  // "… applications for refugee status were lodged. Of these, nine were granted": what the part's verb befell is
  // what the sentence before counted, in that sentence's terms.
  const terms = resolveIndicator(
    r.noun,
    false,
    `${previous} ${text.slice(0, clauseEnd)}`,
    paragraph,
    previous.length + 1 + r.q.start,
    events
  );
  return namedByEvent(terms) ? terms : null;
}

/** Whether the first words of a predicate are a form of an event ("received complementary protection"). */
function opensOnEvent(predicate: string): boolean {
  return eventsIn(predicate.split(/\s+/).slice(0, 3).join(" ")).length > 0;
}

/** Whether an indicator is told apart from others of its event by terms of its own. */
function hasTerms(indicator: string): boolean {
  return Boolean(INDICATOR_BY_ID.get(indicator)?.vocabulary?.terms?.length);
}

/** Whether a known indicator was chosen by one of its events: the sentence's other words alone do not make it a count's. */
function namedByEvent(resolution: Resolution | null): boolean {
  if (!resolution?.known) return false;
  const events = INDICATORS.find((ind) => ind.id === resolution.indicator)?.vocabulary?.events;
  return Boolean(events?.some((e) => resolution.events.includes(e)));
}

/**
 * "14 individuals (+1, 9 female, 5 male) were involved as defendants": the parts in brackets after a count leave
 * its predicate after them, so its clause runs past the brackets to the next number or semicolon.
 */
function pastParts(text: string, r: Reading, live: Reading[], i: number): number | null {
  if (!r.noun || r.inParen) return null;
  // "3,000 foreigners, including 1,200 women, were deported": the parts between commas, then the count's verb.
  const including =
    /^\s*,\s*(?:including|incl\.|of\s+whom|of\s+which|among\s+them)\s[^;]*?,\s*(?:were|was|have\s+been|has\s+been|had\s+been)\s/i.exec(
      text.slice(r.counted.end)
    );
  if (including) return nextBoundary(text, live, i, r.counted.end + including[0].length);
  const open = /^(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,3})?\s*\(/.exec(text.slice(r.counted.end));
  if (!open) return null;
  let depth = 0,
    close = -1;
  for (let k = r.counted.end + open[0].length - 1; k < text.length && close < 0; k++) {
    depth += text[k] === "(" ? 1 : text[k] === ")" ? -1 : 0;
    if (depth === 0) close = k;
  }
  return close < 0 ? null : nextBoundary(text, live, i, close);
}

/** Where a clause that runs past `from` ends: the next number after it, or its semicolon. */
function nextBoundary(text: string, live: Reading[], i: number, from: number): number {
  const after = live.slice(i + 1).find((n) => n.q.start > from);
  const semi = text.indexOf(";", from);
  return Math.min(after?.q.start ?? text.length, semi >= 0 ? semi : text.length);
}

/**
 * "… issued 1,210 work permits, extended 640 work permits and registered …": after a count whose verb stands
 * before it, a verb after the next comma or "and" is the next count's; the count's clause ends there.
 */
function nextVerb(text: string, r: Reading, clauseStart: number, nextStart: number, involved = false): number | null {
  // "initiated prosecution of 39 cases involving 31 suspects and convicted 12": the involved count's verb came before.
  if (!r.noun || (!involved && eventsIn(text.slice(clauseStart, r.q.start).toLowerCase()).length === 0)) return null;
  const between = text.slice(r.counted.end, nextStart);
  const cut = /(?:\s*,\s*(?:and\s+)?|\s+and\s+)([a-z]+)\s/.exec(between);
  if (!cut || !/(?:ed|ued|ght)$/.test(cut[1]) || eventsIn(cut[1]).length === 0) return null;
  return r.counted.end + cut.index;
}

// ", and permits were extended", "and they have been returned": a clause of its own, with a subject and a passive verb.
const OWN_CLAUSE =
  /,?\s+and\s+(?:the\s+|their\s+|these\s+|those\s+)?(?!(?:were|was|have|has|had)\b)(?:[a-z-]+\s+){1,3}?(?:were|was|have|has|had)\s+(?:also\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b/;

const OWN_CLAUSES = new RegExp(OWN_CLAUSE.source, "g");

// "with 290 suspects arrested and 207 women … rescued": an item its own participle closes ends before the next item.
// A finite verb ("were rejected and 3,300 cases were …") is a clause of its own, read as before.
const CLOSED_ITEM = /^\s+(?:(?!(?:were|was|are|is|have|has|had|been)\s)[A-Za-z-]+\s+){1,3}?([a-z]+ed)\s*,?\s+and\s+$/;

/** Where the last coordinated clause of its own in `lead` opens (past its "and"), or 0 when none does. */
function ownClauseOpening(lead: string): number {
  if (!/\band\b/.test(lead)) return 0;
  const closed = CLOSED_ITEM.exec(lead);
  if (closed && eventsIn(closed[1].toLowerCase()).length > 0) return lead.length;
  let at = 0;
  for (const m of lead.matchAll(OWN_CLAUSES)) {
    const and = /and\s+/.exec(m[0])!;
    at = m.index + and.index + and[0].length;
  }
  return at;
}

/**
 * "3,024 permits were issued for employment last year, and permits were extended on 408 occasions": once a count's
 * own verb has come, a coordinated clause with a subject and verb of its own ends its clause.
 */
function coordinatedClauseEnd(text: string, r: Reading, nextStart: number): number | null {
  if (!r.noun) return null;
  const between = text.slice(r.counted.end, nextStart);
  const cut = OWN_CLAUSE.exec(between);
  if (!cut || eventsIn(between.slice(0, cut.index).toLowerCase()).length === 0) return null;
  return r.counted.end + cut.index;
}

/** The nearest earlier number with a noun (or money) whose statement an elliptic number continues; parts in brackets never anchor what follows them. */
/** A ranking's counts whose place is named apart from them: "A and B followed, with N and M …, respectively", "with N travelling there". */
/**
 * "South Americans, more than 324,000, led by Venezuelans, more than 252,000, Ecuadorians (47,724)": once a list
 * names a group of peoples before a count, each item is of the group or people named right before its own count.
 */
function groupsListed(text: string, live: Reading[]): void {
  const counts = live.filter((r) => r.q.kind === "count" && !r.q.excluded);
  const leads = counts.map((r, k) => text.slice(k > 0 ? counts[k - 1].q.end : 0, r.q.start));
  if (!leads.some((lead) => groupBeforeCount(lead))) return;
  for (const [k, r] of counts.entries()) {
    const own = listedGroup(leads[k], countryOfPeople);
    if (!own) continue;
    r.breakdown.category = own.category;
    r.breakdown.citizenship = own.citizenship;
  }
}

function placeRankedCounts(text: string, live: Reading[]): void {
  const counts = live.filter((r) => r.q.kind === "count");
  const spans = counts.map((r) => ({start: r.q.start, end: r.q.end, countedEnd: r.counted.end}));
  for (const [i, place] of respectivePlaces(text, spans)) Object.assign(counts[i].breakdown, place);
  for (const [i, r] of counts.entries()) {
    const there = r.breakdown.country ? null : placeThere(text, spans[i]);
    if (there) r.breakdown.country = there;
    const ranked = rankedPlace(text, spans[i]);
    if (ranked) Object.assign(r.breakdown, ranked);
  }
}

// ", an increase from", ", down from", ", compared with": a comparison set off after a count, before the bare figure.
const WHOLE_COMPARISON =
  /^[^;.()]*?,\s*(?:an?\s+(?:\w+\s+)?(?:increase|decrease|rise|drop|decline|reduction)\s+(?:from|on|over|compared\s+(?:with|to))|(?:up|down)\s+from|compared\s+(?:with|to)|as\s+against)\s+(?:(?:about|some|around|nearly|almost|over|more\s+than)\s+)?$/i;
// The words that join the items of a list of parts: "41 women and 7 men", "80 women, 20 girls, and 12 men".
const LIST_JOIN = /^\s*[\p{L}\s-]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
// ", including", ", of whom", ", among them": what comes after lists parts of the count before.
const PARTS_OPEN = /,\s*(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom)\s[^;.()]*$/i;

/**
 * The whole a bare figure after a comparison is set against, when the count right before it is a part listed under
 * that whole ("61 victims, including 34 children, an increase from 45 in 2019" sets 45 against the 61); null otherwise.
 */
function wholeCompared(text: string, live: Reading[], part: Reading, r: Reading): Reading | null {
  if (!WHOLE_COMPARISON.test(text.slice(part.q.end, r.q.start))) return null;
  const before = live.filter((w) => w.q.end <= part.q.start && w.q.kind === r.q.kind && w.noun && w.indicator);
  // "including 41 women and 7 men": back to the list's first part, over the words that join its items.
  let first = part;
  while (before.length > 1 && before.at(-1)!.q.end <= first.q.start) {
    const prev = before.at(-1)!;
    const between = text.slice(prev.q.end, first.q.start);
    if (PARTS_OPEN.test(between) || !LIST_JOIN.test(between)) break;
    first = before.pop()!;
  }
  const whole = before.filter((w) => w.q.end <= first.q.start).at(-1);
  if (!whole || whole === first || !PARTS_OPEN.test(text.slice(whole.q.end, first.q.start))) return null;
  return whole;
}

/**
 * Names the grounds of each count of permits, visas or moves into the country the words after it state ("5,869
 * applicants were granted permits for studies", "arrived to study"), and of the figures a bracket sets against it.
 */
function grantGrounds(text: string, live: Reading[]): void {
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "count" || r.breakdown.category || r.inParen) continue;
    const end = live.slice(i + 1).find((n) => n.q.start > r.q.end)?.q.start ?? text.length;
    const label = permitGrounds(text.slice(0, end), text.slice(r.q.end, end));
    if (!label) continue;
    r.breakdown.category = label;
    for (const o of live) if (o.inParen && o.antecedent === r && !o.breakdown.category) o.breakdown.category = label;
  }
}

/** The count before `nearest` whose noun a compared figure names again, when `nearest` counts something else. */
function sameNounCompared(text: string, live: Reading[], nearest: Reading, r: Reading): Reading | null {
  if (!r.noun || nearest.noun === r.noun || !WHOLE_COMPARISON.test(text.slice(nearest.q.end, r.q.start))) return null;
  return live.filter((w) => w.q.end <= nearest.q.start && w.noun === r.noun && w.q.kind === r.q.kind).at(-1) ?? null;
}

// "1,993: interceptions in Quebec": a figure, a colon and the label of what it counts.
const FIGURE_COLON = /^(\d{1,3}(?:,\d{3})*):(?=\s*\p{L})/u;

/** A sentence opening on a figure, a colon and a word, with the colon read as a space. */
function figureColonLine(text: string): string {
  const m = FIGURE_COLON.exec(text);
  return m ? `${m[1]} ${text.slice(m[0].length)}` : text;
}

function findAnchor(live: Reading[], i: number): number | null {
  for (let j = i - 1; j >= 0; j--) {
    // "from Albania (97), followed by Georgia at 39": a country's bracketed count is a listed part, and anchors the next.
    const named = (r: Reading) => Boolean(r.breakdown.citizenship || r.breakdown.country);
    const listed = live[j].rule === "subject" && named(live[j]) && named(live[i]);
    if (live[j].inParen && !live[i].inParen && !listed) continue;
    if (live[j].aside && !live[i].aside) continue;
    if (live[j].noun?.lemma === "place") continue;
    if (live[j].q.kind === live[i].q.kind && (live[j].noun || live[j].q.kind === "money") && live[j].indicator)
      return j;
  }
  return null;
}

/** Categories that qualify how sure a whole count is rather than which part it is. */
const STATUS_CATEGORIES = new Set(["potential"]);

const ARRANGING_VERB = new RegExp(
  `\\b(?:${[...(EVENTS.find((e) => e.id === "fund")?.forms ?? []), "maintained", "operated", "ran", "managed", "supported"].join("|")})\\s+$`,
  "i"
);

/** The people a sentence opens on as its subject ("Uzbeks were …", "Syrians make up …"), as a country. */
function peopleSubject(text: string): string | null {
  const m =
    /^(?:The\s+)?([A-Z]\p{L}+)s\s+(?:were|are|was|is|remain(?:ed)?|formed|form|make|made|account(?:ed)?)\b/u.exec(text);
  return m ? canonicalCountry(m[1]) : null;
}

const REFERS_BACK = /\b(?:this|that|the\s+same)\s+(?:number|figure)\b/i;
// "Eight involved sex trafficking and another eight labour trafficking": a bare count whose verb says what a part
// of the count before concerned opens on that count too.
// "He said of the total, …", "The minister told reporters that of these, …": a saying before the opening relays it.
const SAID_LEAD = String.raw`(?:[A-Z][^,.;"“]{0,60}?\s(?:${SAYING_VERBS.join("|")})(?:\s+(?:reporters|journalists))?\s+(?:that\s+)?)?`;
// "According to the age structure, 2,475 were children", "By sex, 7,507 were men": a breakdown named before the parts,
// a figure opening the clause after it ("Broken down by nationality, instances … were registered" has a subject of its own).
const BY_BREAKDOWN = String.raw`(?:according\s+to|by|(?:broken\s+down|disaggregated)\s+by|in\s+terms\s+of)\s+(?:the\s+|their\s+)?(?:age|sex|gender|nationality|citizenship|country\s+of\s+origin)(?:\s+(?:structure|breakdown|distribution|groups?|profile))?,(?=\s*\d)`;
const CONTINUES = new RegExp(
  String.raw`^["“‘']?${SAID_LEAD}(?:in\s+particular,|${BY_BREAKDOWN}|[\d,.]+\s+of\s+(?:these|those|them)\b|(?:of|among|out of)\s+(?:(?:those|these|them|whom|which|(?:this|that)\s+(?:number|figure|total))(?:\s+[^,:]{1,40})?|the\s+[^,:]{1,60})[,:]|(?:[\d,]+|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:involved|concerned|related\s+to|were\s+related\s+to)\s)`,
  "i"
);

const COMPARED_OPENING =
  /^["“‘']?(?:(?:this\s+is\s+)?(?:compared|in\s+comparison)\s+(?:to|with)|as\s+against)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+under)\s+)?(?:[$€£]|US\$|[A-Z]{3}\s?)?(?!(?:19|20)\d\d\b)\d/i;

/** Whether a sentence continues the counts of the one before ("Of these, …", "The workers comprised …"). */
const continues = (text: string) =>
  CONTINUES.test(text) ||
  listsPartsOfGroup(text) ||
  listsBareParts(text) ||
  readsPartOfPrevious(text) ||
  restatesForOtherPeriod(text) ||
  // "NGOs referred seven": a subject that did to a bare count what the sentence before counted.
  eventsIn(agentBareObjectVerb(text) ?? "").length > 0 ||
  // "Compared to 555 million euros in 2022, …": the figure the sentence before counted, in another period.
  COMPARED_OPENING.test(text) ||
  // "This was a decrease compared with 332 investigations": that figure in the period before.
  opensOnComparison(text);

/** The readings a following sentence may continue: those of the sentence with a known indicator, outside brackets. */
export function mainReadings(readings: Reading[]): Reading[] {
  return readings.filter((r) => !r.q.excluded && r.known && !r.inParen);
}

/** Which of the previous sentence's readings "Of these work permits, …" continues: the first counting that noun, else the first. */
function continued(text: string, previous: Reading[]): Reading | null {
  const opening = CONTINUES.exec(text);
  if (!opening || previous.length === 0) return previous[0] ?? null;
  const noun = lastNounIn(opening[0], 0, opening[0].length)?.noun;
  return (noun && previous.find((r) => r.noun?.lemma === noun.lemma)) || previous[0];
}

/**
 * "nine labor trafficking victims, including one minor", "127 victims, including 26 children, were sexually
 * exploited": a part that names no category of its own is of the whole's category (never of who did it).
 */
function keepWholeCategory(r: Reading, anchor: Reading, text: string): void {
  const part = r.part || /^\s+of\s+(?:whom|which|them)\b/i.test(text.slice(r.q.end, r.q.end + 12));
  if (!part || r.inParen || r.breakdown.category || anchor.agent || !anchor.breakdown.category) return;
  r.breakdown.category = anchor.breakdown.category;
}

// "(eight percent) from Eretria", "of other nationalities": a part's own origin after its number and any bracket.
const OWN_ORIGIN = /^\s*(?:\([^)]*\)\s*)?(?:[a-z]+\s+){0,2}?(?:from|of)\s+(?:the\s+)?(?:[A-Z]|other\b)/;

/** The state a part's own "from X" names right after its number and any bracket, or null. */
function originNamed(after: string): string | null {
  const m =
    /^\s*(?:\([^)]*\)\s*)?(?:[a-z]+\s+){0,2}?from\s+(?:the\s+)?([A-Z][\p{L}'’ -]*?)(?=\s*[;,.()]|\s+(?:and|or)\b|$)/u.exec(
      after
    );
  return m ? canonicalCountry(m[1]) : null;
}

// The kinds a "both … and …" coordination sets apart, each followed by its bracketed figure (a currency may open it).
const BOTH_FIRST = /\bboth\s+([a-z][a-z-]*[a-z])\s*\(\s*(?:[A-Z]{0,3}\$\s*)?$/;
const BOTH_SECOND =
  /\bboth\s+[a-z][a-z-]*[a-z]\s*\([^()]*\)\s+and\s+([a-z][a-z-]*[a-z])(?:\s+[a-z]+)?\s*\(\s*(?:[A-Z]{0,3}\$\s*)?$/;

/** The kind named before a figure bracketed in "both X (N) and Y (M)", or null. */
function bothKind(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 120), at);
  return (BOTH_FIRST.exec(before) ?? BOTH_SECOND.exec(before))?.[1] ?? null;
}

function inheritBreakdown(r: Reading, anchor: Reading): void {
  const own = Object.values(r.breakdown).some(Boolean);
  // Parts restate the anchor's noun and add their own qualifiers; a bare "eight in 2017" repeats the anchor's, and
  // the body that acted too where it stands in brackets after that body's count ("police referred 89 (44 in 2017)").
  if (!own)
    Object.assign(
      r.breakdown,
      anchor.agent && !r.inParen ? {...anchor.breakdown, category: undefined} : anchor.breakdown
    );
  else
    for (const k of ["citizenship", "country"] as const)
      if (!r.breakdown[k] && anchor.breakdown[k]) r.breakdown[k] = anchor.breakdown[k];
  // "domestic helpers …, 7,507 from Vietnam": the kind of work the shared noun names is every elided item's too (its
  // sex or age is not: "67 were minors; 80 were female" counts all victims by sex).
  r.breakdown.category ||= anchor.noun?.implies?.category;
}

// "an additional", "another", "a further" as a pattern ("an" may be "a").
const MORE = MORE_MARKERS.map((m) => m.replace(/^an /, "an? ").replace(/ /g, "\\s+")).join("|");
// "police referred 22", "NGOs identified an additional 13": who did it, the verb, and what may stand before the number.
const ACTIVE_AGENT = new RegExp(
  String.raw`(?:^|[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\b(?:while|whereas)\s+|\band\s+)((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+(?:(?:[a-z]+ly|also)\s+)?([a-z]+ed)\s+(?:all\s+|(?:${MORE})\s+)?$`
);

/**
 * "police referred 22" → "referred by police"; "23 were referred by international organizations" →
 * "referred by international organizations"; "Law enforcement officially recognized all five" → "recognized
 * by law enforcement"; "24 victims self-referred"; "four by the Permanent Group" takes the verb of the part before.
 */
function agentOf(before: string, after: string, verb: string | null = null): string | null {
  const active = ACTIVE_AGENT.exec(before);
  if (
    active &&
    // "they identified three women": a pronoun names no agent.
    !/^(?:were|was|had|have|has|been|the|a|an|of|in|and|among|these|those|them|they|we|it|he|she|who|which|that)$/i.test(
      active[1].split(/\s+/)[0]
    ) &&
    // "forced labor victims included three": a verb of a list names what is counted, not who acted.
    !/^(?:included|comprised|numbered|totaled|totalled)$/.test(active[2])
  ) {
    return `${active[2]} by ${active[1].toLowerCase()}`;
  }
  // "… and NGOs, and self-referrals were responsible for the additional 112": the list did what the part before did.
  const responsible =
    /^\s*(?:and\s+)?([A-Za-z][^;()]{2,120}?)\s+(?:were|was)\s+responsible\s+for\s+(?:the\s+)?(?:additional\s+|remaining\s+|other\s+)?$/i.exec(
      before
    );
  if (responsible && verb) return `${verb} by ${responsible[1].toLowerCase()}`;
  if (/^\s+(?:[a-z]+\s+)?(?:were\s+|was\s+)?self-referred\b/i.test(after)) return "self-referred";
  const passive =
    /^\s+(?:(?:were|was)\s+)?(?:[a-z]+ly\s+)?([a-z]+ed)\s+by\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)(?=\s*(?:[,;.)(]|and\b|in\s+\d|$))/i.exec(
      after
    );
  if (passive) return `${passive[1]} by ${passive[2].toLowerCase()}`;
  const gapped =
    /^\s+(?:by|(?:[a-z]+\s+)?came\s+from)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[,;.)]|and\b|in\s+\d|$))/i.exec(
      after
    );
  return gapped && verb ? `${verb} by ${gapped[1].toLowerCase()}` : null;
}

const TOTAL_BEFORE = new RegExp(
  `(?:^|[\\s,;(])(?:${TOTAL_MARKERS.map((m) => m.replace(/ /g, "\\s+")).join("|")})\\s+$`,
  "i"
);

/**
 * "involving the following: family conflicts (199); legal matters (282)": a number alone in brackets after a
 * few words of a list names those words as its category; a noun, a number or a period before it names none.
 */
function labelledItem(text: string, r: Reading): string | undefined {
  if (!/^\s*\)/.test(text.slice(r.q.end)) || !/\(\s*$/.test(text.slice(0, r.q.start))) return undefined;
  // "Religion was the most common reason (16,785), followed by politics (12,502) … and race (3,897)".
  const ranked = rankedItem(text, r.q.start);
  if (ranked) return ranked;
  const lead = text.slice(0, r.q.start).replace(/\s*\(\s*$/, "");
  const item = /(?:^|[,;:(])\s*(?:and\s+|or\s+)?([a-z][a-z' -]{2,60})$/i.exec(lead)?.[1].trim();
  if (!item || item.split(/\s+/).length > 6 || /^(?:the|a|an|in|of|for|to|from|and|with)$/i.test(item))
    return undefined;
  // "compared with the previous year (150)", "in total (966)": a time or a whole, not an item of a list.
  if (/\b(?:years?|months?|period|compared|than|previous|last|total|overall)\b/i.test(item)) return undefined;
  // "trafficking victims (63)" restates the noun; "action of officials (87)" names what the item is about.
  const noun = lastNounIn(item, 0, item.length);
  if (noun && noun.end >= item.length && !/\bof\s+[a-z-]+$/i.test(item)) return undefined;
  return item.toLowerCase();
}

const definedIn = (b: Breakdown): Breakdown => Object.fromEntries(Object.entries(b).filter(([, v]) => v));

/** "32 of the 71 victims of sex trafficking were adults, 19 children": the parts listed after the first are of the whole's kind. */
function wholeKindOfListedParts(text: string, live: Reading[]): void {
  for (const [i, part] of live.entries()) {
    const whole = live[i + 1];
    if (part.rule !== "part-of" || !whole?.breakdown.category) continue;
    for (let j = i + 2; j < live.length; j++) {
      const r = live[j];
      const between = text.slice(live[j - 1].counted.end, r.q.start);
      if (!(j === i + 2 ? listedAfterPredicate(between) : listedNext(between))) break;
      if (r.indicator !== part.indicator || r.breakdown.category || !(r.breakdown.sex || r.breakdown.age_group)) break;
      r.breakdown.category = whole.breakdown.category;
    }
  }
}

// "during a previous reporting period", "in an earlier period", "in prior years": a time before, but which one is not said.
// "As in previous years, Syrians topped the list": a likeness to earlier years dates nothing to them.
const INDEFINITE_PERIOD =
  /\b(?<!\b(?:as|like)\s+)(?:during|in|over)\s+(?:an?\s+(?:previous|prior|past|earlier)\s+(?:reporting\s+)?(?:period|year)|(?:previous|prior|past|earlier)\s+(?:reporting\s+)?(?:periods|years))\b/i;

// A subject standing for an amount named before: "it", "this", "the figure", "the amount", after an opening phrase.
// "Of these, …", "of them", "among whom", "of which": a part of the count just named opens.
const PARTITIVE_LEAD = /\b(?:of|among)\s+(?:these|them|those|which|whom)\s*,?\s*$/i;
// "Of these 12,662 were employees and 5,320 were self-employed": a later part coordinated with the first.
const PART_COPULA = String.raw`[\d,.]+(?:\s*\([^()]*\))?\s+(?:were|was|are|is)\s+[a-z][a-z -]*`;
const PARTITIVE_BEFORE = new RegExp(
  String.raw`\b(?:of|among)\s+(?:these|them|those|which|whom)\s*,?\s*${PART_COPULA}(?:,\s*${PART_COPULA})*,?\s+(?:and\s+|while\s+)$`,
  "i"
);

/** Words of time after "for": "for the same period", "for the year", "for two months". */
const TIME_WORD = /\b(?:period|periods|year|years|month|months|quarter|quarters|week|weeks|days?)\b/i;

// "Inflows from Europe increased to …": inflows or receipts that change or stand at a level, after a sentence naming the amount.
const INFLOW_VERBS = alternation([
  ...CHANGE_VERBS,
  "accounted",
  "amounted",
  "totalled",
  "totaled",
  "reached",
  "were",
  "stood"
]);
// "The Central Bank reports these have increased from US$4,415.3 million …": the pronoun after a reporting verb too.
const AMOUNT_ANAPHOR = new RegExp(
  String.raw`^\W*(?:[^,.;]{0,40},\s*|[^,.;]{0,40}\s(?:reports?|reported|says|said|notes|noted|shows?|showed|indicates?|indicated)\s+(?:that\s+)?)?(?:it|this|that|these|they|the\s+(?:figure|amount|total|sum|number|value)|(?:the\s+)?(?:inflows|receipts)(?:\s+from\s+[^,.;]{1,40}?)?(?=\s+(?:${INFLOW_VERBS})\b))\s+(?!of\b)[a-z]`,
  "i"
);

/** The indicator of a quantity joined to the count before it by `join`, when the event before counts it too. */
function joinedEvent(
  r: Reading,
  previous: Reading | undefined,
  join: RegExp,
  text: string,
  clauseEnd: number,
  live: Reading[],
  paragraph: string,
  events?: string[]
): Resolution | null {
  if (!r.noun || !previous?.noun || previous.q.kind !== "count") return null;
  if (!join.test(text.slice(previous.counted.end, r.q.start))) return null;
  const clause = withoutOtherNouns(text.slice(0, clauseEnd), 0, live, r);
  const shared = resolveIndicator(r.noun, r.q.kind === "money", clause, paragraph, r.q.start, events);
  return shared.known && shared.events.length ? shared : null;
}

/**
 * The clause with the nouns of counts of the opposite role blanked out, offsets kept: "arrested 17 people smugglers
 * and 230 irregular migrants" says nothing of smuggling about the migrants, whose terms are their own clause's.
 */
// The noun lemma of places (countries, states, nationalities), counted after "from" ("from 19 countries").
const PLACE_TALLY = new Set(["place"]);

/** Whether `o` counts the places the people `r` counts came from, right after their noun ("foreigners from 19 countries"). */
function placesTallied(text: string, r: Reading, o: Reading): boolean {
  return (
    Boolean(r.noun?.person) &&
    PLACE_TALLY.has(o.noun?.lemma ?? "") &&
    /^\s+from\s+(?:some\s+|over\s+|more\s+than\s+)?$/i.test(text.slice(r.counted.end, o.q.start))
  );
}

// Words that end a bracket's label on a time or a total, no kind of the figure.
const NO_LABEL = /\b(?:years?|months?|periods?|quarters?|weeks?|days?|time|total|altogether|overall)$/;

/**
 * "mostly for employment (61,432), family reunification (14,047) and studies (10,057)", "both women (45) and men (30)":
 * each figure of a run is named by the words before its bracket, not by the item before it; the count the run parts
 * takes no kind from the first item's words.
 */
function labelBracketRuns(text: string, live: Reading[]): void {
  const labels = bracketLabels(
    text,
    live.map((r) => r.q)
  );
  let first = -1;
  for (const [k, label] of labels) {
    const r = live[k];
    if (!labels.has(k - 1)) first = k;
    // "arrivals (5,200) and departures (4,800)": a bare event is what each figure counts, no kind of it.
    if (!/\s/.test(label) && eventsIn(label).some((e) => !r.events?.length || r.events[0] === e)) continue;
    const own = qualifiersIn(label);
    // "trafficking victims (40), Uzbek citizens (12)", "the previous year (150)", "in total (230)": people, a time or a
    // total before the bracket name what or when the figure counts, no kind of it.
    if (!own.sex && !own.age_group && (lastNounIn(label, 0, label.length)?.noun?.person || NO_LABEL.test(label)))
      continue;
    // Only what the item has of its own or copied from the item before gives way: a kind the run shares stays, and a
    // first item's kind read with the run's opening words ("mostly for employment") is its label too.
    const before = k === first ? null : live[k - 1].breakdown;
    const mine = (key: "sex" | "age_group" | "category") =>
      !r.breakdown[key] ||
      r.breakdown[key] === before?.[key] ||
      (key === "category" && k === first && r.breakdown.category!.endsWith(` ${label}`));
    if (own.sex && mine("sex")) r.breakdown.sex = own.sex;
    if (own.age_group && mine("age_group")) r.breakdown.age_group = own.age_group;
    const kind = own.category ?? (!own.sex && !own.age_group ? label : undefined);
    if (!kind) continue;
    if (mine("category")) r.breakdown.category = kind;
    // The count the run parts took no kind from its first item's words (a kind named before the run is its own).
    const whole = live[first - 1];
    const named = whole?.breakdown.category;
    if (
      k === first &&
      named &&
      !whole.inParen &&
      (named === kind || named === r.breakdown.category) &&
      !text.slice(0, text.lastIndexOf(label, r.q.start)).toLowerCase().includes(named.toLowerCase())
    )
      whole.breakdown.category = undefined;
  }
}

function withoutOtherNouns(clause: string, clauseStart: number, live: Reading[], r: Reading): string {
  let out = clause;
  for (const o of live) {
    if (o === r || !o.noun || o.q.kind !== "count" || !opposedRoles(o.noun.lemma, r.noun?.lemma)) continue;
    out = blankSpan(out, o.q.start - clauseStart, o.counted.end - clauseStart);
  }
  return out;
}

// An active verb, then "an additional", "another" or "a further" before a bare count: more of the same, by this agent.
const ANOTHER_AGENT = new RegExp(String.raw`^\s+(?:[a-z]+ly\s+)?(?:also\s+)?([a-z]+ed)\s+((?:${MORE})\s+)$`, "i");

// Words joining a count to the one before it under the same verb: "300 work permits and 120 residence permits".
const COORDINATED = /^\s*,?\s*(?:and|as\s+well\s+as|along\s+with)\s+$/i;
const SAME_EVENT_JOIN = /^(?:\s+of\s+[a-z][a-z\s-]{0,40}?)?\s*(?:in|with)\s+$/i;

// Nouns of people who commit the offences others suffer: a part of them is never of the others' count.
const OFFENDERS = new Set(["trafficker", "smuggler", "suspect"]);
// And of the people they move or exploit ("two Surinamese men" may be traffickers, "230 irregular migrants" may not).
const OFFENDED = new Set(["victim", "migrant", "refugee"]);

/** The known indicator the words before `anchor` (back to the count before it) and `r`'s own noun phrase name, if an event is among them. */
function sharedVerbKind(text: string, live: Reading[], anchor: Reading, r: Reading, paragraph: string, end: number) {
  const before = live[live.indexOf(anchor) - 1];
  const lead = text.slice(before ? before.counted.end : 0, anchor.q.start);
  const own = resolveIndicator(
    r.noun,
    r.q.kind === "money",
    `${lead}${text.slice(r.q.start, r.counted.end)}`,
    paragraph,
    lead.length
  );
  if (own.known && own.events.length) return own;
  // "310 residence permits and 95 work permits were extended": with no verb before either, each noun names its own
  // kind with the verb after the last.
  if (eventsIn(text.slice(0, anchor.q.start).toLowerCase()).length > 0) return null;
  const after = resolveIndicator(
    r.noun,
    r.q.kind === "money",
    `${lead}${text.slice(r.q.start, end)}`,
    paragraph,
    lead.length
  );
  return after.known ? after : null;
}

/** Whether `tail` names `country` after "from" ("came from the United States"). */
function namesFrom(tail: string, country: string): boolean {
  const m = /\bfrom\s+(?:the\s+)?([^,;.()]+?)(?=\s*(?:[,;.()]|\band\b|\bor\b|$))/.exec(tail);
  return Boolean(m && canonicalCountry(m[1]) === country);
}

/** The words a count's noun phrase is written with ("residence permits"), in lower case. */
const nounWords = (text: string, r: Reading) => text.slice(r.q.end, r.counted.end).trim().toLowerCase();

// A number written in words with a scale: "three million", "half a million", "two hundred".
const SCALED_WORDS = new RegExp(`\\b(?:${alternation(["hundred", ...Object.keys(SCALES)])})\\b`, "i");

// "applications for new recruitment,": what a count was for, in lower-case words up to the end of its item.
const PURPOSE_AFTER =
  /^\s+for\s+((?!(?:the|a|an|each|every|this|that|which|whom|whose|their|its|his|her|over|more|less|up|at|about)\b)(?:[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*)(?=\s*(?:[(,;.]|and\b|or\b|$))/;

// "… 10 and continuing 13 …": "and" or "or", then a verb of its own, between a bare count and the next.
const GAPPED_VERB =
  /^\s*,?\s+(?:and|or)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ing)\s+(?:(?:a\s+total\s+of|at\s+least|another|an\s+additional)\s+)?$/i;

// A copula right after a count or its noun: "Seven victims were …", "14 were …".
const COPULA_NEXT = /^\s*(?:were|was|are|is)\s/i;

/** Whether a count of people says only who they were, by a copula naming their nationality, sex or age. */
function restatedPart(text: string, r: Reading): boolean {
  return (
    r.q.kind === "count" &&
    Boolean(r.noun?.person) &&
    !r.events?.length &&
    Boolean(r.breakdown.citizenship || r.breakdown.sex || r.breakdown.age_group) &&
    (COPULA_NEXT.test(text.slice(r.counted.end)) || COPULA_NEXT.test(text.slice(r.q.end)))
  );
}

/** A count of people its sentence names by nationality alone ("the number of Syrians", "South Americans, more than 324,000"). */
function namedByNationality(r: Reading): boolean {
  return (
    r.q.kind === "count" &&
    // A count with its noun after it has a verb of its own ("62,000 Nicaraguans had fled"), which the reader may not know.
    (r.rule === "subject" || r.rule === "ellipsis") &&
    r.noun?.lemma === "person" &&
    Boolean(r.breakdown.citizenship) &&
    !r.events?.length &&
    !r.breakdown.category
  );
}

/** Whether one of two counted nouns names offenders and the other the people they move or exploit. */
function opposedRoles(a: string | undefined, b: string | undefined): boolean {
  return Boolean(a && b && ((OFFENDERS.has(a) && OFFENDED.has(b)) || (OFFENDED.has(a) && OFFENDERS.has(b))));
}
// "…, nearly all of whom (240)": a part the text names as one of the people counted before it.
const OF_WHOM_BEFORE = /\bof\s+(?:whom|which)\s*\(?\s*$/i;
// Indicators of people sent back to their countries, whose listed places are the people's own.
const SENT_INDICATOR = /deport|remov|expul|expel|repatriat/;
// Indicators of permits and visas a state gives foreigners, whose holders a list of states names by nationality.
const HOLDER_INDICATOR =
  /^(?:work_permit|work_patent|residence_permit|temporary_residence_permit|permanent_residence_permit|visas_issued|family_reunification)/;
// Indicators of people who left for work or life abroad, whose destination a ranking may name.
const LEFT_ABROAD_INDICATOR = /departed_abroad|nationals_abroad|departures/;
// Indicators a state that "received" people is read as, which a ranking of destinations says more of.
const WEAK_EVENT_INDICATOR = /_assisted$|_transferred$/;
// Indicators of people sent or brought back, whose destination or home the words after the count may name.
const SENT_HOME_INDICATOR = /return|repatriat|deport/;
const SENT_TO_PLACE = /\b(?:back\s+)?to\s+(?:the\s+)?\p{Lu}/u;
// "fled to Costa Rica", "returned from Sudan", "registered in Chad": a place named by its preposition.
const PLACED_IN = /\b(?:to|from|in|into|at|within|across)\s+(?:the\s+)?\p{Lu}/u;
const LEFT_PLACE = /\bfrom\s+(?:the\s+)?\p{Lu}/u;

// "nationals of Myanmar at ", "citizens of Iraq (": a state named as whose people a listed count is.
const NATIONALS_OF_BEFORE = /\b(?:nationals|citizens)\s+of\s+(?:the\s+)?\p{Lu}[^,;()]{0,40}?\s*(?:\(|[-–:]|\s+at)\s*$/u;

const PART_OPENER = /,\s*(?:of\s+(?:which|whom)|among\s+(?:which|whom|them)|including)\b/i;

/** "Italy (42)" and "Vietnamese (6,282)": a country names a place, a demonym names citizens. */
function placeOf(
  text: string,
  r: Reading,
  nextStart: number,
  clauseStart: number,
  sentenceBefore: () => string
): {country?: string; citizenship?: string; listed?: boolean; ranked?: boolean} {
  // "…to 1,859,697, of which departures to France amounted to 489": a place after the part's opener is the part's.
  const part = PART_OPENER.exec(text.slice(r.counted.end, nextStart));
  if (part) nextStart = r.counted.end + part.index;
  // A list after "came from" names where people came from: their citizenship, not a place they went to; one after
  // "returned from" names where they were, and one of "countries of origin" their citizenship.
  const lead = text.slice(Math.max(0, clauseStart - 200), r.q.start);
  // A lead of origins holds for the whole list its sentence goes on with, however long.
  const origins = listsOrigins(text.slice(0, r.q.start));
  const from =
    (/\bfrom\b(?![^,;]*\bto\b)[^;]*$/i.test(lead) && !/\bto\s+[A-Z]/.test(lead) && !returnedFrom(lead)) || origins;
  // "Albania (97)", "Georgia – 39", "followed by Georgia at 39", and in a list of origins "Syria with 206".
  const before = placeBeforeBracket(text.slice(Math.max(0, r.q.start - 60), r.q.start), origins);
  if (before) {
    const {name, country: c} = before;
    // "…, and nationals of Myanmar at 808": the state named after "nationals of" is whose they are.
    if (NATIONALS_OF_BEFORE.test(text.slice(Math.max(0, r.q.start - 80), r.q.start))) return {citizenship: c};
    if ((c === name || c.endsWith(` ${name}`) || placeName(name) === c) && !from) return {country: c, ranked: true};
    // "the largest number of Indians – 152,126 – returned from the UAE": the people, and where they came back from.
    const back = returnPlaceAfter(text.slice(r.counted.end, nextStart)) ?? countryOf(text, r, nextStart);
    return back ? {citizenship: c, country: back} : {citizenship: c};
  }
  // "Guyana, 125; The Bahamas, 109", "followed by Cuba with 1,179": a list of places and counts. The places people
  // were deported or sent back to are their peoples'; the places people came from are too; others are places.
  const listed = listedPlace(
    text.slice(Math.max(0, r.q.start - 80), r.q.start),
    text.slice(Math.max(r.q.end, r.counted.end), nextStart)
  );
  // "Germany deported 208, Sweden 95": a gapped list's states are subjects, placed by read-gapped-places.ts.
  if (listed && !opensGappedList(text)) {
    // "deported 5,000, mostly to Mexico at 3,000, followed by Guatemala": places named as where people were sent.
    const sent = sentToPlaces(text, sentenceBefore()) && !returnedFrom(lead) && !SENT_TO_PLACE.test(lead);
    // "recorded in Malta with 1,445" names a place, "Syria with 206" a people: "with" alone says neither.
    if (listed.via === "with") {
      if (sent || origins) return {citizenship: listed.country};
    } else if (sent || (from && listed.via !== "subject")) return {citizenship: listed.country};
    // "returned home from Brazil with 6,663, followed by Peru 1,004": a list that goes on from a place left names places left.
    else return {country: listed.country, listed: !SENT_TO_PLACE.test(lead) && !LEFT_PLACE.test(lead), ranked: true};
  }
  const to = countryOf(text, r, nextStart);
  // "returned to Ethiopia from Saudi Arabia": the place of a return is the one people left.
  const left = to ? returnLeftPlace(text.slice(r.counted.end, nextStart)) : null;
  // "repatriated 177 victims back to Madagascar", "repatriated 12 victims to Nepal": people brought home are its own.
  if (
    to &&
    REPATRIATED.test(text.slice(clauseStart, nextStart)) &&
    REPATRIATED_TO.test(text.slice(r.counted.end, nextStart))
  ) {
    // "to return home to Nigeria and Senegal": people of two states brought home are of neither alone.
    const home = destinationsOf(text.slice(r.counted.end, nextStart)) > 1 ? {} : {citizenship: to};
    return left && left !== to ? {...home, country: left} : home;
  }
  const country =
    (left !== to ? left : null) ??
    to ??
    returnPlaceAfter(text.slice(r.counted.end, nextStart)) ??
    countryBefore(text.slice(clauseStart, r.q.start));
  return country ? {country} : {};
}

/** How many states the first "to …" phrase of `tail` joins with "and", "or" or commas ("to Nigeria and Senegal": 2). */
function destinationsOf(tail: string): number {
  const phrase =
    /\bto\s+((?:the\s+)?[A-Z][^;.()]*?)(?=\s+(?:from|on|in|by|via|after|aboard)\b|[;.()]|$)/.exec(tail)?.[1] ?? "";
  return phrase.split(/\s*,\s*|\s+(?:and|or)\s+/).filter((part) => canonicalCountry(part.replace(/^the\s+/i, "")))
    .length;
}

// Bringing people home: "repatriated", "returned home", "flown back home".
const REPATRIATED =
  /\b(?:repatriat\w*|(?:return(?:ed|ing|s)?|went|go(?:ing)?|sent|brought|flown|travell?ed)\s+(?:back\s+)?home)\b/i;
// "back to Madagascar", "home to Guinea", "to Nepal": where the repatriated were brought, right after their noun.
const REPATRIATED_TO = /^[^;,()]{0,60}?\b(?:(?:back|home)\s+)?to\s+(?:the\s+)?[A-Z]/;

/** "the Ministry's office in the Russian Federation received 24 thousand …", "the Russian Federation has granted …": where the clause takes place. */
function countryBefore(lead: string): string | null {
  const named = [
    ...lead.matchAll(/\b[Ii]n\s+(?:the\s+)?([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)(?![\p{L}])/gu),
    ...lead.matchAll(
      /^(?:[^,]{0,30},\s*)?(?:the\s+)?([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)\s+(?:has|have|had)\s+[a-z]+ed\b/gu
    )
  ];
  for (const m of named) {
    const c = canonicalCountry(m[1]);
    // Demonyms ("in Russian") name no place.
    if (
      c &&
      !/(?:ian|ese|ish|an|i)$/.test(
        m[1]
          .split(/\s+/)
          .at(-1)!
          .replace(/Federation$/, "")
      )
    )
      return c;
    if (c && /\s/.test(m[1])) return c;
  }
  return null;
}

/** "deported to Sweden", "exploited in Brazil", "work permits for Cyprus": the country a count took place in or went to. */
function countryOf(text: string, r: Reading, nextStart: number): string | null {
  // "… in neighboring countries, including in Mali (11,500)": the places after "including" are the parts', not the whole's.
  // "according to the Vietnam Association …": a source's name is no place the count went to.
  const after =
    /^\)?(?:(?!\b(?:including|such\s+as|notably|mainly|mostly|especially|among\s+them)\b)[^;()])*?(?<!\baccording\s)\b(?:to|in|into|for)\s+(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)(?!\s+(?:citizens|nationals|nationality|residents)\b)/u.exec(
      text.slice(r.counted.end, nextStart)
    );
  if (after) {
    const words = after[1].split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      // "the Vietnam Association of Manpower Supply": a country's name before a body's head word names the body.
      if (n < words.length && BODY_HEAD_WORDS.has(words[n])) continue;
      const name = words.slice(0, n).join(" ");
      const c = canonicalCountry(name);
      // Demonyms ("Polish") name citizens, not places.
      if (
        c &&
        (c === name ||
          (canonicalCountry(name) === c && !/(?:ian|ese|ish|i|an)$/.test(name)) ||
          /^(?:the\s+)?[A-Z]{2,}/.test(name))
      )
        return c;
    }
  }
  return null;
}

/** Where the noun of a zero is read: past "of the 26" in "did not assist any of the 26 potential victims" (none of a stated count). */
function afterNoneOf(text: string, at: number): number {
  return at + (/^\s+of\s+the\s+[\d,]+(?=\s)/i.exec(text.slice(at))?.[0].length ?? 0);
}

/** "no victims were identified", "did not identify any victims": counts of zero. */
function zeros(text: string): Quantity[] {
  const out: Quantity[] = [];
  ZERO_RE.lastIndex = 0;
  for (let m = ZERO_RE.exec(text); m; m = ZERO_RE.exec(text)) {
    const counted = readCounted(text, afterNoneOf(text, m.index + m[1].length));
    if (!counted.noun || counted.copular || NO_ADVERB.test(text.slice(m.index))) continue;
    // "no person should be detained for migration reasons": a norm the text states, nothing counted.
    if (NORM_AFTER.test(text.slice(counted.end))) continue;
    // "with no shelters available" describes, "compared with no convictions" counts.
    if (
      /^no$/i.test(m[1]) &&
      /(?<!compared\s|together\s)with\s+$/i.test(text.slice(Math.max(0, m.index - 15), m.index))
    )
      continue;
    out.push(zeroQuantity(m.index, m[1]));
  }
  return out;
}

// A comma and a contrastive conjunction before a word that is no number nor preposition: a clause with a subject of its own.
const CONTRAST_CLAUSE =
  /,\s*(?:while|whereas|but)\s+(?![\d,.]+\b|(?:with|without|for|in|of|at|on|by|from|to|only|also|not)\b)\p{L}/iu;

/** Where the subject of a bare count may begin: after the previous count or money, or the clause's semicolon. */
function subjectStart(live: Reading[], i: number, semicolons: number[], text: string): number {
  let j = i - 1;
  while (j >= 0 && live[j].q.kind === "percent") j--;
  const from = Math.max(j >= 0 ? live[j].q.end : 0, lastBefore(semicolons, live[i].q.start) + 1);
  // "Nigeria (41; all women), Romania (18)": the rest of the count before's bracket is about that count alone.
  const close = text.slice(from, live[i].q.start).indexOf(")");
  return close >= 0 && !text.slice(from, from + close).includes("(") ? from + close + 1 : from;
}

/** Where the words of a count begin: after the count before it (shares in between are its own words). */
function countBefore(live: Reading[], i: number): number {
  let j = i - 1;
  while (j >= 0 && live[j].q.kind === "percent") j--;
  return j >= 0 ? live[j].q.end : 0;
}

/** The last offset in a sorted list before `at`, or -1; and the first at or after it, or -1. */
function lastBefore(sorted: number[], at: number): number {
  const i = partitionPoint(sorted.length, (k) => sorted[k] < at);
  return i > 0 ? sorted[i - 1] : -1;
}

function firstAfter(sorted: number[], at: number): number {
  const i = partitionPoint(sorted.length, (k) => sorted[k] < at);
  return i < sorted.length ? sorted[i] : -1;
}

/** Whether a period is still running on a day (an ISO date or month): it began on or before it and ends after it. */
function runsOn(period: Period, day: string | undefined): boolean {
  return Boolean(day && period.start <= day && period.end > day);
}
