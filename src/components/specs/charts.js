// Every chart of the dashboard, by stable id. Each entry is a pure spec builder
// `(rows, {width, dark, annualise, colors}) => Vega-Lite spec` with these properties:
// `id`, `title`, `matches(row)`, the predicate that picks the chart's rows out of all observations
// (pages narrow them further with their filters), `select(rows)`, which applies it (or a chart's own
// selection), `page`, the path of the page that shows the chart, and `exportWidth`, the width of its
// exported image (scripts/export-charts.mjs). Nothing here touches the DOM.
import {bars, categoryBars, multiples, periodBars} from "./builders.js";
import {ageLabel, breakdownLabel, capitalise, indicatorLabel, sexLabel} from "./labels.js";
import {isFlow, periodText, spanText} from "./periods.js";
import {DIMENSIONS} from "./registry.js";

/**
 * @typedef {Record<string, any>} Row
 * @typedef {{width?: number, dark?: boolean, annualise?: boolean, colors?: Record<string, string | undefined>,
 *   source?: string, title?: string}} ChartOptions
 * @typedef {((rows: Row[], options?: ChartOptions) => any) & {id: string, title: string, page: string,
 *   exportWidth: number, matches: (row: Row) => boolean, select: (rows: Row[]) => Row[],
 *   titleFor?: (rows: Row[]) => string}} Chart
 */

const BREAKDOWNS = DIMENSIONS.map((d) => d.id);

// A row with no breakdown: the total the document states.
/** @param {Row} row */
export const isTotal = (row) => BREAKDOWNS.every((b) => row[b] == null);

// A row broken down by exactly the given fields and no other.
/** @type {(...fields: string[]) => (row: Row) => boolean} */
export const brokenDownBy =
  (...fields) =>
  (row) =>
    BREAKDOWNS.every((b) => (fields.includes(b) ? row[b] != null : row[b] == null));

const inIndicators =
  (...ids) =>
  (row) =>
    ids.includes(row.indicator);
const both =
  (...tests) =>
  (row) =>
    tests.every((t) => t(row));

// A title that states the span of the rows it is drawn with ("Persons readmitted by country, 1 Sep 2014 –
// 30 Jun 2019"), so that no title repeats one document's dates by hand.
/** @type {(base: string) => (rows: Row[]) => string} */
const spanned = (base) => (rows) => (rows.length ? `${base}, ${spanText(rows)}` : base);

/**
 * @param {string} id
 * @param {string | ((rows: Row[]) => string)} title a text, or one made from the chart's rows (`spanned`)
 * @param {(row: Row) => boolean} matches
 * @param {(rows: Row[], options: any) => any} build
 * @param {Record<string, any>} [options]
 * @returns {Chart} whose `page` onPage sets
 */
function define(id, title, matches, build, options = {}) {
  const {select = (rows) => rows.filter(matches), exportWidth = 640, ...rest} = options;
  const titleFor = typeof title === "function" ? title : () => title;
  /** @type {(rows: Row[], opts?: ChartOptions) => any} */
  const builder = (rows, opts = {}) => build(rows, {...rest, ...opts, id, title: opts.title ?? titleFor(rows)});
  return /** @type {Chart} */ (
    Object.assign(
      builder,
      {id, title: titleFor([]), matches, select, exportWidth},
      typeof title === "function" ? {titleFor} : {}
    )
  );
}

/**
 * titled(chart, rows): the chart with the title its figures among `rows` give it (the chart itself when its
 * title is a fixed text), drawn with that title whatever rows a page narrows it to.
 * @param {Chart} chart
 * @param {Row[]} rows
 * @returns {Chart}
 */
export function titled(chart, rows) {
  if (!chart.titleFor) return chart;
  const title = chart.titleFor(chart.select(rows));
  /** @type {(r: Row[], opts?: ChartOptions) => any} */
  const builder = (r, opts = {}) => chart(r, {...opts, title});
  return /** @type {Chart} */ (Object.assign(builder, chart, {title}));
}

// Charts shown on one page (a path of the site, as in observablehq.config.ts).
/** @type {(page: string, ...charts: Chart[]) => Chart[]} */
const onPage = (page, ...charts) => charts.map((chart) => Object.assign(chart, {page}));

const AGE_ORDER = ["Aged 0–14", "Aged 15–29", "Aged 30–59", "Aged 60–64", "Aged 65+"];
const SEX_ORDER = ["Women", "Men"];
const indicatorSeries = (row) => indicatorLabel(row.indicator);
const remittancesByCountry = both(inIndicators("remittances_received"), brokenDownBy("country"), isFlow);
const categorySeries = (row) => capitalise(row.category);

/** @type {Chart[]} */
export const CHARTS = [
  // Work permits and residence
  ...onPage(
    "/work-permits-residence",
    define(
      "residence-by-year",
      "Residence permits, stay extensions and registrations by year",
      both(
        inIndicators(
          "temporary_residence_permits",
          "permanent_residence_permits",
          "temporary_stay_extensions",
          "registered_place_of_stay"
        ),
        isTotal,
        isFlow
      ),
      multiples,
      {panelWidth: 260}
    )
  ),

  // Border
  ...onPage(
    "/border",
    define(
      "border-arrivals-departures",
      "Foreigners arriving and departing by year",
      both(inIndicators("foreigners_arrived", "foreigners_departed"), isTotal, isFlow),
      periodBars,
      {series: indicatorSeries, seriesOrder: ["Foreigners arrived", "Foreigners departed"], valueLabels: false}
    ),
    define(
      "border-detentions",
      "Persons detained at the border by year",
      both(inIndicators("border_violators_detained", "forged_document_crossings_detained"), isTotal, isFlow),
      periodBars,
      {series: indicatorSeries, valueLabels: true}
    ),
    define(
      "border-channels-revealed",
      "Illegal migration channels revealed by year",
      both(inIndicators("illegal_migration_channels_revealed"), isTotal, isFlow),
      periodBars
    ),
    define(
      "border-organisers-2018",
      spanned("Organisers of illegal migration by citizenship and stage"),
      both(
        inIndicators(
          "illegal_migration_organisers_investigated",
          "illegal_migration_organisers_charged",
          "illegal_migration_organisers_sentenced"
        ),
        (row) => row.citizenship != null
      ),
      categoryBars,
      {
        category: indicatorSeries,
        categoryOrder: ["Organisers investigated", "Organisers charged", "Organisers sentenced"],
        series: (row) => `${row.citizenship} citizens`,
        layout: "stacked",
        note: ["Stacked segments of the sentenced bar are separate sentences (years of imprisonment)."]
      }
    )
  ),

  // Detention
  ...onPage(
    "/detention",
    define(
      "detention-by-age",
      "Placements in detention centres by age group",
      both(inIndicators("detention_placements"), brokenDownBy("age_group"), isFlow),
      periodBars,
      {series: (row) => ageLabel(row.age_group), seriesOrder: AGE_ORDER, seriesTitle: "Age group", layout: "stacked"}
    ),
    define(
      "detention-by-sex",
      "Placements in detention centres by sex",
      both(inIndicators("detention_placements"), brokenDownBy("sex"), isFlow),
      periodBars,
      {series: (row) => sexLabel(row.sex), seriesOrder: SEX_ORDER, valueLabels: true}
    )
  ),

  // Remittances
  ...onPage(
    "/remittances",
    define(
      "remittances-by-country",
      "Remittances received by sending country and year",
      both(inIndicators("remittances_received"), brokenDownBy("country"), isFlow),
      categoryBars,
      {category: (row) => row.country, series: (row) => periodText(row.period_label), valueLabels: true}
    ),
    define(
      "remittances-total",
      "Total remittances received by year",
      both(inIndicators("remittances_received"), isTotal, isFlow),
      periodBars
    ),
    define("remittances-shares", "Share of each sending country in the stated total", remittancesByCountry, shares, {
      horizontal: true,
      layout: "stacked",
      series: (row) => row.country,
      valueLabels: false,
      select: (rows) => sharesOfStatedTotal(rows, remittancesByCountry)
    })
  ),

  // Trafficking
  ...onPage(
    "/trafficking",
    define(
      "trafficking-crimes-by-form",
      "Trafficking-related crimes detected, by form",
      both(inIndicators("crimes_detected"), brokenDownBy("category"), isFlow),
      periodBars,
      {series: categorySeries, valueLabels: true}
    ),
    define(
      "trafficking-cases-by-form",
      "Criminal cases opened, by form",
      both(inIndicators("criminal_cases"), brokenDownBy("category"), isFlow),
      periodBars,
      {series: categorySeries, valueLabels: true}
    ),
    define(
      "trafficking-criminal-groups",
      "Criminal groups identified by year",
      both(inIndicators("criminal_groups_identified"), isTotal, isFlow),
      periodBars
    ),
    define(
      "trafficking-prosecution",
      "Persons held liable, prosecuted and sentenced for trafficking",
      both(
        inIndicators("persons_criminally_liable", "persons_prosecuted", "trafficking_convictions"),
        (row) => row.unit === "persons",
        isTotal,
        isFlow
      ),
      periodBars,
      {
        series: indicatorSeries,
        seriesOrder: ["Persons held criminally liable", "Persons prosecuted", "Traffickers convicted"],
        valueLabels: true
      }
    ),
    define(
      "trafficking-liable-by-sex",
      "Persons held criminally liable, by sex",
      both(inIndicators("persons_criminally_liable"), brokenDownBy("sex"), isFlow),
      periodBars,
      {series: (row) => sexLabel(row.sex), seriesOrder: SEX_ORDER, valueLabels: true}
    ),
    define(
      "trafficking-sentences",
      "Traffickers sentenced, by sentence",
      both(inIndicators("trafficking_convictions"), (row) => row.unit === "persons", brokenDownBy("category"), isFlow),
      periodBars,
      {series: categorySeries, layout: "stacked", seriesTitle: "Sentence"}
    ),
    define(
      "trafficking-convictions",
      "Convictions for trafficking by year",
      both(inIndicators("trafficking_convictions"), (row) => row.unit !== "persons", isTotal, isFlow),
      periodBars
    ),
    define(
      "trafficking-cases-persons",
      "Criminal cases with persons held liable or prosecuted",
      both(
        inIndicators("criminal_cases_persons_liable", "criminal_cases_persons_prosecuted"),
        (row) => isTotal(row) || brokenDownBy("category")(row),
        isFlow
      ),
      periodBars,
      {
        series: (row) =>
          `${row.indicator.endsWith("liable") ? "Liable" : "Prosecuted"}${row.category ? `: ${row.category}` : ": all cases"}`,
        valueLabels: true
      }
    ),
    define(
      "trafficking-victims-by-sex",
      "Trafficking victims by sex and age",
      both(
        inIndicators("trafficking_victims"),
        (row) => row.citizenship == null && row.category == null && row.country == null,
        isFlow
      ),
      periodBars,
      {
        series: (row) => (isTotal(row) ? "All victims" : breakdownLabel(row)),
        seriesOrder: ["All victims", "Women (adults)", "Men (adults)", "Children"],
        neutral: ["All victims"],
        valueLabels: true
      }
    ),
    define(
      "trafficking-victims-by-exploitation",
      "Trafficking victims by form of exploitation",
      both(inIndicators("trafficking_victims"), brokenDownBy("category"), isFlow),
      periodBars,
      {series: categorySeries, valueLabels: true}
    ),
    define(
      "trafficking-victims-by-citizenship",
      "Trafficking victims by citizenship",
      both(
        inIndicators("trafficking_victims", "trafficking_victims_identified"),
        (row) => row.citizenship != null,
        isFlow
      ),
      periodBars,
      {
        series: (row) => (row.citizenship === "foreign" ? "Foreign citizens" : row.citizenship),
        seriesOrder: ["Azerbaijan"],
        valueLabels: true
      }
    ),
    define(
      "trafficking-potential-victims",
      "Potential victims reported, by citizenship",
      both(inIndicators("potential_victims_reported"), isFlow),
      periodBars,
      {series: (row) => row.citizenship, layout: "stacked", valueLabels: false}
    )
  ),

  // Other families
  ...onPage(
    "/other-families",
    define(
      "readmission-by-country",
      spanned("Persons readmitted by country"),
      both(inIndicators("persons_readmitted"), brokenDownBy("country")),
      categoryBars,
      {category: (row) => row.country}
    ),
    define(
      "consular-services-by-year",
      "Consular services by year",
      both((row) => row.family === "consular", isTotal, isFlow),
      multiples,
      {panelWidth: 200}
    ),
    define(
      "call-centre-calls",
      "Calls received by the migration call centre",
      both(inIndicators("calls_received"), isTotal, isFlow),
      periodBars
    ),
    define(
      "marriages-with-foreigners",
      "Marriages with foreigners registered by year",
      both(inIndicators("marriages_with_foreigners"), isTotal, isFlow),
      periodBars
    ),
    define(
      "ngo-funding-by-year",
      "State funding of NGO projects by year",
      both(inIndicators("ngo_funding_migration", "ngo_funding_trafficking"), isTotal, isFlow),
      periodBars,
      {series: (row) => (row.indicator.endsWith("migration") ? "Migration projects" : "Trafficking projects")}
    ),
    define(
      "ngo-projects-by-year",
      "NGO projects funded by year",
      both(inIndicators("ngo_projects_funded_migration", "ngo_projects_funded_trafficking"), isTotal, isFlow),
      periodBars,
      {
        series: (row) => (row.indicator.endsWith("migration") ? "Migration projects" : "Trafficking projects"),
        valueLabels: true
      }
    ),
    define(
      "refugee-status-by-year",
      "Refugee status granted by year",
      both(
        inIndicators(
          "refugee_status_granted",
          "refugee_status_granted_incl_family_members",
          "unaccompanied_children_refugee_applications"
        ),
        isTotal,
        isFlow
      ),
      periodBars,
      {series: indicatorSeries, valueLabels: true}
    ),
    define(
      "voters-abroad",
      "Voters abroad by election",
      both(inIndicators("voters_registered_abroad", "voters_abroad_voted"), isFlow),
      periodBars,
      {series: indicatorSeries, seriesOrder: ["Voters registered abroad", "Voters abroad who voted"], valueLabels: true}
    ),
    define(
      "foreign-pupils-by-document",
      "Foreign pupils in secondary schools, by identity document",
      both(inIndicators("foreign_pupils_secondary_schools"), brokenDownBy("category"), isFlow),
      periodBars,
      {series: categorySeries, layout: "stacked", seriesTitle: "Document"}
    ),
    define(
      "labour-inspectorate-applications",
      spanned("Applications to the labour inspectorate by subject"),
      both(inIndicators("labour_inspectorate_applications"), brokenDownBy("category")),
      categoryBars,
      {category: categorySeries}
    )
  ),

  // Overview
  ...onPage(
    "/",
    define("overview-small-multiples", "Every series by period", isFlow, multiples, {
      panelWidth: 140,
      exportWidth: 1000,
      select: overviewSeries,
      source: "Sources: every document with figures; select a bar for its paragraph or table."
    })
  )
];

/**
 * withId(chart, id): the chart under another id (in its spec's usermeta too), for a generated chart whose id
 * another chart already has.
 * @param {Chart} chart
 * @param {string} id
 * @returns {Chart}
 */
export function withId(chart, id) {
  /** @type {(rows: Row[], opts?: ChartOptions) => any} */
  const builder = (rows, opts = {}) => {
    const spec = chart(rows, opts);
    return {...spec, usermeta: {...spec.usermeta, id}};
  };
  return /** @type {Chart} */ (Object.assign(builder, chart, {id}));
}

/** @type {Record<string, Chart>} */
export const CHART = Object.fromEntries(CHARTS.map((c) => [c.id, c]));

// Each row's share of the total stated for its indicator and period (rows with no stated total keep none).
function sharesOfStatedTotal(rows, matches) {
  const totals = new Map(
    rows.filter((r) => isTotal(r)).map((r) => [`${r.indicator}|${r.period_label}`, Number(r.value)])
  );
  return rows.filter(matches).map((row) => {
    const total = totals.get(`${row.indicator}|${row.period_label}`);
    return total ? {...row, share: Number(row.value) / total} : row;
  });
}

// Shares of a stated total: uses each row's `share` when the page computed it, otherwise the row's
// fraction of the sum of the rows for its period.
function shares(rows, options) {
  const sums = new Map();
  for (const row of rows) sums.set(row.period_label, (sums.get(row.period_label) ?? 0) + Number(row.value));
  const withShares = rows.map((row) => ({...row, share: row.share ?? Number(row.value) / sums.get(row.period_label)}));
  return bars(withShares, {axis: "period", measure: "share", ...options});
}

// One series per indicator for the overview: its stated totals by period when it has any, otherwise
// its most detailed single breakdown (stacked in the panel). Spans and stocks are left to tables.
/**
 * @param {Row[]} rows
 * @returns {Row[]}
 */
export function overviewSeries(rows) {
  const byIndicator = new Map();
  for (const row of rows) {
    if (!isFlow(row)) continue;
    const key = `${row.family}|${row.indicator}|${row.unit}`;
    if (!byIndicator.has(key)) byIndicator.set(key, []);
    byIndicator.get(key).push(row);
  }
  const picked = [];
  for (const group of byIndicator.values()) {
    const totals = group.filter(isTotal);
    if (totals.length) {
      picked.push(...totals);
      continue;
    }
    let best = [];
    for (const field of BREAKDOWNS) {
      const single = group.filter(brokenDownBy(field));
      if (single.length > best.length) best = single;
    }
    picked.push(...(best.length ? best : group));
  }
  return picked;
}
