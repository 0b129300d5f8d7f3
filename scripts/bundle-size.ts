/**
 * Prints the scan's first load: the entry script and every chunk that index.html preloads (JS),
 * and the stylesheets it links (CSS). Everything else (steps 2-4, the checks and react-query
 * right after the first paint, result page, back office) loads lazily
 * (docs/decisions/0016-scan-first-load-budget.md, 0028-first-load-react-query-and-css-off.md).
 * Measured as vite reports it (zlib's default gzip level, kB = 1000 bytes), so the figures
 * agree; next to it what the server really sends, the brotli copies (scripts/build/precompress.js).
 * Fails when JS + CSS exceed the budget, so a heavy import is caught at build time. Issue 11
 * asks for 100 kB; reached (decision 0028).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 100;
const distDir = process.argv[2] ?? 'dist/client';
const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');

const linked = (extension: string) =>
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]!).filter((file) => file.endsWith(extension));

function measure(file: string) {
  const bytes = readFileSync(path.join(distDir, file));
  const brotliFile = path.join(distDir, `${file}.br`);
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length, brotli: existsSync(brotliFile) ? readFileSync(brotliFile).length : null };
}

const kb = (n: number) => (n / 1000).toFixed(2);
const sum = (rows: ReturnType<typeof measure>[], key: 'gzip' | 'brotli') => rows.reduce((total, row) => total + (row[key] ?? row.gzip), 0);
const js = linked('.js').map(measure);
const css = linked('.css').map(measure);
for (const row of [...js, ...css]) {
  const brotli = row.brotli === null ? '' : `  ${kb(row.brotli).padStart(8)} kB br`;
  console.log(`  ${row.file.padEnd(40)} ${kb(row.raw).padStart(9)} kB  ${kb(row.gzip).padStart(8)} kB gzip${brotli}`);
}
const jsGzip = sum(js, 'gzip');
const cssGzip = sum(css, 'gzip');
const total = jsGzip + cssGzip;
console.log(
  `Scan first load: JS ${kb(jsGzip)} kB gzip, CSS ${kb(cssGzip)} kB gzip; JS + CSS ${kb(total)} kB gzip ` +
    `(budget ${BUDGET_KB} kB, ${((total / 1000 / BUDGET_KB) * 100).toFixed(0)}% used), ${kb(sum(js, 'brotli') + sum(css, 'brotli'))} kB as sent (brotli)`,
);
const page = readFileSync(path.join(distDir, 'index.html'));
console.log(`  index.html (step 1 prerendered, scripts/build/prerender-scan.tsx): ${kb(gzipSync(page).length)} kB gzip`);
if (total > BUDGET_KB * 1000) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1000)} kB gzip (JS + CSS).`);
  process.exit(1);
}
