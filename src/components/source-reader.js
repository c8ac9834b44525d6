// The reader: a document's full text with every extracted number highlighted and linked to its
// observation, and every number no extraction spec matched marked as a coverage gap.
// The text is built from text nodes only; nothing from the document is parsed as HTML.
import {el} from "./dom.js";
import {formatCount} from "./format.js";
import {isRightToLeft} from "./source-format.js";
import {highlightText} from "./source-highlight.js";
import {observationCard} from "./source-observation.js";

// The worst status among an observation's checks: a number in a failing check is marked as such.
function worstStatus(o, checks) {
  const statuses = (o.check_ids ?? []).map((id) => checks.get(id)?.status);
  return statuses.includes("fail") ? "fail" : statuses.includes("warn") ? "warn" : statuses.length ? "pass" : "none";
}

// Text extracted from PDFs is hard-wrapped at the printed line, often with a blank line after each.
// For reading, a break after a full line that ends mid-sentence becomes a space and any other run of
// breaks becomes one line break, so table rows and headings keep their lines. Only the display changes:
// offsets and highlighted numbers are untouched.
function reflow(text) {
  const lengths = text
    .split("\n")
    .map((line) => line.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const hardWrapped = p90 <= 120 && median >= 40;
  const breakAt = (at) => {
    if (!hardWrapped) return "\n";
    const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at).trim();
    return line.length >= 0.6 * p90 && /[\p{L},;(“"‘'’\u2013\u2014-]$/u.test(line) ? " " : "\n";
  };
  return (plain, offset) => plain.replace(/[ \t]*\n[ \t\r\n]*/g, (run, at) => breakAt(offset + at));
}

function gapMark(gap, slice) {
  return el(
    "mark",
    {class: "gap", id: `gap-${gap.char_start}`, title: `Not extracted: no spec covers this number (line ${gap.line})`},
    slice
  );
}

function mark(span, slice, checks, text) {
  if (span.group) {
    // One number whose digit groups the text holds in reversed order ("600 86" for 86 600), listed as two.
    const [first, second] = span.group;
    return el(
      "mark",
      {
        class: "gap-group",
        title: `Not extracted: one number written with its digit groups in reversed order, listed as ${first.text} and ${second.text}`
      },
      gapMark(first, first.text),
      text.slice(first.char_start + first.text.length, second.char_start),
      gapMark(second, second.text)
    );
  }
  if (span.footnote) {
    // A footnote the document's conversion left as "[footnoteRef:1]" and "[1: text]": a superscript number, and
    // the note itself in smaller type. A number in it that is listed as unextracted keeps its mark.
    const {number, gap, body, kind} = span.footnote;
    const numeral = gap ? gapMark(gap, gap.text) : number;
    if (kind === "ref")
      return el(
        "sup",
        {class: "footnote-ref"},
        el("a", {href: `#footnote-${number}`, "aria-label": `Footnote ${number}`}, numeral)
      );
    return el("span", {class: "footnote", id: `footnote-${number}`, role: "note"}, el("sup", {}, numeral), " ", body);
  }
  if (span.gap) return gapMark(span.gap, slice);
  const o = span.observation;
  return el(
    "a",
    {
      class: `obs checked-${worstStatus(o, checks)}`,
      id: `obs-${o.obs_id}`,
      href: `#obs-${o.obs_id}`,
      "data-obs-id": o.obs_id
    },
    slice
  );
}

// Word-processor footnotes left in the text as "[footnoteRef:1]" (the reference) and "[1: text]" (the note),
// with the unextracted numbers inside them (their own numbers).
function footnoteSpans(text, gaps, observations) {
  const spans = [];
  for (const match of text.matchAll(/\[footnoteRef:(\d+)\]|\[(\d+): ?([^\]\n]*)\]/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (observations.some((o) => o.value_start < end && o.value_end > start)) continue;
    const number = match[1] ?? match[2];
    const within = gaps.filter((g) => g.char_start >= start && g.char_start < end);
    const gap = within.find((g) => g.text === number);
    spans.push({
      start,
      end,
      footnote: {kind: match[1] ? "ref" : "note", number, gap, body: (match[3] ?? "").trim()},
      gaps: within
    });
  }
  return spans;
}

// In right-to-left text, "600 86" (86 600 with its digit groups in reversed order) is listed as two unextracted
// numbers, "600" and "86": such neighbours, a three-digit group, one space, then one to three digits, are drawn
// as one number.
function reversedGroups(text, gaps) {
  const groups = [];
  const sorted = [...gaps].sort((a, b) => a.char_start - b.char_start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [first, second] = [sorted[i], sorted[i + 1]];
    const between = text.slice(first.char_start + first.text.length, second.char_start);
    if (/^[ \u00a0]$/.test(between) && /(^|\s)\d{3}$/.test(first.text) && /^\d{1,3}$/.test(second.text)) {
      groups.push({start: first.char_start, end: second.char_start + second.text.length, group: [first, second]});
      i++;
    }
  }
  return groups;
}

// The text as one block per paragraph (as the extraction segmented it), numbers marked.
function renderText(data, checks) {
  const rtl = isRightToLeft(data.language);
  const footnotes = footnoteSpans(data.text, data.gaps, data.observations);
  const inFootnote = new Set(footnotes.flatMap((f) => f.gaps));
  const free = data.gaps.filter((g) => !inFootnote.has(g));
  const groups = rtl ? reversedGroups(data.text, free) : [];
  const grouped = new Set(groups.flatMap((g) => g.group));
  const spans = [
    ...data.observations.map((o) => ({start: o.value_start, end: o.value_end, observation: o})),
    ...free
      .filter((g) => !grouped.has(g))
      .map((g) => ({start: g.char_start, end: g.char_start + g.text.length, gap: g})),
    ...groups,
    ...footnotes
  ].sort((a, b) => a.start - b.start);
  const paragraphs = data.paragraphs?.length ? data.paragraphs : [{number: "", start: 0, end: data.text.length}];
  const text = el("div", {class: "source-text", lang: data.language, dir: rtl ? "rtl" : "ltr"});
  const skipped = [];
  const transform = reflow(data.text);
  let next = 0;
  for (const p of paragraphs) {
    const inside = [];
    while (next < spans.length && spans[next].start < p.end) inside.push(spans[next++]);
    const result = highlightText(data.text, inside, (span, slice) => mark(span, slice, checks, data.text), {
      from: p.start,
      to: p.end,
      transform
    });
    skipped.push(...result.skipped);
    const block = el("div", {class: "source-paragraph", ...(p.number ? {id: `para-${p.number}`} : {})});
    block.append(result.fragment);
    // Space around a paragraph belongs to the gap between paragraphs, which CSS draws.
    if (block.firstChild?.nodeType === Node.TEXT_NODE)
      block.firstChild.nodeValue = block.firstChild.nodeValue.trimStart();
    if (block.lastChild?.nodeType === Node.TEXT_NODE) block.lastChild.nodeValue = block.lastChild.nodeValue.trimEnd();
    text.append(block);
  }
  return {text, skipped};
}

function legend(counts) {
  return el(
    "ul",
    {class: "reader-legend"},
    el("li", {}, el("span", {class: "obs sample"}, "123"), ` extracted (${formatCount(counts.observations)})`),
    el("li", {}, el("span", {class: "obs checked-fail sample"}, "123"), " in a failing check"),
    el("li", {}, el("mark", {class: "gap sample"}, "123"), ` not extracted (${formatCount(counts.gaps)})`)
  );
}

function panelIntro(counts) {
  return el(
    "div",
    {class: "reader-intro"},
    el("p", {}, "Choose a highlighted number to see the observation extracted from it."),
    legend(counts)
  );
}

// data: the document's reader data (text, observations, checks, gaps, language).
// qualityHref: where the data quality page is, relative to the reader.
export function sourceReader(data, {qualityHref = "../data-quality"} = {}) {
  const checks = new Map(data.checks.map((c) => [c.check_id, c]));
  const byId = new Map(data.observations.map((o) => [o.obs_id, o]));
  const order = [...data.observations].sort((a, b) => a.value_start - b.value_start).map((o) => o.obs_id);
  const {text, skipped} = renderText(data, checks);
  const counts = {observations: data.observations.length, gaps: data.gaps.length};

  const panelBody = el("div", {class: "reader-panel-body", "aria-live": "polite"}, panelIntro(counts));
  const position = el("span", {class: "reader-position"});
  const previous = el(
    "button",
    {type: "button", class: "reader-step", "aria-label": "Previous extracted number"},
    "‹ Previous"
  );
  const next = el("button", {type: "button", class: "reader-step", "aria-label": "Next extracted number"}, "Next ›");
  const close = el("button", {type: "button", class: "reader-close", "aria-label": "Close"}, "×");
  const panel = el(
    "aside",
    {class: "reader-panel", "aria-label": "Observation"},
    el("div", {class: "reader-panel-bar"}, previous, position, next, close),
    panelBody
  );
  // On a phone the panel only appears once a number is chosen; the legend stands above the text instead.
  const phoneLegend = el("div", {class: "reader-legend-top"}, legend(counts));
  const root = el(
    "div",
    {class: "reader", "data-observations": counts.observations, "data-gaps": counts.gaps},
    phoneLegend,
    text,
    panel
  );
  if (skipped.length) {
    root.prepend(
      el(
        "p",
        {class: "reader-warning", role: "status"},
        `${skipped.length} numbers overlap another and are not highlighted.`
      )
    );
  }

  let selected = null;
  function select(obsId, {scroll = false, focus = false} = {}) {
    const o = byId.get(obsId);
    const mark = o && text.querySelector(`[data-obs-id="${CSS.escape(obsId)}"]`);
    if (!mark) return;
    text.querySelector("a.obs.selected")?.classList.remove("selected");
    mark.classList.add("selected");
    selected = obsId;
    panelBody.replaceChildren(observationCard(o, {checks, qualityHref}));
    const index = order.indexOf(obsId);
    position.textContent = `${formatCount(index + 1)} of ${formatCount(order.length)}`;
    previous.disabled = index <= 0;
    next.disabled = index >= order.length - 1;
    root.classList.add("has-selection");
    if (location.hash !== `#obs-${obsId}`) history.replaceState(history.state, "", `#obs-${obsId}`);
    if (focus) mark.focus({preventScroll: true});
    reveal(mark, scroll);
  }
  // Keeps the chosen number in view; on a phone the panel covers the lower half of the screen, so the
  // number moves up above it.
  function reveal(mark, always) {
    requestAnimationFrame(() => {
      const rect = mark.getBoundingClientRect();
      if (getComputedStyle(panel).position === "fixed") {
        if (always || rect.bottom > panel.getBoundingClientRect().top - 8 || rect.top < 0)
          scrollBy({top: rect.top - innerHeight * 0.2});
      } else if (always) {
        mark.scrollIntoView({block: "center"});
      }
    });
  }
  function clear() {
    text.querySelector("a.obs.selected")?.classList.remove("selected");
    selected = null;
    panelBody.replaceChildren(panelIntro(counts));
    position.textContent = "";
    root.classList.remove("has-selection");
  }
  function step(delta) {
    const index = selected ? order.indexOf(selected) + delta : 0;
    if (index >= 0 && index < order.length) select(order[index], {scroll: true, focus: true});
  }

  text.addEventListener("click", (event) => {
    const mark = event.target.closest("a.obs");
    if (!mark) return;
    event.preventDefault(); // the number is already in view: no jump to the anchor
    select(mark.dataset.obsId);
  });
  text.addEventListener("focusin", (event) => {
    const mark = event.target.closest("a.obs");
    if (mark && mark.dataset.obsId !== selected) select(mark.dataset.obsId);
  });
  previous.addEventListener("click", () => step(-1));
  next.addEventListener("click", () => step(1));
  close.addEventListener("click", clear);
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && selected) clear();
  });

  // A link such as /sources/<doc>#obs-<id> opens the reader on that observation.
  function followHash() {
    const match = /^#obs-(.+)$/.exec(location.hash);
    if (match) select(decodeURIComponent(match[1]), {scroll: true});
  }
  const onHashChange = () => (root.isConnected ? followHash() : removeEventListener("hashchange", onHashChange));
  addEventListener("hashchange", onHashChange);
  requestAnimationFrame(followHash);
  root.select = select;
  return root;
}

// The numbers no extraction spec matched, each with its line and the words around it, linking to its
// mark in the text. Built when first opened: the Arabic core document alone has hundreds.
export function coverageGaps(data) {
  const rtl = isRightToLeft(data.language);
  // About eight words either side, cut at word boundaries.
  const context = (g) => {
    const start = g.char_start,
      end = start + g.text.length,
      reach = 60;
    const squeeze = (s) => s.replace(/\s+/g, " ");
    const before = squeeze(data.text.slice(Math.max(0, start - reach), start));
    const after = squeeze(data.text.slice(end, end + reach));
    return [
      start > reach ? before.replace(/^\S*\s/, "…") : before.trimStart(),
      end + reach < data.text.length ? after.replace(/\s\S*$/, "…") : after.trimEnd()
    ];
  };
  const list = el("ol", {class: "gap-list", lang: data.language, dir: rtl ? "rtl" : "ltr"});
  const details = el(
    "details",
    {class: "coverage-gaps", id: "coverage-gaps"},
    el("summary", {}, `Coverage gaps: ${formatCount(data.gaps.length)} numbers no spec extracted`),
    el(
      "p",
      {class: "gap-note"},
      "Dates, article and paragraph numbers, and statistics no extraction spec covers yet. They are listed so that what the database lacks is visible; each links to its place in the text."
    ),
    list
  );
  details.addEventListener("toggle", () => {
    if (!details.open || list.childElementCount) return;
    list.append(
      ...data.gaps.map((g) => {
        const [before, after] = context(g);
        return el(
          "li",
          {},
          el("a", {href: `#gap-${g.char_start}`, class: "gap-line", dir: "ltr"}, `line ${g.line}`),
          el("span", {class: "gap-context"}, before, el("mark", {class: "gap"}, g.text), after)
        );
      })
    );
  });
  // Links to #coverage-gaps (from the sources page or the document's facts) open the list.
  const followHash = () => {
    if (location.hash !== "#coverage-gaps" || !details.isConnected) return;
    details.open = true;
    details.scrollIntoView();
  };
  addEventListener("hashchange", followHash);
  requestAnimationFrame(followHash);
  return details;
}
