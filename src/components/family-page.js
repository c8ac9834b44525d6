// A family page, made from the registry and the figures alone: a filter bar, then for every family a heading and
// its description, and for every indicator with figures its label, its definition, the periods it is stated for,
// its sources (documents with symbols and their paragraphs or tables), its charts and the figures no chart shows.
// A new report's indicators appear here with no page edited.
import {chart} from "./chart.js";
import {el} from "./dom.js";
import {figureCards} from "./figures.js";
import {filterBar, optionsOf} from "./filters.js";
import {inPageOrder} from "./page-order.js";
import {FILTERS, narrow} from "./select.js";
import {forState, stateFilter} from "./state-filter.js";
import {familySections, periodsSentence, sourcesText} from "./specs/family-charts.js";
import {ageLabel, dimensionLabel, FAMILIES, sexLabel} from "./specs/labels.js";
import {comparePeriods, isFlow, periodText} from "./specs/periods.js";
import {inState} from "./specs/states.js";

const kebab = (id) => String(id).replaceAll("_", "-");

// The filter bar's fields: the periods of the flows, and every breakdown the page's figures have.
function filterFields(rows) {
  const flows = rows.filter(isFlow).sort(comparePeriods);
  const labels = {sex: sexLabel, age_group: ageLabel};
  const fields = [
    {
      name: "period",
      label: "Period",
      all: "All periods",
      options: optionsOf(flows, "period_label", {label: periodText, order: "data"})
    }
  ];
  for (const [name, filter] of Object.entries(FILTERS)) {
    if (name === "period") continue;
    const options = optionsOf(flows, filter.field, {label: labels[name]});
    // Countries are ticked or unticked, several at once; the other breakdowns take one value or all.
    if (options.length > 1)
      fields.push({
        name,
        label: dimensionLabel(filter.field),
        all: `All: ${filter.all}`,
        options,
        ...(name === "country" ? {type: "checkboxes"} : {})
      });
  }
  return fields.filter((f) => f.options.length > 1);
}

// A chart's rows narrowed by every chosen filter that can narrow them; the others are listed as not applied.
export function narrowed(rows, filters) {
  /** @type {Record<string, unknown>} */
  const criteria = {};
  const unapplied = [];
  for (const [name, value] of Object.entries(filters)) {
    const filter = FILTERS[name];
    if (!filter || value === "" || value == null) continue;
    if (rows.some((d) => d[filter.field] != null)) criteria[filter.field] = value;
    else unapplied.push({name, noun: filter.noun, all: filter.all});
  }
  return {rows: narrow(rows, criteria), unapplied};
}

/**
 * familyPage(families, {observations, checks, dark, page})
 * families: the family ids the page shows, in order; observations: their rows (data/families/<family>.json).
 * Returns a <div> that draws itself, and draws its charts again when a filter changes.
 * @param {string[]} families
 * @param {{observations: Record<string, any>[], checks?: any[], dark?: boolean, page?: string}} options
 */
export function familyPage(families, {observations, checks = [], dark = false, page}) {
  const all = observations.filter((r) => families.includes(r.family));
  // With figures of several states, a selector above the rest narrows every sentence, chart and figure to one.
  const states = stateFilter(all);
  const root = el("div", {class: "family-page"}, states);
  let content = stateContent(families, inState(all, states?.value.state), {
    checks,
    dark,
    page,
    state: states?.value.state ?? ""
  });
  root.append(content);
  states?.addEventListener("input", () => {
    const state = states.value.state;
    const previous = content;
    content = stateContent(families, inState(all, state), {checks, dark, page, state});
    previous.replaceWith(content);
  });
  root.ready = () => content.ready();
  return root;
}

// The page for the rows of one state (or of every state): the family's description, its filters and its sections.
function stateContent(families, rows, {checks, dark, page, state}) {
  const fields = filterFields(rows);
  const bar = fields.length ? filterBar(fields) : null;
  const body = el("div", {class: "family-sections"});
  const several = families.length > 1;
  // A page of one family opens with its description; a page of several describes each under its heading.
  const lead = several ? null : el("p", {class: "lead"}, FAMILIES.find((f) => f.id === families[0])?.description ?? "");
  const root = el("div", {class: "family-content"}, lead, bar, body);
  const sections = familySections(rows, families, {page});

  async function render(filters) {
    const parts = [];
    for (const family of families) {
      const info = FAMILIES.find((f) => f.id === family);
      const own = sections.filter((s) => s.family === family);
      const anchor = info?.page.split("#")[1] ?? kebab(family);
      if (several) parts.push(el("h2", {id: anchor}, info?.name ?? family));
      if (info && several) parts.push(el("p", {class: "family-description"}, info.description));
      if (!own.length)
        parts.push(el("p", {class: "family-empty"}, "No figures of this family are stated in the documents."));
      for (const section of own) parts.push(indicatorSection(section, {several}));
    }
    body.replaceChildren(...parts);
    // Charts one at a time in page order (page-order.js), each in its own slot, all asked for at once so that the
    // page stays busy until the last one is drawn.
    await Promise.all(
      [...body.querySelectorAll(".family-chart")].map((slot) => {
        const build = slot.chartBuild;
        const selection = narrowed(build.select(rows), filters);
        return inPageOrder(() =>
          chart(selection.rows, {
            id: build.id,
            spec: forState(build, state),
            maxWidth: 880,
            dark,
            checks,
            unapplied: selection.unapplied
          })
        ).then((figure) => slot.replaceChildren(figure));
      })
    );
  }

  function indicatorSection(section, {several}) {
    const heading = several ? "h3" : "h2";
    const slots = section.charts.map((build) => Object.assign(el("div", {class: "family-chart"}), {chartBuild: build}));
    const figures = section.figures.length
      ? figureCards(section.figures, {
          id: `${kebab(section.indicator)}-figures`,
          title: `${section.label}: figures stated over several years or on a date`,
          checks
        })
      : null;
    return el(
      "section",
      {class: "family-indicator", id: `indicator-${kebab(section.indicator)}`, "data-indicator": section.indicator},
      el(heading, {}, section.label),
      section.definition ? el("p", {class: "indicator-definition"}, section.definition) : null,
      el("p", {class: "indicator-periods"}, periodsSentence(section.rows)),
      el("p", {class: "indicator-source"}, sourcesText(section.rows)),
      slots,
      figures
    );
  }

  let drawing = render(bar?.value ?? {});
  bar?.addEventListener("input", () => (drawing = drawing.then(() => render(bar.value))));
  root.ready = () => drawing;
  return root;
}
