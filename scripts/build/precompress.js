// Writes a brotli (.br) and a gzip (.gz) copy next to every compressible file of the built
// client (dist/client), at the highest levels: the server sends these as they are
// (serveStatic's `precompressed`), so a phone gets brotli without the server compressing per
// request. Plain JavaScript: it runs under plain node in the build (scripts/build/).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root } from './source-hash.js';

const distDir = process.argv[2] ?? path.join(root, 'dist', 'client');
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|ico|webmanifest)$/;
// Below this a compressed copy saves less than the headers it costs.
const MIN_BYTES = 1024;

function visit(dir) {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) {
      visit(file);
      continue;
    }
    if (!COMPRESSIBLE.test(entry)) continue;
    const bytes = readFileSync(file);
    if (bytes.length < MIN_BYTES) continue;
    writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }));
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

visit(distDir);
