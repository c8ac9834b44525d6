// Turns text into text nodes with highlighted spans, never parsing it as HTML.

// spans: [{start, end, …}] as JS string offsets into text. render(span, slice) returns the node for a span.
// Only [from, to) of the text is rendered; transform(plain, offset) may reshape the text between spans for display
// (the spans themselves are always shown exactly). Spans that overlap an earlier one, or run past `to`,
// are not drawn and come back in `skipped`, so callers can tell.
/**
 * @param {string} text
 * @param {{start: number, end: number}[]} spans
 * @param {(span: any, slice: string) => string | Node} render
 * @param {{from?: number, to?: number, transform?: (plain: string, offset: number) => string | Node}} [options]
 */
export function highlightText(text, spans, render, {from = 0, to = text.length, transform = (s) => s} = {}) {
  const fragment = document.createDocumentFragment();
  const skipped = [];
  let at = from;
  const plain = (end) => {
    if (end > at) fragment.append(transform(text.slice(at, end), at));
  };
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (span.start < at || span.end > to || span.end <= span.start) {
      skipped.push(span);
      continue;
    }
    plain(span.start);
    fragment.append(render(span, text.slice(span.start, span.end)));
    at = span.end;
  }
  plain(to);
  return {fragment, skipped};
}
