// `npm start` (and the operational commands): runs the built server, or one of the built
// command-line tools, with plain node. Builds first only when dist/ is missing or older than
// the sources (a fresh clone after `npm install`, or changed code); a production install, which
// has the built output and no sources, never builds.
//
//   node scripts/build/run-built.js [index|va-create|db-backup] [arguments…]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIsCurrent, hasSources, root } from './source-hash.js';

const [entry = 'index', ...args] = process.argv.slice(2);
// The server runs as in production unless told otherwise (React's production build, strict config).
if (entry === 'index') process.env.NODE_ENV ??= 'production';

if (!buildIsCurrent()) {
  if (!hasSources()) {
    console.error('There is no built output in dist/: build it with `npm run build` where the sources are.');
    process.exit(1);
  }
  console.log('The build in dist/ is missing or older than the sources: building first (npm run build).');
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

process.argv = [process.argv[0], path.join(root, 'dist', 'server', `${entry}.js`), ...args];
await import(pathToFileURL(path.join(root, 'dist', 'server', `${entry}.js`)).href);
