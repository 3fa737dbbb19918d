// The explorer inside other pages, in real headless Chromium: a host page using the real pym.js
// 1.3.2, a host page using our public/embed.js, the view kept in the host's URL fragment, hostile
// messages both ways, the one-file build opened from file://, and the Content-Security-Policy.
// Host pages are served from a second origin, as a CMS would serve them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { listDrawn, open, start } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
let env;
let host;
before(async () => {
  env = await start();
  const dir = await mkdtemp(join(tmpdir(), 'host-'));
  await copyFile(require.resolve('pym.js/dist/pym.v1.min.js'), join(dir, 'pym.js'));
  await writeFile(join(dir, 'pym.html'), `<!doctype html><html><head><title>Host article</title></head><body>
    <h1>An article</h1><p>Text before.</p><div id="timeline"></div><p>Text after.</p>
    <script src="pym.js"></script>
    <script>window.pymParent = new pym.Parent('timeline', ${JSON.stringify(`${env.url}?embed=1`)}, {});</script>
    </body></html>`);
  await writeFile(join(dir, 'own.html'), `<!doctype html><html><head><title>Host article</title></head><body>
    <h1>An article</h1>
    <iframe src="${env.url}?embed=1" data-timeline-explorer="timeline" title="Timeline" style="width:100%;border:0" height="900"></iframe>
    <script src="${env.url}embed.js" async></script>
    </body></html>`);
  host = await serve(dir, { prefix: '/news/' });
});
after(async () => {
  host?.server.close();
  await env?.close();
});

/** A host page in a fresh context, with the explorer's frame once it has drawn events. */
async function hostPage(file, hash = '') {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${host.url}${file}${hash}`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('.events li.event');
  return { context, page, frame, iframe: handle, dialogs };
}

const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

test('embed=1 gives compact chrome and theme=dark forces the dark scheme', async () => {
  const { page, problems, context } = await open(env, '?embed=1&theme=dark');
  assert.equal(await page.locator('.masthead').count(), 0, 'no page header');
  assert.ok(await page.locator('.embed-head h1').isVisible());
  assert.ok(await page.locator('details.more-filters').count() === 1, 'the facets fold away');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.ok(bg.match(/\d+/g).map(Number).reduce((a, b) => a + b) < 150, `dark even though the system is light: ${bg}`);
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test('with pym.js 1.3.2 the host sizes the iframe to the content, after load and after a filter change', async () => {
  const { context, frame, iframe } = await hostPage('pym.html');
  assert.match(frame.url(), /childId=timeline/);
  const fits = async () => (await iframe.getAttribute('height')) === `${await contentHeight(frame)}px`;
  await frame.page().waitForFunction(() => true);
  for (let i = 0; i < 50 && !(await fits()); i++) await frame.page().waitForTimeout(100);
  assert.ok(await fits(), `height ${await iframe.getAttribute('height')} = content ${await contentHeight(frame)}`);
  const before = await iframe.getAttribute('height');
  await frame.click('button.kind[data-kind="vote"]');
  await frame.waitForFunction(() => location.search.includes('kind=vote'));
  for (let i = 0; i < 50 && !(await fits()); i++) await frame.page().waitForTimeout(100);
  assert.ok(await fits(), 'the height follows the content');
  assert.notEqual(await iframe.getAttribute('height'), before, 'fewer events, a shorter frame');
  await context.close();
});

test('with our embed.js the iframe fits its content and the view is kept in the host URL', async () => {
  const { context, page, frame, iframe } = await hostPage('own.html');
  const fits = async () => (await iframe.evaluate((f) => f.style.height)) === `${await contentHeight(frame)}px`;
  for (let i = 0; i < 50 && !(await fits()); i++) await page.waitForTimeout(100);
  assert.ok(await fits(), 'sized from our message');
  await frame.click('button.kind[data-kind="resignation"]');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('kind=resignation'));
  for (let i = 0; i < 50 && !(await fits()); i++) await page.waitForTimeout(100);
  assert.ok(await fits(), 'and re-sized after a filter change');
  const shared = page.url();
  await listDrawn(frame);
  const shown = await frame.$$eval('.events li.event .title', (els) => els.map((e) => e.textContent));

  // A reader opens the shared link: the same view comes back inside the article.
  const again = await hostPage('own.html', new URL(shared).hash);
  await again.frame.waitForFunction(() => location.search.includes('kind=resignation'));
  await again.frame.waitForSelector('button.kind[data-kind="resignation"][aria-pressed="true"]');
  await listDrawn(again.frame);
  assert.deepEqual(await again.frame.$$eval('.events li.event .title', (els) => els.map((e) => e.textContent)), shown);
  assert.match(again.frame.url(), /embed=1/, 'the host keeps its framing');
  await again.context.close();
  await context.close();
});

test('hostile messages are ignored by the page and by the host script', async () => {
  const { context, page, frame, iframe, dialogs } = await hostPage('own.html');
  const frameUrl = frame.url();
  // Into the explorer, from the host: pym navigation, our own shape, junk.
  await page.evaluate(() => {
    const w = document.querySelector('iframe').contentWindow;
    for (const m of [
      'pymxPYMxtimelinexPYMxnavigateToxPYMxjavascript:alert(1)',
      'pymxPYMxtimelinexPYMxnavigateToxPYMxhttps://evil.example/',
      { type: 'timeline-explorer', query: '?kind=vote' },
      { sentinel: 'amp', type: 'embed-size', height: 1 },
      '<img src=x onerror=alert(1)>', null, 42,
    ]) w.postMessage(m, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(frame.url(), frameUrl, 'no message moved the explorer');
  // Into the host script: from the host itself (not our frame), and from our frame in bad shapes.
  const height = await iframe.evaluate((f) => f.style.height);
  const hash = await page.evaluate(() => location.hash);
  await page.evaluate(() => window.postMessage({ type: 'timeline-explorer', height: 7, query: '?kind=vote' }, '*'));
  await frame.evaluate(() => {
    for (const m of [
      { type: 'timeline-explorer', height: -5 }, { type: 'timeline-explorer', height: '9999px' },
      { type: 'timeline-explorer', height: 1e9 }, { type: 'timeline-explorer', query: 'javascript:alert(1)' },
      { type: 'timeline-explorer', query: 'https://evil.example/' }, { type: 'other', height: 5 },
    ]) parent.postMessage(m, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await iframe.evaluate((f) => f.style.height), height, 'the frame kept its size');
  assert.equal(await page.evaluate(() => location.hash), hash, 'the host URL is unchanged');
  assert.match(page.url(), /^http:\/\/127\.0\.0\.1:\d+\/news\/own\.html/, 'the host did not navigate');
  assert.deepEqual(dialogs, [], 'nothing ran');
  await context.close();
});

test('the one-file build opens from file:// and filters with no request and no CSP violation', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  const file = `file://${resolve('target/timeline-explorer.html')}`;
  await page.goto(file);
  await page.waitForSelector('.events li.event');
  await listDrawn(page);
  const all = await page.locator('.events li.event').count();
  await page.click('button.kind[data-kind="vote"]');
  await page.waitForFunction(() => location.search.includes('kind=vote'));
  await listDrawn(page);
  const votes = await page.locator('.events li.event').count();
  assert.ok(votes > 0 && votes < all, `filtering works (${votes} of ${all})`);
  assert.deepEqual(requests.filter((u) => !u.startsWith(file.split('?')[0]) && !u.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the served page reports no CSP violation while used', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(`${env.url}?disputed=1`);
  await page.waitForSelector('.events li.event');
  assert.match(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), /default-src 'none'/);
  // Link previews name the timeline, not the tool.
  const heading = await page.textContent('h1');
  assert.equal(await page.getAttribute('meta[property="og:title"]', 'content'), heading);
  assert.equal(await page.title(), heading);
  assert.ok((await page.getAttribute('meta[property="og:description"]', 'content')).length > 20);
  await page.click('.events li.event a.open');
  await page.click('.detail .read');
  await page.waitForSelector('.reader mark');
  await page.keyboard.press('Escape');
  await page.click('button.tool:has-text("Numbers")');
  await page.waitForSelector('.division .bar');
  assert.deepEqual(violations, []);
  await context.close();
});
