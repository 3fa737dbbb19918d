// Trunk post-build hook: finishes dist/index.html for the corpus it carries.
//  - a Content-Security-Policy that allows only the page's own files, WASM compilation and the
//    exact inline scripts Trunk wrote (by their SHA-256), so nothing else can run or load;
//  - the title, description and Open Graph / Twitter card tags from seeds/corpus.toml, so a link
//    shared in a chat or a CMS shows the timeline's name.
// Also used by scripts/single-file.mjs (import { csp, withHead }).
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';

export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every inline <script> body, exactly as the browser hashes it. */
export const inlineScripts = (html) => [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** The policy: own files only, WASM compilation, the given inline script hashes. Style attributes
 * are allowed because Leptos sets `style` (bar widths, strip height); they cannot run code. */
export function csp({ scripts, styles = [], self = true }) {
  const own = self ? "'self' " : '';
  return [
    "default-src 'none'",
    `script-src ${own}'wasm-unsafe-eval' ${scripts.map(sha256).join(' ')}`.trim(),
    `style-src-elem ${own}${styles.map(sha256).join(' ')}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "img-src data:",
    self ? "connect-src 'self'" : "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The explorer's title and standfirst from the corpus's editorial file (or defaults). */
export async function describe() {
  if (process.env.EXPLORER_SYNTHETIC_EVENTS) return { title: 'Synthetic timeline', description: 'Generated for scale tests; not news.' };
  const dir = process.env.EXPLORER_CORPUS || 'seeds';
  let toml = '';
  try { toml = await readFile(`${dir}/corpus.toml`, 'utf8'); } catch { /* no editorial file */ }
  // Only the two top-level keys, as plain basic strings; anything fancier falls back to the defaults.
  const top = toml.split(/^\s*\[/m)[0];
  const key = (k) => JSON.parse(top.match(new RegExp(`^\\s*${k}\\s*=\\s*("(?:[^"\\\\]|\\\\.)*")\\s*$`, 'm'))?.[1] ?? 'null');
  return {
    title: key('title') ?? 'Timeline explorer',
    description: key('standfirst') ?? 'An interactive timeline of the events a set of news articles report, with every point linked to its sources.',
  };
}

/** The head tags that name the page, for browsers and for link previews. */
export function headTags({ title, description }) {
  return [
    `<title>${esc(title)}</title>`,
    `<meta name="description" content="${esc(description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:description" content="${esc(description)}">`,
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${esc(title)}">`,
    `<meta name="twitter:description" content="${esc(description)}">`,
  ].join('\n  ');
}

/** Replaces the page's <title> and description with `tags`, and puts the policy right after the
 * charset (which must stay in the first 1024 bytes), before any script or stylesheet. */
export function withHead(html, policy, tags) {
  html = html.replace(/<title>[\s\S]*?<\/title>\s*/, '').replace(/<meta name="description"[^>]*>\s*/, '');
  return html.replace(/<meta charset="utf-8">/, `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">\n  ${tags}`);
}

if (process.env.TRUNK_STAGING_DIR) {
  const file = `${process.env.TRUNK_STAGING_DIR}/index.html`;
  const html = await readFile(file, 'utf8');
  const policy = csp({ scripts: inlineScripts(html) });
  await writeFile(file, withHead(html, policy, headTags(await describe())));
}
