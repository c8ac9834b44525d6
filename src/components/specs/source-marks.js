// Marks for figures that more than one document states: a bar shows the headline value (see
// loaders/checks/merge-sources.ts), and a small diamond per document shows the value that document states,
// so a disagreement between documents is visible on the chart itself. Pure functions, no DOM.
import {documentShort, formatNumber, formatValue, locatorText, TOOLTIP} from "./source.js";

// How each mark of a figure with several sources reads in the tooltip: why its value is the headline.
export function sourceNote(row) {
  return (row.sources?.length ?? 0) > 1 ? String(row.source_choice ?? "") : undefined;
}

/**
 * One datum per document for every figure stated by more than one: it takes the place of its headline's
 * mark (`placed`, the mark data of `rows` in the same order: band, series, panel) and the same annualising
 * factor. Its id is `source_obs_id`, not `obs_id`, so that it is not taken for a figure of the chart.
 */
export function sourceValues(rows, placed) {
  const out = [];
  rows.forEach((row, i) => {
    const sources = row.sources ?? [];
    if (sources.length < 2) return;
    const d = placed[i];
    const factor = d.value ? d.plotted / d.value : 1;
    sources.forEach((s, rank) => {
      const document = documentShort(s);
      const stated = Number(s.value);
      const plotted = stated * factor;
      const valueText = formatValue(s, stated);
      out.push({
        ...d,
        obs_id: undefined,
        source_obs_id: s.obs_id,
        headline_obs_id: row.obs_id,
        doc_id: s.doc_id,
        source_rank: rank + 1,
        headline: rank === 0,
        value: stated,
        plotted,
        value_text: valueText,
        plotted_text: factor !== 1 ? `${formatValue(s, plotted)} (annualised from ${formatNumber(stated)})` : valueText,
        document,
        title: s.title,
        locator: s.locator,
        locator_text: locatorText(s.locator),
        page: s.page ?? null,
        quote: s.quote,
        source_note: `${rank === 0 ? "Headline value" : "Also stated"}: ${rank + 1} of ${sources.length} documents (${document})`,
        aria: `${d.period}: ${valueText} as stated by ${document}${rank === 0 ? ", the headline" : ""}`
      });
    });
  });
  return out;
}

/**
 * A layer of diamonds at each document's value, on the headline's band (`band`, the bars' band encoding, on
 * `bandChannel`) and at its offset within the band when bars are side by side (`offset`); null when none.
 */
export function sourceLayer(values, {band, bandChannel, valueChannel, offset, theme, beside = false}) {
  if (!values.length) return null;
  // Beside the bar, just past its edge, so that its value label stays readable: from the centre of the band
  // to the right of the bar, or of the datum's bar among bars side by side (the bars' offset scale places it).
  // A panel of small multiples names its scales otherwise, so there the marks sit on the bar.
  const c = bandChannel;
  const past = offset
    ? `scale('${c}Offset', datum.${offset.field}) + bandwidth('${c}Offset') - bandwidth('${c}') / 2 + 6`
    : `bandwidth('${c}') / 2 + 6`;
  const shift = beside ? {[`${c}Offset`]: {expr: past}} : {};
  return {
    data: {values},
    mark: {
      type: "point",
      shape: "diamond",
      filled: true,
      size: 64,
      strokeWidth: 1.5,
      fill: theme.background,
      stroke: theme.foreground,
      opacity: 1,
      ...shift
    },
    encoding: {
      [bandChannel]: band,
      [valueChannel]: {field: "plotted", type: "quantitative"},
      ...(offset && !beside ? {[`${bandChannel}Offset`]: offset} : {}),
      description: {field: "aria", type: "nominal"},
      // A source mark stands for one document's value of the bar's breakdown, so the breakdown is not repeated.
      tooltip: TOOLTIP.filter((f) => f.field !== "breakdown")
    }
  };
}

/** The chart's note when it has such marks. */
export function sourceMarksNote(values) {
  if (!values.length) return [];
  return [
    "Diamonds: the value each document states where several state a figure; the bar shows the headline document's value."
  ];
}
