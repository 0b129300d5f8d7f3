/**
 * @prisma/schema-engine-wasm must be the build of the engines that this Prisma release uses (the
 * same version string as @prisma/engines-version). A Prisma upgrade that forgets to bump it is
 * caught here, before it writes or checks a migration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The installed version of a package, also when its "exports" hide package.json. */
function versionOf(pkg: string, entry = pkg): string | undefined {
  let dir: string;
  try {
    dir = path.dirname(require.resolve(entry));
  } catch {
    return undefined;
  }
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (json.name === pkg) return json.version;
  }
  return undefined;
}

/** An explanation when the installed WASM schema engine does not match Prisma; else undefined. */
export function schemaEngineMismatch(): string | undefined {
  const wasm = versionOf('@prisma/schema-engine-wasm', '@prisma/schema-engine-wasm/schema_engine_bg');
  const engines = versionOf('@prisma/engines-version');
  if (!wasm) return '@prisma/schema-engine-wasm is not installed (run npm install).';
  if (engines && wasm !== engines) {
    return (
      `@prisma/schema-engine-wasm is ${wasm}, but this Prisma uses engines ${engines}.\n` +
      `Pin the matching build: npm install -D -E @prisma/schema-engine-wasm@${engines} ` +
      '(see docs/decisions/0002-database.md, "Upgrading Prisma").'
    );
  }
  return undefined;
}
