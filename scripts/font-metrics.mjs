// Text widths from a TrueType font's own advance widths, for laying out charts in Node the way the
// PNG renderer (resvg) will draw them. Vega has no canvas in Node and otherwise guesses 0.8 em per
// character, which cuts axis, legend and panel labels short and spreads legends apart.
import {readFileSync} from "node:fs";

// Advance widths (in em) by code point, from the font's cmap (format 4) and hmtx tables.
export function readAdvances(file) {
  const data = readFileSync(file);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = new Map();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    tables.set(data.toString("latin1", record, record + 4), view.getUint32(record + 8));
  }
  for (const tag of ["head", "hhea", "hmtx", "cmap"]) if (!tables.has(tag)) throw new Error(`${file}: no ${tag} table`);
  const unitsPerEm = view.getUint16(tables.get("head") + 18);
  const metrics = view.getUint16(tables.get("hhea") + 34);
  const hmtx = tables.get("hmtx");
  const advanceOf = (glyph) => view.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
  const cmap = tables.get("cmap");
  let subtable;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (view.getUint16(offset) === 4 && (platform === 3 ? encoding === 1 : platform === 0)) subtable = offset;
  }
  if (subtable === undefined) throw new Error(`${file}: no Unicode BMP cmap`);
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const glyphOf = (code) => {
    for (let s = 0; s < segments; s++) {
      if (code > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (code < start) return 0;
      const delta = view.getInt16(deltas + s * 2);
      const rangeOffset = view.getUint16(rangeOffsets + s * 2);
      if (!rangeOffset) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
      return glyph ? (glyph + delta) & 0xffff : 0;
    }
    return 0;
  };
  const cache = new Map();
  return (code) => {
    if (!cache.has(code)) cache.set(code, code > 0xffff ? advanceOf(0) : advanceOf(glyphOf(code)));
    return cache.get(code);
  };
}

/**
 * A `textMetrics.width` for Vega: `(item, text) => pixels`, measured with the regular or bold font by the
 * item's weight. It never truncates (Vega's truncation calls it); a label with a limit measures at most
 * the limit, which keeps Vega's binary search for the cut exact and the layout as wide as the cut label.
 */
export function vegaTextWidth({regular, bold}) {
  const fonts = {regular: readAdvances(regular), bold: readAdvances(bold ?? regular)};
  return (item, text) => {
    const size = item.fontSize ?? 11;
    const weight = item.fontWeight;
    const advance = weight === "bold" || Number(weight) >= 600 ? fonts.bold : fonts.regular;
    let em = 0;
    for (const char of String(text ?? "").trim()) em += advance(char.codePointAt(0));
    const width = em * size;
    return item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}
