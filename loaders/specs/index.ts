/** The specs every seed is read with; a report only yields what its own wording matches. */
import type {SpecSet} from "../extract-document.js";
import {CMW_TABLES} from "./cmw-tables.js";
import {CMW_SENTENCES} from "./cmw-sentences.js";
import {CORE_AR_SENTENCES} from "./core-ar-sentences.js";

export const SPECS: SpecSet = {
  tables: [...CMW_TABLES],
  sentences: [...CMW_SENTENCES, ...CORE_AR_SENTENCES]
};
