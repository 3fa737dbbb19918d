// Hundreds of random and malicious query strings against the real page: it always renders (events
// or the empty state), never throws, and rewrites each URL into a normal form that is stable.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// A seeded generator, so a failure names a query that can be replayed.
function rng(seed) {
  return () => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
}
const KEYS = ['kind', 'person', 'source', 'topic', 'disputed', 'from', 'to', 'q', 'other', 'event', 'panel', 'read', 'embed', 'theme', 'childId', 'utm_source', '', '%', '__proto__', 'constructor'];
const VALUES = [
  'vote', 'resignation,vote,bogus', 'keir-starmer', '1', '0', 'yes', '2023-11-15', '2023-13-45', '0000-00-00', '9999-12-31',
  '-1', '%', '%ZZ', '%E2%82', '%FF%FE', '%00', '%2525', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)', '../../etc/passwd', '💥🧨', 'x'.repeat(10_000), ',,,,', '+', '&', '=', 'numbers', 'people', 'embed',
  'dark', 'light', 'kin-00000000', '000_9ecb084efa066318',
];
function query(next) {
  const n = Math.floor(next() * 8);
  const parts = [];
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(next() * KEYS.length)];
    const value = VALUES[Math.floor(next() * VALUES.length)];
    parts.push(next() < 0.1 ? key : `${key}=${value}`);
  }
  return `?${parts.join(next() < 0.9 ? '&' : ';')}`;
}

test('random and malicious URLs always render and are normalised to a stable form', async () => {
  const next = rng(20231115);
  const { page, problems, context } = await open(env);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  // Full loads: the URL is rewritten once, and the rewritten URL is already normal.
  for (let i = 0; i < 30; i++) {
    const q = query(next);
    await page.goto(env.url + q);
    await page.waitForSelector('.events li.event, .empty');
    const normal = await page.evaluate(() => location.search);
    await page.goto(env.url + normal);
    await page.waitForSelector('.events li.event, .empty');
    assert.equal(await page.evaluate(() => location.search), normal, `stable normal form for ${q.slice(0, 120)}`);
  }
  // Many more through history, as back and forward would deliver them.
  for (let i = 0; i < 300; i++) {
    const q = query(next);
    await page.evaluate((q) => {
      history.pushState(null, '', q);
      dispatchEvent(new PopStateEvent('popstate'));
    }, q);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    const count = await page.textContent('#result-count');
    assert.match(count, /\d+ (of \d+ )?events/, `renders for ${q.slice(0, 120)}`);
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});
