// A bar of native <select> and checkbox filters whose state lives in the URL query string, so a
// selection survives a reload and can be shared. Works with Framework's view(): the form has a
// `value` ({name: value or [values]}) and fires "input" when it changes.
import {el} from "./dom.js";

/**
 * @typedef {{name: string, label: string, type?: "select" | "checkboxes", options: {value: string, label: string}[],
 *   all?: string, required?: boolean, initial?: string}} Field
 * A `required` select has no "all" option: its value is always one of its options, `initial` (or the first)
 * unless the URL names another.
 */

/**
 * filterBar(fields, {location})
 * fields: [{name, label, type: "select" | "checkboxes", options: [{value, label}], all: "All periods"}]
 * A select's value is a string ("" for all); a checkbox group's is an array of the checked values, or ""
 * when every box is checked (as it is unless the URL says otherwise), so that "" always means "not narrowed".
 * @param {Field[]} fields
 * @param {{location?: {search: string}}} [options]
 */
export function filterBar(fields, {location = window.location} = {}) {
  const params = new URLSearchParams(location.search);
  const form = el("form", {class: "filters", role: "search", "aria-label": "Filters"});
  /** @type {[Field, () => string | string[]][]} */
  const readers = [];

  for (const field of fields) {
    const values = field.options.map((o) => o.value);
    if (field.type === "checkboxes") {
      const fromUrl = params
        .getAll(field.name)
        .flatMap((v) => v.split(","))
        .filter((v) => values.includes(v));
      const checked = new Set(params.has(field.name) ? fromUrl : values);
      const boxes = field.options.map((o) => {
        const box = el("input", {type: "checkbox", name: field.name, value: o.value});
        box.checked = checked.has(o.value);
        return el("label", {class: "filter-check"}, box, ` ${o.label}`);
      });
      form.append(el("fieldset", {class: "filter filter-checkboxes"}, el("legend", {}, field.label), boxes));
      readers.push([
        field,
        () => {
          const ticked = [...form.querySelectorAll(`input[name="${field.name}"]:checked`)].map((b) => b.value);
          return ticked.length === field.options.length ? "" : ticked;
        }
      ]);
    } else {
      const id = `filter-${field.name}`;
      const select = el(
        "select",
        {id, name: field.name},
        field.required ? null : el("option", {value: ""}, field.all ?? "All"),
        field.options.map((o) => el("option", {value: o.value}, o.label))
      );
      const fromUrl = params.get(field.name);
      const fallback = field.required ? (field.initial ?? values[0] ?? "") : "";
      select.value = fromUrl != null && values.includes(fromUrl) ? fromUrl : fallback;
      form.append(el("div", {class: "filter"}, el("label", {for: id}, field.label), select));
      readers.push([field, () => select.value]);
    }
  }

  const read = () => Object.fromEntries(readers.map(([field, value]) => [field.name, value()]));
  form.value = read();
  form.addEventListener("submit", (event) => event.preventDefault());
  // A control's own input event would reach the form's listeners too, before the change below: a page would draw
  // everything twice per choice. Only the form's own event, which carries the new value, goes on.
  form.addEventListener("input", (event) => {
    if (event.target !== form) event.stopImmediatePropagation();
  });
  form.addEventListener("change", () => {
    form.value = read();
    writeUrl(fields, form.value);
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return form;
}

// Keeps other query parameters; a default (all periods, every box checked) leaves no parameter.
/**
 * @param {Field[]} fields
 * @param {Record<string, string | string[]>} value
 */
function writeUrl(fields, value) {
  const url = new URL(window.location.href);
  for (const field of fields) {
    url.searchParams.delete(field.name);
    const v = value[field.name];
    if (Array.isArray(v)) {
      url.searchParams.set(field.name, v.join(","));
    } else if (v) {
      url.searchParams.set(field.name, v);
    }
  }
  window.history.replaceState(window.history.state, "", url);
}

// Options for a filter from the distinct non-null values of a field: sorted, or with order "data"
// in the order the rows have them.
/**
 * @param {Record<string, any>[]} rows
 * @param {string} field
 * @param {{label?: (value: any) => string, order?: "data"}} [options]
 */
export function optionsOf(rows, field, {label = (v) => v, order} = {}) {
  const values = [...new Set(rows.map((r) => r[field]).filter((v) => v != null))];
  if (order !== "data") values.sort((a, b) => String(a).localeCompare(String(b), "en", {numeric: true}));
  return values.map((v) => ({value: String(v), label: label(v)}));
}

// Which charts show half-year figures annualised: the ids in the URL's `annualise` parameter, so that the
// choice survives a reload and travels with a shared link like the filters do.
/**
 * @param {string} id
 * @param {{location?: {search: string}}} [options]
 */
export function isAnnualised(id, {location = window.location} = {}) {
  return new URLSearchParams(location.search)
    .getAll("annualise")
    .flatMap((v) => v.split(","))
    .includes(id);
}

/**
 * @param {string} id
 * @param {boolean} on
 */
export function setAnnualised(id, on) {
  const url = new URL(window.location.href);
  const ids = new Set(
    url.searchParams
      .getAll("annualise")
      .flatMap((v) => v.split(","))
      .filter(Boolean)
  );
  if (on) ids.add(id);
  else ids.delete(id);
  url.searchParams.delete("annualise");
  if (ids.size) url.searchParams.set("annualise", [...ids].sort().join(","));
  window.history.replaceState(window.history.state, "", url);
}
