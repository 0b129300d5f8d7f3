// The fingerprint of everything the build turns into dist/: written by the build next to its
// output, compared by `npm start` to decide whether the output is current (no rebuild at every start).
// Plain JavaScript: it runs under plain node, where the dev tools may not be installed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const stampFile = path.join(root, 'dist', 'build.json');

/** What the build reads. Tests and generated translations are left out: they do not change dist/. */
const SOURCES = ['client', 'server', 'shared', 'prisma', 'messages', 'project.inlang', 'package.json', 'vite.config.ts'];
const SKIPPED = /(^|\/)(node_modules|paraglide|\.cache)(\/|$)|\.test\.tsx?$/;

/** True when this folder has the sources (a checkout), false in a production image that carries only dist/. */
export function hasSources() {
  return existsSync(path.join(root, 'server', 'index.ts'));
}

export function sourceHash() {
  const hash = createHash('sha256');
  const visit = (relative) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute) || SKIPPED.test(relative)) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) visit(path.posix.join(relative, entry));
      return;
    }
    hash.update(relative).update('\0').update(readFileSync(absolute)).update('\0');
  };
  for (const source of SOURCES) visit(source);
  return hash.digest('hex');
}

/** The build's own record of what it was built from, or null when there is no build. */
export function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

/** dist/ holds a build of the sources as they are now (or, without sources, any build at all). */
export function buildIsCurrent() {
  const stamp = readStamp();
  if (!stamp || !existsSync(path.join(root, 'dist', 'server', 'index.js'))) return false;
  return !hasSources() || stamp.sourceHash === sourceHash();
}
