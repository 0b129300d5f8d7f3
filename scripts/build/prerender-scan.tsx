/**
 * Step 1 of the scan as HTML in dist/client/index.html, so a first visit sees the intro and the
 * first questions before the JavaScript has arrived (LCP does not wait for it). React does not
 * hydrate it: main.tsx renders the app into #root as before, which replaces it with the same
 * markup. Until then the copy is `inert` (nothing can be typed that React would then drop), and
 * /first-paint.js hides it for a visit that will not show it (a stored draft or English: they
 * would see the Dutch step 1 change under their eyes).
 * Other paths (/r/…, /admin, /embed) get the page without it: dist/client/shell.html
 * (server/lib/serve-client.ts). docs/decisions/0016-scan-first-load-budget.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from '../../client/src/app/app.tsx';

const distDir = process.argv[2] ?? 'dist/client';
const indexFile = path.join(distDir, 'index.html');
const shell = readFileSync(indexFile, 'utf8');
const ROOT = '<div id="root"></div>';
if (!shell.includes(ROOT)) throw new Error(`${indexFile} has no empty ${ROOT}`);

const html = renderToString(
  <Router ssrPath="/">
    <App />
  </Router>,
)
  // React writes the page's <title> where the page renders it; index.html has its own.
  .replace(/<title>.*?<\/title>/s, '');

writeFileSync(path.join(distDir, 'shell.html'), shell);
writeFileSync(indexFile, shell.replace(ROOT, `<div id="root"><div inert data-prerendered="">${html}</div></div>`));
console.log(`Prerendered step 1 into index.html (${(html.length / 1000).toFixed(1)} kB of HTML).`);
