// Shared set-up for the browser tests: the release build (dist/) served under a sub-path, and
// headless Debian Chromium driven by playwright-core. Every page records console errors, page
// errors and any request that leaves the page's own origin, so each test can assert on them.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const SUB_PATH = '/explorer/';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Serves a built page (`dist/`, the seed corpus, unless told otherwise) and starts Chromium. */
export async function start(dist = 'dist') {
  const { server, url } = await serve(dist, { prefix: SUB_PATH });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Opens a fresh page (own context) with a watch on errors and foreign requests. */
export async function open(env, query = '', { width = 1200, height = 900 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const origin = new URL(env.url).origin;
  const problems = { console: [], foreign: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') problems.console.push(msg.text()); });
  page.on('pageerror', (err) => problems.console.push(String(err)));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.foreign.push(u);
  });
  // Reads of the page wait for the whole list: a change draws the rows on screen at once and the
  // rest in the next frame, with the list aria-busy in between.
  for (const read of ['$eval', '$$eval']) {
    const original = page[read].bind(page);
    page[read] = async (...args) => { await listDrawn(page); return original(...args); };
  }
  await page.goto(env.url + query);
  await page.waitForSelector('.events li.event, .empty');
  return { page, problems, context };
}

/** Waits until the event list is wholly drawn (not aria-busy). */
export const listDrawn = (pageOrFrame) => pageOrFrame.waitForFunction(() => !document.querySelector('ol.events[aria-busy]'));

/** The titles of the events on screen, in order. */
export const titles = (page) => page.$$eval('.events li.event .title', (els) => els.map((e) => e.textContent));
/** The kind labels of the events on screen. */
export const kinds = (page) => page.$$eval('.events li.event .kind-label', (els) => els.map((e) => e.textContent.trim()));
/** How many rows the list draws at first ("Show more" draws the next page): `PAGE` in `src/components/context.rs`. */
export const PAGE = 30;
/** How many events the filters let through (the list draws the first page of them). */
export const shownCount = async (page) => Number((await page.textContent('#result-count')).match(/^(\d+)/)[1]);
