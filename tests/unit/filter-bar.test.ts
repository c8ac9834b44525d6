// @vitest-environment jsdom
// The filter bar (src/components/filters.js) tells its listeners once per choice, after its value holds the choice:
// a control's own input event, which comes before its change, does not reach them (a page would draw twice).
import {describe, expect, it} from "vitest";
import {filterBar} from "../../src/components/filters.js";

const FIELDS = [
  {
    name: "sex",
    label: "Sex",
    options: [
      {value: "female", label: "Women"},
      {value: "male", label: "Men"}
    ]
  },
  {
    name: "country",
    label: "Country",
    type: "checkboxes" as const,
    options: [
      {value: "Russia", label: "Russia"},
      {value: "Türkiye", label: "Türkiye"}
    ]
  }
];

// A choice as a browser makes it: the control's input event, then its change event.
function choose(control: HTMLSelectElement | HTMLInputElement) {
  control.dispatchEvent(new Event("input", {bubbles: true}));
  control.dispatchEvent(new Event("change", {bubbles: true}));
}

describe("filterBar", () => {
  it("fires input once per choice of a select, with the new value", () => {
    const bar = filterBar(FIELDS, {location: {search: ""}});
    const seen: unknown[] = [];
    bar.addEventListener("input", () => seen.push(bar.value.sex));
    const select = bar.querySelector("select")!;
    select.value = "male";
    choose(select);
    select.value = "female";
    choose(select);
    expect(seen).toEqual(["male", "female"]);
    expect(new URL(window.location.href).searchParams.get("sex")).toBe("female");
  });

  it("fires input once per box ticked or unticked, with the boxes still ticked", () => {
    const bar = filterBar(FIELDS, {location: {search: ""}});
    const seen: unknown[] = [];
    bar.addEventListener("input", () => seen.push(bar.value.country));
    const box = bar.querySelector('input[value="Russia"]') as HTMLInputElement;
    box.checked = false;
    choose(box);
    box.checked = true;
    choose(box);
    expect(seen).toEqual([["Türkiye"], ""]);
  });

  it("still lets a listener outside the bar hear the bar's own event", () => {
    const bar = filterBar(FIELDS, {location: {search: ""}});
    const outer = document.createElement("div");
    outer.append(bar);
    let heard = 0;
    outer.addEventListener("input", () => heard++);
    const select = bar.querySelector("select")!;
    select.value = "male";
    choose(select);
    expect(heard).toBe(1);
  });
});
