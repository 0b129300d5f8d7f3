// After `npm install`: compile the translations and generate the Prisma clients, which the
// type checker, the tests and the build need. A production install (`npm ci --omit=dev`) has
// none of those tools and needs none of it: the built output in dist/ carries both.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root } from './source-hash.js';

// Looked up on disk: the package's exports do not include its package.json, so resolving that
// threw on every install and the clients were never generated (a fresh `npm start` then failed).
if (!existsSync(path.join(root, 'node_modules', '@inlang', 'paraglide-js', 'package.json'))) {
  console.log('postinstall: a production install (no dev dependencies): nothing to generate, dist/ carries it.');
  process.exit(0);
}
execSync('npm run i18n && npm run db:generate', { cwd: root, stdio: 'inherit' });
