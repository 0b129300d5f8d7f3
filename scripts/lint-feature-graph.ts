/**
 * The server's features depend on each other one way only (npm run lint; docs/architecture.md,
 * "Features", and docs/decisions/0033-email-home-and-one-way-features.md). dpdm (lint:cycles)
 * refuses a cycle between modules; this refuses one between features, which is looser and
 * catches more: follow-ups → email-templates for the template's text and email-templates →
 * follow-ups for cancelling were no module cycle, but left neither feature below the other.
 * Every import in server/features/<a>/ of server/features/<b>/, `import type` included, is an
 * edge a → b; the check fails (exit 1) when some feature can reach itself, naming the cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const featuresDir = join(rootDir, 'server', 'features');

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The feature a module path is in, or null outside server/features/. */
function featureOf(path: string): string | null {
  const inside = relative(featuresDir, path);
  if (inside.startsWith('..')) return null;
  return inside.split(sep)[0] ?? null;
}

function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (specifier.startsWith('#server/')) return join(rootDir, 'server', specifier.slice('#server/'.length));
  if (specifier.startsWith('.')) return resolve(dirname(fromFile), specifier);
  return null;
}

const edges = new Map<string, Map<string, string>>(); // feature → (feature it imports → first file that does)
for (const entry of readdirSync(featuresDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
  const file = join(entry.parentPath, entry.name);
  const from = featureOf(file)!;
  const targets = edges.get(from) ?? new Map<string, string>();
  edges.set(from, targets);
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const target = resolveSpecifier(file, match[1] ?? match[2] ?? '');
    const to = target && featureOf(target);
    if (to && to !== from && !targets.has(to)) targets.set(to, relative(rootDir, file));
  }
}

// Depth-first search; a grey feature met again closes a cycle.
const state = new Map<string, 'grey' | 'black'>();
const cycles: string[] = [];
function visit(feature: string, path: string[]): void {
  state.set(feature, 'grey');
  for (const [to, file] of edges.get(feature) ?? []) {
    if (state.get(to) === 'grey') {
      const cycle = [...path.slice(path.indexOf(to)), feature, to];
      cycles.push(`${cycle.join(' → ')}  (${feature} → ${to} in ${file})`);
    } else if (!state.has(to)) {
      visit(to, [...path, feature]);
    }
  }
  state.set(feature, 'black');
}
for (const feature of [...edges.keys()].sort()) if (!state.has(feature)) visit(feature, []);

if (cycles.length > 0) {
  console.error(`Feature graph: ${cycles.length} cycle(s) between server/features/*; one of each pair must not import the other:\n${cycles.join('\n')}`);
  process.exit(1);
}
const count = [...edges.values()].reduce((sum, targets) => sum + targets.size, 0);
console.log(`Feature graph: ${edges.size} features, ${count} one-way dependencies, no cycle.`);
if (process.argv.includes('--verbose')) {
  for (const [from, targets] of [...edges].sort()) if (targets.size) console.log(`  ${from} → ${[...targets.keys()].sort().join(', ')}`);
}
