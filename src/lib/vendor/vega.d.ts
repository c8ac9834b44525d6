// Types of vega.js, the bundle scripts/bundle-vendor.mjs writes here, from the package it bundles; a spec is
// any object, since the specs are JavaScript literals whose strings TypeScript cannot narrow to Vega-Lite's
// enums (the golden tests compile every chart's spec with Vega-Lite instead).
import type {EmbedOptions, Result} from "vega-embed";

export function embed(element: HTMLElement | string, spec: object, options?: EmbedOptions): Promise<Result>;
export * as vega from "vega";
export * as vegaLite from "vega-lite";
