/**
 * Prints the scan's first-load JavaScript (gzip): the entry script and every chunk that
 * index.html preloads. Everything else (result page, back office) loads lazily.
 * Measured as vite reports it (zlib's default gzip level, kB = 1000 bytes), so the two figures
 * agree. Fails when the budget is exceeded, so a heavy import is caught at build time.
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
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
});

const kb = (n: number) => (n / 1000).toFixed(2);
for (const row of rows) console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(9)} kB  ${kb(row.gzip).padStart(8)} kB gzip`);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
console.log(`Scan first-load JS: ${kb(total)} kB gzip (budget ${BUDGET_KB} kB, ${((total / 1000 / BUDGET_KB) * 100).toFixed(0)}% used)`);
if (total > BUDGET_KB * 1000) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1000)} kB gzip.`);
  process.exit(1);
}
