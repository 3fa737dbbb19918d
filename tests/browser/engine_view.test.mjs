// The engine's reading of the seeds, as a reader sees it on the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { listDrawn, open, shownCount, start, titles } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('one happening reported by several articles is one event listing its sources', async () => {
  const { page, context } = await open(env);
  const multi = await page.$$eval('.events li.event .source', (els) => els.map((e) => e.textContent).filter((t) => /^\d+ sources:/.test(t)));
  assert.ok(multi.length >= 2, `several events cite more than one article: ${multi}`);
  await context.close();
});

test('a disputed event is marked and shows the other side', async () => {
  const { page, context } = await open(env);
  const disputed = await page.$$eval('.events li.event', (els) => els
    .filter((li) => li.querySelector('.disputed'))
    .map((li) => ({ title: li.querySelector('.title').textContent, against: li.querySelector('.against')?.textContent ?? '' })));
  assert.ok(disputed.length >= 1, 'at least one event is disputed');
  for (const d of disputed) assert.match(d.against, /^But: .+ — .+/, `${d.title} shows the contrary source`);
  await context.close();
});

test('dates are shown only as exactly as they are known', async () => {
  const { page, context } = await open(env);
  const dates = await page.$$eval('.events li.event time', (els) => els.map((e) => e.textContent));
  assert.ok(dates.some((d) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(d)), 'some events have a day');
  assert.ok(dates.some((d) => /date unknown|on or before|–|^[A-Z][a-z]+ \d{4}$|^\d{4}$/.test(d)), 'some have only a range');
  const basis = await page.getAttribute('.events li.event time', 'title');
  assert.match(basis, /^Date basis: .+/);
  // A date inferred from other articles names them by title, never by their file names.
  const bases = await page.$$eval('.events li.event time', (els) => els.map((e) => e.title));
  const inferred = bases.filter((b) => /reported without a date in/.test(b));
  assert.ok(inferred.length >= 1, 'some dates are inferred from another article');
  for (const b of inferred) assert.match(b, /in “[^”]+”/, b);
  assert.ok(bases.every((b) => !/\.txt\b/.test(b)), bases.find((b) => /\.txt/.test(b)));
  await page.click('.events li.event a.open >> nth=1');
  assert.doesNotMatch(await page.textContent('.detail .basis'), /\.txt\b/);
  await context.close();
});

test('events from an unrelated story are hidden until asked for, and the choice is in the URL', async () => {
  const { page, context } = await open(env);
  const before = await shownCount(page);
  assert.equal(await page.$$eval('.events li.event .topic', (els) => els.length), 0, 'no off-story events by default');
  await page.check('#other-stories');
  await page.waitForFunction(() => location.search.includes('other=1'));
  // On a loaded machine the list may still be drawing its second part: count and click "more"
  // only once it is whole.
  await listDrawn(page);
  const after = await shownCount(page);
  assert.ok(after > before, `more events with other stories (${before} → ${after})`);
  // The list draws a page at a time; the rest are a click away.
  if (after > (await titles(page)).length) {
    await page.click('button.more');
    await page.waitForFunction((n) => document.querySelectorAll('.events li.event').length === n, after);
  }
  const topics = await page.$$eval('.events li.event .topic', (els) => els.map((e) => e.textContent));
  assert.ok(topics.length > 0 && topics.every((t) => /^Other story: \S+/.test(t)), `each names its story: ${topics}`);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.equal(await shownCount(page), before);
  await context.close();
});

test('page furniture never becomes an event', async () => {
  const { page, context } = await open(env, '?other=1');
  const text = await page.$$eval('.events li.event', (els) => els.map((e) => e.textContent).join('\n'));
  for (const furniture of ['Please use Chrome browser', 'READ MORE', 'cookies', 'Report this comment']) {
    assert.ok(!text.includes(furniture), `no event quotes "${furniture}"`);
  }
  await context.close();
});

test('a title cut from a sentence is shown with that sentence', async () => {
  const { page, context } = await open(env, '?other=1');
  const pairs = await page.$$eval('.events li.event', (els) => els.map((li) => ({
    title: li.querySelector('.title').textContent,
    quote: li.querySelector('.quote').textContent,
  })));
  const cut = pairs.filter((p) => p.title.endsWith('…'));
  assert.ok(cut.length > 0, 'some titles are cut from sentences');
  for (const p of cut) {
    const stem = p.title.slice(0, -1).replace(/[“”"]/g, '');
    assert.ok(p.quote.replace(/[“”"]/g, '').startsWith(stem), `“${p.title}” is quoted in full below it, not “${p.quote.slice(0, 60)}…”`);
  }
  await context.close();
});
