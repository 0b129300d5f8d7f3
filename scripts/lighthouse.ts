/**
 * `npm run lighthouse`: Lighthouse (mobile) on the built app's scan and on a result page, and on
 * a plain page served the same way (the same server, a client folder with one small HTML page),
 * three runs each, interleaved; prints the medians side by side.
 *
 * Lighthouse 12.2.3 through npx (pinned: 13 wants Node 22), on Debian's Chromium
 * (CHROMIUM_PATH). Throttling is applied in the browser (`--throttling-method=devtools`): with the
 * default simulation a local server answers so fast that the trace has the JavaScript run before
 * the first paint, and the simulation then charges the first paint with all of it, prerendered
 * HTML or not. The result page scores low on SEO on purpose: robots.txt keeps personal result
 * links out of search engines ("blocked from indexing"). docs/decisions/0016-scan-first-load-budget.md.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildIntakeInput, newIdempotencyKey } from '../tests/factories/intake.ts';
import { startServerProcess, stopServerProcesses } from '../tests/setup/server-process.ts';
import { buildIsCurrent } from './build/source-hash.js';

const RUNS = 3;
const LIGHTHOUSE = 'lighthouse@12.2.3';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = promisify(execFile);

if (!buildIsCurrent()) {
  console.error('dist/ is missing or older than the sources: run `npm run build` first.');
  process.exit(1);
}

const PLAIN_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Een gewone pagina</title><meta name="description" content="Een pagina zonder JavaScript, als maat voor de scan en de uitslag.">
<link rel="icon" href="data:,"></head>
<body style="font-family:sans-serif;max-width:40rem;margin:0 auto;padding:1rem">
<h1>Een gewone pagina</h1><p>${'Tekst zonder JavaScript, als maat voor de rest. '.repeat(12)}</p>
</body></html>`;

type Figures = { performance: number; seo: number; fcp: number; lcp: number; tbt: number; cls: number; kB: number };

async function lighthouse(url: string): Promise<Figures> {
  const { stdout } = await run(
    'npx',
    [
      '-y', LIGHTHOUSE, url, '--quiet', '--output=json', '--output-path=stdout',
      '--only-categories=performance,seo', '--throttling-method=devtools',
      `--chrome-path=${chromium}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<'performance' | 'seo', { score: number }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    seo: Math.round(report.categories.seo.score * 100),
    fcp: Math.round(value('first-contentful-paint')),
    lcp: Math.round(value('largest-contentful-paint')),
    tbt: Math.round(value('total-blocking-time')),
    cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
    kB: Math.round(value('total-byte-weight') / 100) / 10,
  };
}

function median(runs: Figures[]): Figures {
  const pick = (key: keyof Figures) => runs.map((figures) => figures[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { performance: pick('performance'), seo: pick('seo'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), kB: pick('kB') };
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-lighthouse-'));
try {
  await writeFile(path.join(tmp, 'index.html'), PLAIN_PAGE);
  await writeFile(path.join(tmp, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  const common = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'http://127.0.0.1',
    VA_NAME: 'Sanne Jansen',
    VA_EMAIL: 'sanne@sannejansen.nl',
    SCAN_MIN_FILL_SECONDS: '0',
  };
  const app = await startServerProcess({ ...common, DATABASE_URL: `file:${path.join(tmp, 'app.db')}`, CLIENT_DIST: 'dist/client' });
  const plain = await startServerProcess({ ...common, DATABASE_URL: `file:${path.join(tmp, 'plain.db')}`, CLIENT_DIST: tmp });
  const appUrl = `http://127.0.0.1:${app.port}`;

  const submitted = await fetch(`${appUrl}/api/intakes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey() },
    body: JSON.stringify(buildIntakeInput()),
  });
  if (submitted.status !== 201) throw new Error(`Submitting a scan answered ${submitted.status}: ${await submitted.text()}`);
  const { resultPath } = (await submitted.json()) as { resultPath: string };

  const pages = { 'plain page': `http://127.0.0.1:${plain.port}/`, scan: `${appUrl}/`, 'result page': `${appUrl}${resultPath}` };
  const runs: Record<string, Figures[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 1; i <= RUNS; i++) {
    for (const [name, url] of Object.entries(pages)) {
      runs[name]!.push(await lighthouse(url));
      console.error(`run ${i}/${RUNS}: ${name} performance ${runs[name]!.at(-1)!.performance}`);
    }
  }
  console.log(`Lighthouse mobile (${LIGHTHOUSE}, devtools throttling), median of ${RUNS}:`);
  console.log('  page           perf  seo    FCP ms   LCP ms   TBT ms    CLS     kB   (runs: perf)');
  for (const [name, list] of Object.entries(runs)) {
    const m = median(list);
    console.log(
      `  ${name.padEnd(13)} ${String(m.performance).padStart(4)} ${String(m.seo).padStart(4)} ${String(m.fcp).padStart(9)} ${String(m.lcp).padStart(8)}` +
        ` ${String(m.tbt).padStart(8)} ${m.cls.toFixed(3).padStart(7)} ${m.kB.toFixed(1).padStart(7)}   (${list.map((f) => f.performance).join('/')})`,
    );
  }
} finally {
  await stopServerProcesses();
  await rm(tmp, { recursive: true, force: true });
}
