/**
 * Step 1 of the scan as HTML in dist/client/index.html, so a first visit sees the intro and the
 * first questions before the JavaScript has arrived (LCP does not wait for it). React does not
 * hydrate it: main.tsx renders the app into #root as before, which replaces it with the same
 * markup. Until then the copy is `inert` (nothing can be typed that React would then drop), and
 * /first-paint.js hides it for a visit that will not show it (a stored draft or English: they
 * would see the Dutch step 1 change under their eyes).
 * Other paths (/r/…, /admin, /embed) get the page without it: dist/client/shell.html
 * (server/lib/serve-client.ts). docs/decisions/0016-scan-first-load-budget.md.
 * A result link (/r/…) gets dist/client/result.html: the shell with `modulepreload` links to the
 * result page's chunks (from Vite's manifest), so they load alongside the entry, not after it, and
 * its stylesheets; the server renders the result into it (decision 0031), or /first-paint.js
 * asks for the result at the same moment.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from '../../client/src/app/app.tsx';
import { staticMarkup } from '../../client/src/app/static-markup.ts';

const distDir = process.argv[2] ?? 'dist/client';
const indexFile = path.join(distDir, 'index.html');
const shell = readFileSync(indexFile, 'utf8');
const ROOT = '<div id="root"></div>';
if (!shell.includes(ROOT)) throw new Error(`${indexFile} has no empty ${ROOT}`);

const html = staticMarkup(
  renderToString(
    <Router ssrPath="/">
      <App />
    </Router>,
  ),
);

writeFileSync(path.join(distDir, 'shell.html'), shell);
const manifest = readManifest();
// The result page, and what every prospect's page needs right after the entry: react-query's
// gate and the header's branding (lib/query-layer.tsx, app/va-brand.tsx; decision 0028).
const resultChunks = ['src/features/result/components/result-page.tsx', 'src/lib/query-provider.tsx', 'src/app/va-brand-from-settings.tsx'];
// Its stylesheets apply from the start: the server renders the result into this page (decision 0031).
writeFileSync(path.join(distDir, 'result.html'), shell.replace('</head>', `${preloads(resultChunks, { applyStyles: true })}</head>`));
// The back office (its own layout: no header branding) and react-query's gate.
const adminChunks = ['src/app/admin/admin-app.tsx', 'src/lib/query-provider.tsx'];
writeFileSync(path.join(distDir, 'admin.html'), shell.replace('</head>', `${preloads(adminChunks)}</head>`));
writeFileSync(indexFile, shell.replace(ROOT, `<div id="root"><div inert data-prerendered="">${html}</div></div>`));
console.log(`Prerendered step 1 into index.html (${(html.length / 1000).toFixed(1)} kB of HTML).`);

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };

function readManifest(): Record<string, ManifestChunk> {
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: vite.config.ts must keep build.manifest`);
  const read = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  rmSync(path.join(distDir, '.vite'), { recursive: true, force: true }); // not for the browser
  return read;
}

/**
 * `<link rel="modulepreload">` for the given sources' chunks and the chunks they import (not the
 * entry's own), `<link rel="preload" as="style">` for their CSS (`applyStyles`: a stylesheet).
 */
function preloads(keys: string[], { applyStyles = false } = {}): string {
  for (const key of keys) if (!manifest[key]) throw new Error(`Vite's manifest has no chunk for ${key}`);
  const files = new Set<string>();
  const styles = new Set<string>();
  const visit = (name: string) => {
    const chunk = manifest[name];
    if (!chunk || chunk.isEntry || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((file) => styles.add(file));
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  const styleLinks = [...styles].map((file) =>
    applyStyles ? `<link rel="stylesheet" crossorigin href="/${file}">` : `<link rel="preload" as="style" crossorigin href="/${file}">`,
  );
  const moduleLinks = [...files].map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
  return [
    // Stylesheets first: a browser opens six connections to a host over HTTP/1.1, and a page
    // rendered on the server waits for its styles, not for its code. A preloaded one is not
    // applied: the chunk's loader adds the stylesheet itself when it runs (and leaves one that is
    // there already alone).
    ...(applyStyles ? styleLinks : []),
    ...moduleLinks,
    ...(applyStyles ? [] : styleLinks),
  ].join('');
}
