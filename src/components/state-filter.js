// The state selector of every page with figures, shown when the data covers more than one state: a filter bar of
// one field, kept in the URL (`?state=AZE`) like the other filters. One state is always chosen, so that no chart,
// headline or sentence mixes the figures of several states. With one state there is no selector.
import {filterBar} from "./filters.js";
import {mainState, stateName, statesOf} from "./specs/states.js";

// Where a page narrows its charts to a state (kept here for the pages that import it with the selector).
export {forState} from "./specs/states.js";

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
