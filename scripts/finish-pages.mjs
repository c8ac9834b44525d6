// Framework 1.13 writes every page from one fixed template that no option changes. After `observable build`
// this rewrites the parts of it that fail accessibility checks, in every HTML file of dist/:
// - <html> gets the site's language (lang="en"); documents in other languages mark their own text;
// - the viewport no longer says maximum-scale=1, which stops readers from zooming;
// - the sidebar toggle gets a label of its own (a title is not one), and its close button, a <label> that
//   Framework puts inside the sidebar's list, moves out of it (a list holds list items only);
// - the pager names the home page as the sidebar does ("Overview"), not by the site's title.
// `tsx scripts/finish-pages.mjs [dir]` (default dist); also importable: finishPage(html, options).
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";

export const LANGUAGE = "en";

/**
 * finishPage(html, {title, homeName})
 * title: the site's title, which Framework gives the home page in the pager; homeName: the name of "/" in
 * the config's pages. Returns the page with the template's fixes; a page already finished comes back unchanged.
 */
export function finishPage(html, {title, homeName} = {}) {
  let out = html
    .replace(/<html>/, `<html lang="${LANGUAGE}">`)
    .replace(/(<meta name="viewport" content="[^"]*?),\s*maximum-scale=[\d.]+/, "$1")
    .replace(
      /<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">/,
      '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">'
    )
    .replace(
      /(<nav id="observablehq-sidebar">\s*)<ol>(\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)\s*/,
      "$1$3\n  <ol>$2"
    );
  if (title && homeName && title !== homeName) {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(
      new RegExp(`(<a rel="prev" href="[^"]*"><span>)${escape(title)}(</span></a>)`),
      `$1${homeName}$2`
    );
  }
  return out;
}

function htmlFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

export async function finishPages(dir = "dist") {
  const {default: config} = await import(pathToFileURL(join(import.meta.dirname, "../observablehq.config.ts")).href);
  const homeName = config.pages?.find((p) => p.path === "/")?.name;
  const files = htmlFiles(dir);
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    const finished = finishPage(html, {title: config.title, homeName});
    if (finished !== html) writeFileSync(file, finished);
  }
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const count = await finishPages(process.argv[2] ?? "dist");
  console.log(`finished ${count} pages: lang="${LANGUAGE}", zoomable viewport, labelled sidebar toggle, pager names`);
}
