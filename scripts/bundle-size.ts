/**
 * Prints the scan's first-load JavaScript (gzip): the entry script and every chunk that
 * index.html preloads. Everything else (result page, back office) loads lazily.
 * Fails when the budget is exceeded, so a heavy import is caught at build time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const distDir = process.argv[2] ?? 'dist/client';
const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');

const firstLoad = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const rows = firstLoad.map((file) => {
  const bytes = readFileSync(path.join(distDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});

const kb = (n: number) => (n / 1024).toFixed(1);
for (const row of rows) console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(8)} kB  ${kb(row.gzip).padStart(7)} kB gzip`);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
console.log(`Scan first-load JS: ${kb(total)} kB gzip (budget ${BUDGET_KB} kB, ${((total / 1024 / BUDGET_KB) * 100).toFixed(0)}% used)`);
if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1024)} kB gzip.`);
  process.exit(1);
}
