// Builds one self-contained HTML file from dist/: the CSS, the JS glue and the WASM (base64) inlined,
// so a reporter can mail it and open it with a double-click (file://, no server, no network).
// Its Content-Security-Policy allows only its own inline script and style, by hash, and WASM
// compilation; it may fetch nothing at all.
//
//   node scripts/single-file.mjs [dist] [out.html]
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { csp, describe, headTags, withHead } from './post-build.mjs';

const [dist = 'dist', out = 'target/timeline-explorer.html'] = process.argv.slice(2);
const files = await readdir(dist);
const find = (re) => {
  const name = files.find((f) => re.test(f));
  if (!name) throw new Error(`${dist}: no file matching ${re}; run \`make build\` first`);
  return `${dist}/${name}`;
};
const css = await readFile(find(/^style-.*\.css$/), 'utf8');
const glue = await readFile(find(/^explorer-[0-9a-f]+\.js$/), 'utf8');
const wasm = await readFile(find(/_bg\.wasm$/));

// The glue is an ES module; inline, it runs as one too, and starts the app from the bytes.
const script = `${glue.replace(/<\/script/gi, '<\\/script')}
const bytes = Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
const style = css.replace(/<\/style/gi, '<\\/style');
let html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <link rel="icon" href="data:,">
  <style>${style}</style>
  <script type="module">${script}</script>
</head>
<body>
  <noscript>This timeline needs JavaScript and WebAssembly.</noscript>
</body>
</html>
`;
html = withHead(html, csp({ scripts: [script], styles: [style], self: false }), headTags(await describe()));
await mkdir(dirname(out), { recursive: true });
await writeFile(out, html);
console.log(`${out}: ${(html.length / 1024).toFixed(0)} KB, one file`);
