// When things go wrong in the page: a panic shows a message with a reload link (not a blank page),
// and corpus text never becomes markup (see the injection corpus in corpus/tests/torture/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { open, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('a panic in the WASM shows a message and a reload link', async () => {
  const { page, context } = await open(env, '?kind=vote');
  const error = await page.evaluate(() => {
    try { window.wasmBindings.explorer_self_test_panic(); return null; } catch (e) { return String(e); }
  });
  assert.ok(error, 'the panic surfaced as an exception');
  const alert = page.locator('#failure[role="alert"]');
  assert.ok(await alert.isVisible());
  assert.match(await alert.textContent(), /Something went wrong/);
  assert.equal(await alert.locator('a').getAttribute('href'), page.url(), 'reload keeps the view');
  await context.close();
});

test('markup, scripts and javascript: links in an article are shown as text and never run', async () => {
  const hostile = await start('target/dist-injection');
  try {
    const { page, problems, context } = await open(hostile);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    const text = await page.textContent('body');
    assert.match(text, /<script>window\.__injected = \d<\/script>|<img src=x onerror/, 'the markup is visible as text');
    await page.click('.events li.event a.open');
    await page.click('.detail .read');
    await page.waitForSelector('.reader');
    const reader = await page.textContent('.reader');
    assert.ok(reader.includes('javascript:alert(document.domain)') && reader.includes('<img src=x onerror="window.__injected = 2">'), 'url and outlet shown as text');
    assert.ok(reader.includes('&lt;b&gt; and &amp; stay as written'), 'entities are not decoded');
    const found = await page.evaluate(() => ({
      injected: window.__injected,
      images: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('body script')].length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      bold: document.querySelectorAll('.events b, .reader b, .detail b').length,
    }));
    assert.deepEqual(found, { injected: undefined, images: 0, scripts: 0, jsLinks: 0, bold: 0 });
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems.console, []);
    await context.close();
  } finally {
    await hostile.close();
  }
});

test('no code path writes corpus text as HTML', async () => {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (path.endsWith('.rs')) files.push(path);
    }
  };
  await walk('src');
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    assert.ok(!/inner_html|innerHTML|outer_html|insert_adjacent_html|document\.write/.test(text), `${file} writes HTML`);
  }
});
