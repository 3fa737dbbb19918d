// The explorer's tools as a reader uses them, in real headless Chromium: facets with counts, the
// overview brush, evidence, the article reader, numbers and people panels, copy link, export,
// keyboard use, accessibility (axe-core), narrow screens, dark mode and print.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { open, PAGE, shownCount, start, titles } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The options of a facet <select> (built when it takes focus): value, label and the count in brackets. */
const options = async (page, id) => (await page.focus(`#${id}`), page.$$eval(`#${id} option`, (els) => els
  .filter((o) => o.value)
  .map((o) => ({ value: o.value, label: o.textContent, n: Number(/\((\d+)\)$/.exec(o.textContent)?.[1]) }))));

/** How many events pass the filters, checked against the rows drawn (the first page of them). */
const count = async (page) => {
  // The rows first: reading them waits until the list is wholly drawn.
  const rows = (await titles(page)).length;
  const n = await shownCount(page);
  assert.equal(rows, Math.min(n, PAGE), `the list draws the first page of ${n} events`);
  return n;
};

/** Runs axe-core on the page and returns the serious and critical violations, described. */
async function axe(page) {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses an injected script tag.
  await page.evaluate(await readFile(AXE, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('each facet choice shows exactly the number printed beside it, and its chip removes it', async () => {
  const { page, problems, context } = await open(env);
  const all = await count(page);
  for (const id of ['person-facet', 'source-facet']) {
    const choices = await options(page, id);
    assert.ok(choices.length >= 2, `${id} offers choices`);
    const choice = choices[0];
    await page.selectOption(`#${id}`, choice.value);
    await page.waitForFunction((v) => decodeURIComponent(location.search).includes(v), choice.value);
    assert.equal(await count(page), choice.n, `${choice.label} shows ${choice.n} events`);
    assert.match(await page.textContent('#result-count'), new RegExp(`^${choice.n} of ${all} events`));
    assert.equal(await page.inputValue(`#${id}`), '', 'the menu returns to its prompt');
    await page.click('.chips .remove');
    await page.waitForFunction(() => location.search === '');
    assert.equal(await count(page), all);
  }
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test('"disputed only" keeps the disputed events and says how many beforehand', async () => {
  const { page, context } = await open(env);
  const label = await page.textContent('label:has(#disputed-only)');
  const n = Number(/\((\d+)\)/.exec(label)[1]);
  assert.ok(n >= 1, label);
  await page.check('#disputed-only');
  await page.waitForFunction(() => location.search.includes('disputed=1'));
  assert.equal(await count(page), n);
  const marked = await page.$$eval('.events li.event', (els) => els.every((li) => li.querySelector('.disputed')));
  assert.ok(marked, 'every event shown is marked disputed');
  await context.close();
});

test('the date inputs and the overview brush both pick a date range', async () => {
  const { page, context } = await open(env);
  const all = await count(page);
  await page.fill('#date-from', '2023-11-15');
  await page.fill('#date-to', '2023-11-15');
  await page.waitForFunction(() => location.search.includes('from=2023-11-15') && location.search.includes('to=2023-11-15'));
  const days = await page.$$eval('.events li.day h2', (els) => els.map((e) => e.textContent));
  assert.ok(days.length > 0 && await count(page) < all, `a range narrows: ${days}`);
  const day = Date.parse('15 November 2023');
  for (const d of days) {
    // "15 November 2023", "9–15 November 2023", "30 October – 5 November 2023": the first end
    // borrows the month and year it leaves out from the second.
    const [first, last = first] = d.split(/\s*–\s*/);
    const tail = last.split(' ');
    const a = Date.parse([...first.split(' '), ...tail.slice(first.split(' ').length)].join(' '));
    const b = Date.parse(last);
    assert.ok(a <= day && day <= b, `${d} overlaps 15 November 2023`);
  }
  assert.match(await page.textContent('#result-count'), /with no known date are outside any date range/);
  await page.click('text=Show all dates');
  await page.waitForFunction(() => location.search === '');

  // Drag across the middle of the strip.
  const box = await page.locator('.overview svg').boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 5, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => /from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/.test(location.search));
  assert.ok(await count(page) < all, 'the brush narrows the list');
  assert.equal(await page.locator('.overview rect.chosen').count(), 1, 'the chosen range is drawn');
  await context.close();
});

test('search marks the words it matched', async () => {
  const { page, context } = await open(env, '?q=ceasefire');
  const hits = await page.$$eval('.events mark.hit', (els) => els.map((e) => e.textContent.toLowerCase()));
  assert.ok(hits.length > 0 && hits.every((h) => h === 'ceasefire'), `hits: ${hits}`);
  // A single letter searches like any word but is not marked: it would mark nearly every line.
  await page.fill('#search', 'ceasefire e');
  await page.waitForFunction(() => document.querySelector('#result-count').textContent.length > 0);
  const narrowed = await page.$$eval('.events mark.hit', (els) => els.map((e) => e.textContent.toLowerCase()));
  assert.ok(narrowed.length > 0, 'the word is still marked');
  assert.ok(narrowed.every((h) => h === 'ceasefire'), `hits: ${narrowed}`);
  await context.close();
});

test('opening an event shows every source with its sentence marked; reload and back behave', async () => {
  const { page, problems, context } = await open(env, '?disputed=1');
  const title = (await titles(page))[0];
  const before = await page.evaluate(() => history.length);
  await page.click('.events li.event a.open');
  await page.waitForFunction(() => location.search.includes('event='));
  assert.equal(await page.evaluate(() => history.length), before + 1, 'opening an event is a history entry');
  assert.equal(await page.textContent('.detail h2'), title);
  const evidence = await page.$$eval('.detail .evidence', (els) => els.map((f) => ({
    marked: f.querySelector('blockquote mark')?.textContent ?? '',
    paragraph: f.querySelector('blockquote').textContent,
    side: f.closest('.side').className,
  })));
  assert.ok(evidence.some((e) => /reported/.test(e.side)) && evidence.some((e) => /denied/.test(e.side)), 'both sides are shown');
  for (const e of evidence) assert.ok(e.marked.length > 10 && e.paragraph.includes(e.marked), 'the quoted sentence is marked inside its paragraph');
  const url = page.url();
  await page.reload();
  await page.waitForSelector('.detail h2');
  assert.equal(page.url(), url);
  assert.equal(await page.textContent('.detail h2'), title, 'reload reopens the same event');
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('event='));
  assert.equal(await page.locator('.detail h2').count(), 0, 'back closes it');
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test('"Read the article" opens the text at the quote, with furniture marked, and Esc closes it', async () => {
  const { page, context } = await open(env, '?other=1');
  // Open events until one whose article carries page furniture.
  const ids = await page.$$eval('.events li.event', (els) => els.map((li) => li.dataset.id));
  let found = false;
  for (const id of ids) {
    await page.goto(`${env.url}?other=1&event=${id}`);
    await page.waitForSelector('.detail .read');
    await page.click('.detail .read');
    await page.waitForSelector('.reader mark');
    if (await page.locator('.reader p.furniture').count() === 0) continue;
    found = true;
    // The URL is written at the next idle moment after the view.
    await page.waitForFunction(() => location.search.includes('read='));
    const tag = await page.textContent('.reader p.furniture .tag');
    assert.match(tag, /^Page furniture: .+/);
    await page.waitForTimeout(300);
    const inView = await page.$eval('.reader mark', (m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the quote is scrolled into view');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('read='));
    assert.equal(await page.locator('.reader').count(), 0);
    assert.match(page.url(), /event=/, 'Esc closes the reader only');
    break;
  }
  assert.ok(found, 'some event is reported by an article with page furniture');
  await context.close();
});

test('the numbers panel charts the division and marks figures the sources disagree on', async () => {
  const { page, context } = await open(env);
  await page.click('button.tool:has-text("Numbers")');
  await page.waitForFunction(() => location.search.includes('panel=numbers'));
  const bars = await page.$$eval('.division .bar', (els) => els.map((b) => b.querySelector('.bar-n').textContent));
  assert.deepEqual(bars.slice(0, 2), ['293', '125']);
  const conflicts = await page.$$eval('.claims > li.conflict', (els) => els.map((li) => li.querySelectorAll('.values > li').length));
  assert.ok(conflicts.length >= 1 && conflicts.every((n) => n >= 2), 'a conflict shows each value');
  await context.close();
});

test('the people index lists roles and spellings, and filters the timeline to a person', async () => {
  const { page, context } = await open(env, '?panel=people');
  const starmer = page.locator('.people li', { hasText: 'Keir Starmer' }).first();
  assert.match(await starmer.textContent(), /Also written: .*Kier Starmer/);
  const button = page.locator('.people li button').first();
  const n = Number(/Show their (\d+)/.exec(await button.textContent())[1]);
  await button.click();
  await page.waitForFunction(() => location.search.includes('person=') && !location.search.includes('panel='));
  assert.equal(await count(page), n);
  await context.close();
});

test('copy link puts this exact view on the clipboard', async () => {
  const { page, context } = await open(env, '?kind=resignation&q=shadow');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#copy-link');
  await page.waitForSelector('.tool-status:has-text("copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();
});

test('the events shown download as CSV and JSON', async () => {
  const { page, context } = await open(env, '?kind=resignation');
  const shown = await titles(page);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  assert.equal(csvDownload.suggestedFilename(), 'timeline-events.csv');
  const csv = await readFile(await csvDownload.path(), 'utf8');
  const rows = csv.trim().split('\r\n');
  assert.equal(rows[0], 'id,date,earliest,latest,precision,kind,title,people,disputed,topic,sources,quote');
  assert.equal(rows.length - 1, shown.length, 'one row per event shown');
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const events = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
  assert.deepEqual(events.map((e) => e.title), shown);
  assert.ok(events.every((e) => e.kind === 'resignation' && e.sources.length > 0 && e.sources[0].quote.length > 0));
  await context.close();
});

test('a change draws the rows on screen at once and the rest of the list in the next frame', async () => {
  // A short window over the list, filtered to one kind; then the kind is cleared, so most rows are new.
  const { page, context } = await open(env, '?kind=resignation', { width: 1200, height: 420 });
  await page.evaluate(() => document.querySelector('#timeline').scrollIntoView());
  const seen = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const list = document.querySelector('ol.events');
    const ids = () => [...list.querySelectorAll('li.event')].map((li) => li.dataset.id);
    // What the list holds when it is marked busy, taken before anything else can run.
    let first = null;
    new MutationObserver(() => {
      if (!first && list.getAttribute('aria-busy') === 'true') {
        first = { ids: ids(), busy: 'true', bottom: list.lastElementChild.getBoundingClientRect().bottom };
      }
    }).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
    document.querySelector('button.kind[aria-pressed="true"]').click();
    await frame();
    await frame();
    return { first: first ?? { ids: [], busy: null, bottom: 0 }, whole: ids(), busy: list.getAttribute('aria-busy'), height: innerHeight };
  });
  assert.equal(seen.first.busy, 'true', 'the list says it is still being drawn');
  assert.ok(seen.first.bottom >= seen.height, `the rows drawn at once reach the foot of the window (${seen.first.bottom} of ${seen.height} px)`);
  assert.ok(seen.first.ids.length < seen.whole.length, `${seen.first.ids.length} rows at once, ${seen.whole.length} in the end`);
  // Rows already drawn further down stay; the first rows are all there, all in their final order.
  assert.deepEqual(seen.whole.filter((id) => seen.first.ids.includes(id)), seen.first.ids, 'in their final order');
  assert.deepEqual(seen.first.ids.slice(0, 3), seen.whole.slice(0, 3), 'the top of the list first');
  assert.equal(seen.busy, null, 'a frame later the list is whole');
  assert.equal(seen.whole.length, Math.min(30, await page.evaluate(() => Number(document.querySelector('#result-count').textContent.match(/^(\d+)/)[1]))));
  await context.close();
});

test('the keyboard reaches everything: / searches, j and k step, Esc closes, focus is visible', async () => {
  const { page, context } = await open(env);
  const ids = await page.$$eval('.events li.event', (els) => els.map((li) => li.dataset.id));
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await page.keyboard.press('Tab'); // leave the field so letters are shortcuts again
  await page.keyboard.press('j');
  await page.waitForFunction((id) => location.search.includes(`event=${id}`), ids[0]);
  await page.keyboard.press('j');
  await page.waitForFunction((id) => location.search.includes(`event=${id}`), ids[1]);
  await page.keyboard.press('k');
  await page.waitForFunction((id) => location.search.includes(`event=${id}`), ids[0]);
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return { inRow: el.closest('li.event')?.dataset.id, outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(focused.inRow, ids[0], 'focus follows the selection');
  assert.notEqual(focused.outline, 'none', 'focus is visible');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('event='));
  await context.close();
});

test('axe-core finds no serious or critical problem in any view', async () => {
  for (const [query, width] of [['', 1280], ['?panel=numbers', 1280], ['?panel=people', 1280], ['?disputed=1', 1280], ['?q=zzzz', 1280], ['', 360]]) {
    const { page, context } = await open(env, query, { width });
    if (query === '?disputed=1') {
      await page.click('.events li.event a.open');
      await page.waitForSelector('.detail h2');
    }
    assert.deepEqual(await axe(page), [], `view ${query || '(default)'} at ${width}px`);
    if (query === '?disputed=1') {
      await page.click('.detail .read');
      await page.waitForSelector('.reader mark');
      assert.deepEqual(await axe(page), [], 'the article reader');
    }
    await context.close();
  }
});

test('at 320 px nothing runs off the side, and the evidence covers the list', async () => {
  const { page, context } = await open(env, '', { width: 320, height: 640 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling');
  await page.click('.events li.event a.open');
  await page.waitForSelector('.detail h2');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  const box = await page.locator('.detail').boundingBox();
  assert.ok(box.x <= 1 && box.width >= 318, 'the evidence takes the screen on a phone');
  await context.close();
});

test('dark mode follows the system and print leaves only the timeline', async () => {
  const { page, context } = await open(env);
  await page.emulateMedia({ colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background: ${bg}`);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const hidden = await page.evaluate(() => ['.controls', '.toolbar', '.overview'].map((s) => getComputedStyle(document.querySelector(s)).display));
  assert.deepEqual(hidden, ['none', 'none', 'none']);
  assert.ok(await page.locator('.events li.event').first().isVisible());
  await context.close();
});
