// Compiles the server and its command-line tools to plain JavaScript in dist/server/ (esbuild),
// so production runs `node dist/server/index.js`: no TypeScript at run time, no dev dependencies.
// Packages stay external (node_modules holds them, native ones included); our own code, the
// shared/ code and the generated Prisma clients are bundled. Then stamps the build.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { root, sourceHash, stampFile } from './source-hash.js';

/** name in dist/server/ → source */
export const ENTRIES = {
  index: 'server/index.ts',
  'va-create': 'scripts/create-va.ts',
  'db-backup': 'scripts/db-backup.ts',
};

const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, path.join(root, source)])),
  outdir: path.join(root, 'dist', 'server'),
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  jsx: 'automatic',
  // The result page's HTML is rendered from the client's components (decision 0031): their
  // stylesheets come with the client's build, not here.
  loader: { '.css': 'empty' },
  // Node's ESM has no require(); a few bundled CommonJS helpers ask for one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
writeFileSync(stampFile, `${JSON.stringify({ sourceHash: sourceHash(), builtAt: new Date().toISOString() }, null, 2)}\n`);
console.log(`Server compiled to dist/server/ in ${Date.now() - started} ms (${Object.keys(ENTRIES).join(', ')})`);
