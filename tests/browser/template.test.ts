// What Framework's page template is made to say after the build (scripts/finish-pages.mjs), checked on the served
// pages in headless Chromium: every page names its language and lets the reader zoom; every page links a favicon
// of the site's own, so no browser asks for /favicon.ico; and the pager names the home page as the sidebar does.
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {ALL_PAGES, MAIN_PAGES, READER_PAGES, settled} from "./pages.js";
import {launchBrowser, openPage} from "./site.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("every page's HTML", () => {
  it.each(ALL_PAGES)("/%s names its language and lets the reader zoom", async (path) => {
    const html = await (await fetch(`${inject("baseUrl")}${path}`)).text();
    expect(html).toMatch(/<html lang="en">/);
    const viewport = /<meta name="viewport" content="([^"]*)">/.exec(html)?.[1];
    expect(viewport).toBe("width=device-width, initial-scale=1");
    expect(html).not.toMatch(/maximum-scale|user-scalable=no/);
  });
});

describe("every page", () => {
  it.each([...MAIN_PAGES, READER_PAGES[0], "embed/border-detentions"])(
    "/%s has a favicon of the site's own, and asks for no /favicon.ico",
    async (path) => {
      const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`);
      await settled(page);
      const icon = await page.$eval('link[rel="icon"]', (n) => (n as HTMLLinkElement).href);
      const response = await fetch(icon);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^image\//);
      expect(log.requests.filter((href) => new URL(href).pathname === "/favicon.ico")).toEqual([]);
      expect(log.problems).toEqual([]);
      await page.context().close();
    }
  );

  it("links back from the first family page to the Overview, by that name", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}work-permits-residence`);
    const previous = page.locator('#observablehq-footer a[rel="prev"]');
    expect((await previous.innerText()).trim()).toMatch(/Overview$/);
    expect(new URL((await previous.getAttribute("href"))!, page.url()).pathname).toBe("/");
    await page.context().close();
  });
});
