// Prints raw and gzip bytes of every file under a folder (default dist/) and the total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
let raw = 0;
let gz = 0;
const rows = walk(dir).sort().map((f) => {
  const bytes = readFileSync(f);
  const g = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += g;
  return [relative(dir, f), bytes.length, g];
});
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(48)} ${pad('raw', 10)} ${pad('gzip', 10)}`);
for (const [f, r, g] of rows) console.log(`${f.padEnd(48)} ${pad(r, 10)} ${pad(g, 10)}`);
console.log(`${'total'.padEnd(48)} ${pad(raw, 10)} ${pad(gz, 10)}`);
