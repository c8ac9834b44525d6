// The state selector of every page with figures, shown when the data covers more than one state: a filter bar of
// one field, kept in the URL (`?state=AZE`) like the other filters. One state is always chosen, so that no chart,
// headline or sentence mixes the figures of several states. With one state there is no selector.
import {filterBar} from "./filters.js";
import {mainState, stateName, statesOf, stateTitle} from "./specs/states.js";

/**
 * The selector for the states of rows (documents or observations), or null when they name fewer than two.
 * Its `value` is {state: code}, the state with the most rows until the reader or the URL chooses another.
 * @param {Record<string, any>[]} rows
 * @param {{location?: {search: string}}} [options]
 */
export function stateFilter(rows, options) {
  const states = statesOf(rows);
  if (states.length < 2) return null;
  const bar = filterBar(
    [
      {
        name: "state",
        label: "State",
        required: true,
        initial: mainState(rows),
        options: states.map((s) => ({value: s, label: stateName(s)}))
      }
    ],
    options
  );
  bar.classList.add("state-filter");
  bar.setAttribute("aria-label", "Reporting state");
  return bar;
}

/**
 * A chart builder whose title (and so its table caption, CSV and citation) names the chosen state; the builder
 * as it is when every state is shown.
 * @template {Function & {title: string}} B
 * @param {B} build
 * @param {string | null | undefined} state
 * @returns {B}
 */
export function forState(build, state) {
  if (!state) return build;
  const title = stateTitle(build.title, state);
  const wrapped = (/** @type {any[]} */ ...args) => {
    const spec = build(...args);
    const text = spec.title;
    if (typeof text === "string") return {...spec, title: stateTitle(text, state)};
    // A title block's lines (wrapped to the chart's width): the state's name ends its last line.
    if (text && typeof text === "object" && Array.isArray(text.text) && text.text.length)
      return {...spec, title: {...text, text: [...text.text.slice(0, -1), stateTitle(text.text.at(-1), state)]}};
    return spec;
  };
  return /** @type {B} */ (/** @type {unknown} */ (Object.assign(wrapped, build, {title})));
}
