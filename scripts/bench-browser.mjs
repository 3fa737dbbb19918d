// Browser benchmark (figures, not a pass/fail test): for each built page, the time from navigation
// to the first event on screen, and p50/p95 of the time from a keystroke in the search box or a
// click on a kind filter to the updated DOM (performance.now() around the change, which starts in
// a task on a settled page as real input does; then on to the next requestAnimationFrame). Headless Debian Chromium; results go to
// bench/browser.md.
//
//   node scripts/bench-browser.mjs seeds=dist 10k=target/dist-10k
import { chromium } from 'playwright-core';
import { writeFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { serve } from './serve.mjs';

const LOADS = 7;
const KEYSTROKES = 80;
const CLICKS = 80;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];

const targets = process.argv.slice(2).map((a) => a.split('='));
if (targets.length === 0) targets.push(['seeds', 'dist']);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(1)} ms`;
const pc = (x) => `${Math.round(x * 100)}%`;

async function gzipTotal(dir) {
  let total = 0;
  for (const f of await readdir(dir)) total += gzipSync(await readFile(`${dir}/${f}`), { level: 9 }).length;
  return total;
}

async function measure(browser, url) {
  const loads = [];
  let events = 0;
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('.events li.event')) {
          window.__firstEvent = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstEvent !== undefined, null, { timeout: 60_000 });
    loads.push(await page.evaluate(() => window.__firstEvent));
    if (i < LOADS - 1) await context.close();
    else {
      events = Number((await page.textContent('#result-count')).match(/(\d+) events/)[1]);
      const result = await interact(page);
      await context.close();
      return { loads, events, ...result };
    }
  }
}

/** The display's frame interval: the median gap between idle animation frames. */
const frameInterval = (page) => page.evaluate(async () => {
  const gaps = [];
  let last = await new Promise((r) => requestAnimationFrame(r));
  for (let i = 0; i < 30; i++) {
    const t = await new Promise((r) => requestAnimationFrame(r));
    gaps.push(t - last);
    last = t;
  }
  gaps.sort((a, b) => a - b);
  return gaps[15];
});

async function interact(page) {
  const frame = await frameInterval(page);
  // Words from the titles on screen, typed a letter at a time, then cleared.
  const words = await page.$$eval('.events li.event .title', (els) => [...new Set(els.flatMap((e) => e.textContent.toLowerCase().split(/\W+/)).filter((w) => w.length >= 5))].slice(0, 20));
  // Each change is timed the same way: the page first settles (a frame, then an idle moment, so the
  // last change's deferred work such as its history write is done, as it is between a reader's
  // clicks or keystrokes); the change then starts in a fresh task, as a real input event does.
  // "DOM updated": from just before the change to the first task after it (every microtask, where
  // Leptos runs its effects, is done), with style and layout forced. "To next frame": on to the
  // next requestAnimationFrame, so it adds the wait for the display's next frame.
  const timeChanges = (changes) => page.evaluate(async ({ changes, words, n }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const idle = () => new Promise((r) => requestIdleCallback(() => r(), { timeout: 500 }));
    const steps = [];
    if (changes === 'keys') {
      for (let w = 0; steps.length < n; w++) {
        const word = words[w % words.length];
        for (let i = 1; i <= word.length + 1; i++) steps.push(i <= word.length ? word.slice(0, i) : '');
      }
    } else {
      for (let i = 0; i < n; i++) steps.push(i);
    }
    const times = [];
    const work = [];
    for (const step of steps.slice(0, n)) {
      await frame();
      await idle();
      await task();
      const t0 = performance.now();
      if (changes === 'keys') {
        const input = document.querySelector('#search');
        input.value = step;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        const buttons = [...document.querySelectorAll('button.kind')];
        buttons[step % Math.min(3, buttons.length)].click();
      }
      await task();
      void document.body.offsetHeight; // include style and layout of the new DOM
      work.push(performance.now() - t0);
      await frame();
      times.push(performance.now() - t0);
    }
    return { times, work };
  }, { changes, words, n: changes === 'keys' ? KEYSTROKES : CLICKS });
  const keystrokes = await timeChanges('keys');
  const clicks = await timeChanges('clicks');
  return { keystrokes, clicks, frame };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
const rows = [];
for (const [name, dir] of targets) {
  const { server, url } = await serve(dir, { prefix: '/explorer/' });
  const r = await measure(browser, url);
  server.close();
  const row = {
    name,
    events: r.events,
    gzip: await gzipTotal(dir),
    first: pct(r.loads, 50),
    firstMax: Math.max(...r.loads),
    keyP50: pct(r.keystrokes.times, 50),
    keyP95: pct(r.keystrokes.times, 95),
    clickP50: pct(r.clicks.times, 50),
    clickP95: pct(r.clicks.times, 95),
    keyWork95: pct(r.keystrokes.work, 95),
    clickWork95: pct(r.clicks.work, 95),
    keyWork50: pct(r.keystrokes.work, 50),
    clickWork50: pct(r.clicks.work, 50),
    frame: r.frame,
    // Share of changes whose DOM update fits in one display frame.
    keyFits: r.keystrokes.work.filter((t) => t <= r.frame).length / r.keystrokes.work.length,
    clickFits: r.clicks.work.filter((t) => t <= r.frame).length / r.clicks.work.length,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
await browser.close();

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Browser benchmark',
  '',
  `Run by \`make bench-browser\` on ${new Date().toISOString().slice(0, 10)}: headless Chromium, ${os.cpus().length} cores (${cpu}).`,
  `First event: median of ${LOADS} fresh loads (max in brackets). Keystroke: ${KEYSTROKES} single-letter changes to the search box.`,
  `Filter: ${CLICKS} clicks on kind buttons. Before each change the page settles (a frame, then an idle moment), and the change`,
  'starts in a fresh task, as a real click or keystroke does. "DOM updated" (the issue\'s target, p95 ≤ 16 ms at 10,000 events) runs',
  'from just before the change to the first task after it, when every Leptos effect has run, with style and layout forced.',
  `"To next frame" runs on to the next requestAnimationFrame, so it adds the wait for the display (one frame is ${ms(rows[0]?.frame ?? 16.7)} here).`,
  '"Fits a frame" is the share of changes whose DOM update took at most one frame.',
  '',
  '| corpus | events | dist gzip | first event on screen | keystroke, DOM updated p50 / p95 | keystroke fits a frame | keystroke, to next frame p50 / p95 | filter click, DOM updated p50 / p95 | filter click fits a frame | filter click, to next frame p50 / p95 |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.events} | ${(r.gzip / 1000).toFixed(1)} KB | ${ms(r.first)} (max ${ms(r.firstMax)}) | ${ms(r.keyWork50)} / ${ms(r.keyWork95)} | ${pc(r.keyFits)} | ${ms(r.keyP50)} / ${ms(r.keyP95)} | ${ms(r.clickWork50)} / ${ms(r.clickWork95)} | ${pc(r.clickFits)} | ${ms(r.clickP50)} / ${ms(r.clickP95)} |`),
  '',
];
await mkdir('bench', { recursive: true });
await writeFile('bench/browser.md', lines.join('\n'));
console.log(lines.join('\n'));
