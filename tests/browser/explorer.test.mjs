// What a reader sees and does on the explorer page, in real headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { kinds, open, PAGE, shownCount, start, SUB_PATH, titles } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the seed events are listed with a date, a kind and their source article', async () => {
  const { page, problems, context } = await open(env);
  const shown = await titles(page);
  assert.ok(shown.length >= 5, `expected several events, saw ${shown.length}`);
  assert.ok(shown.some((t) => /Hussain/.test(t)), 'an event about Imran Hussain is listed');
  const first = await page.$eval('.events li.event', (li) => ({
    time: li.querySelector('time')?.textContent ?? '',
    source: li.querySelector('.source cite')?.textContent ?? '',
  }));
  assert.match(first.time, /\d{4}|date unknown/);
  assert.ok(first.source.length > 0, 'the source article is named');
  // The count names every event; the list draws the first page of them.
  const count = await shownCount(page);
  assert.match(await page.textContent('#result-count'), new RegExp(`^${count} events$`));
  assert.equal(shown.length, Math.min(count, PAGE), `the first ${PAGE} of ${count} events are drawn`);
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test('the page loads its assets from the sub-path it is served under', async () => {
  const { page, context } = await open(env);
  const assets = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  assert.ok(assets.some((p) => p.endsWith('.wasm')), 'the wasm was loaded');
  for (const path of assets) assert.ok(path.startsWith(SUB_PATH), `${path} is under ${SUB_PATH}`);
  await context.close();
});

test('the kind filter narrows the list and is written to the URL as a new history entry', async () => {
  const { page, problems, context } = await open(env);
  const all = await shownCount(page);
  const before = await page.evaluate(() => history.length);
  await page.click('button.kind[data-kind="vote"]');
  await page.waitForFunction(() => location.search.includes('kind=vote'));
  const shownKinds = await kinds(page);
  assert.ok(shownKinds.length > 0 && shownKinds.length < all, `votes are a strict subset (${shownKinds.length} of ${all})`);
  assert.ok(shownKinds.every((k) => k === 'Vote'), `only votes shown: ${shownKinds}`);
  assert.equal(await page.getAttribute('button.kind[data-kind="vote"]', 'aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => history.length), before + 1);
  assert.match(await page.textContent('#result-count'), new RegExp(`^${shownKinds.length} of ${all} events$`));
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test('typing a search narrows the list and replaces the URL without adding history', async () => {
  const { page, problems, context } = await open(env);
  const all = await shownCount(page);
  const before = await page.evaluate(() => history.length);
  await page.fill('#search', 'hussain');
  await page.waitForFunction(() => location.search.includes('q=hussain'));
  const texts = await page.$$eval('.events li.event', (els) => els.map((e) => e.textContent.toLowerCase()));
  assert.ok(texts.length > 0 && texts.length < all, `search narrows (${texts.length} of ${all})`);
  assert.equal(await page.evaluate(() => history.length), before, 'typing adds no history entry');
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test('a search that matches nothing says so', async () => {
  const { page, context } = await open(env, '?q=zzzqqqxxy');
  assert.equal((await titles(page)).length, 0);
  assert.match(await page.textContent('#result-count'), /^0 of \d+ events$/);
  assert.match(await page.textContent('.empty'), /No events match/);
  // Every kind button is hidden (none has events): the kinds say so rather than show a bare legend.
  assert.equal(await page.locator('button.kind:visible').count(), 0);
  assert.ok(await page.isVisible('.kinds .none-shown'));
  await context.close();
});

test('reloading the URL restores the same view', async () => {
  const { page, context } = await open(env);
  await page.click('button.kind[data-kind="resignation"]');
  await page.fill('#search', 'shadow');
  await page.waitForFunction(() => location.search.includes('q=shadow'));
  const shown = await titles(page);
  const url = page.url();
  await page.reload();
  await page.waitForSelector('.events li.event');
  assert.equal(page.url(), url);
  assert.deepEqual(await titles(page), shown);
  assert.equal(await page.inputValue('#search'), 'shadow');
  assert.equal(await page.getAttribute('button.kind[data-kind="resignation"]', 'aria-pressed'), 'true');
  await context.close();
});

test('back undoes a filter choice and forward redoes it', async () => {
  const { page, context } = await open(env);
  const all = await titles(page);
  await page.click('button.kind[data-kind="vote"]');
  await page.waitForFunction(() => location.search.includes('kind=vote'));
  const votes = await titles(page);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.deepEqual(await titles(page), all);
  assert.equal(await page.getAttribute('button.kind[data-kind="vote"]', 'aria-pressed'), 'false');
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('kind=vote'));
  assert.deepEqual(await titles(page), votes);
  await context.close();
});

test('choices made faster than the page draws each get their own history entry, in order', async () => {
  const { page, context } = await open(env);
  const before = await page.evaluate(() => history.length);
  // Three choices in one task: the URL is written after the frame, but every choice is kept.
  await page.evaluate(() => {
    document.querySelector('button.kind[data-kind="vote"]').click();
    document.querySelector('button.kind[data-kind="call"]').click();
    const search = document.querySelector('#search');
    search.value = 'labour';
    search.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => location.search.includes('q=labour'));
  assert.equal(await page.evaluate(() => history.length), before + 2, 'two choices, two entries; typing replaces');
  assert.match(page.url(), /kind=vote%2Ccall|kind=vote,call/);
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('call'));
  assert.match(page.url(), /kind=vote/);
  assert.equal(await page.getAttribute('button.kind[data-kind="vote"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('button.kind[data-kind="call"]', 'aria-pressed'), 'false');
  await context.close();
});

test('a mangled URL is normalised and still renders', async () => {
  const { page, problems, context } = await open(env, '?kind=vote,nonsense&utm_source=x&q=%FF%ZZ');
  assert.ok(!page.url().includes('utm_source') && !page.url().includes('nonsense'), page.url());
  assert.ok(page.url().includes('kind=vote'));
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test('clear filters returns to every event', async () => {
  const { page, context } = await open(env, '?kind=vote&q=labour');
  const narrowed = await shownCount(page);
  await page.click('button.clear');
  await page.waitForFunction(() => location.search === '');
  assert.ok((await shownCount(page)) > narrowed);
  assert.equal(await page.inputValue('#search'), '');
  await context.close();
});
