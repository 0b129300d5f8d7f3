// After `npm install`: compile the translations and generate the Prisma clients, which the
// type checker, the tests and the build need. A production install (`npm ci --omit=dev`) has
// none of those tools and needs none of it: the built output in dist/ carries both.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { root } from './source-hash.js';

try {
  createRequire(import.meta.url).resolve('@inlang/paraglide-js/package.json');
} catch {
  console.log('postinstall: a production install (no dev dependencies): nothing to generate, dist/ carries it.');
  process.exit(0);
}
execSync('npm run i18n && npm run db:generate', { cwd: root, stdio: 'inherit' });
