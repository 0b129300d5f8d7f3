/**
 * Proves the import boundaries in eslint.config.js report what they should (npm run lint;
 * docs/decisions/0032-import-boundaries-and-cycles.md). A pattern that matches nothing passes
 * lint silently: `#server/*` in a gitignore-style `group` is a comment, so until this check a
 * value import of `#server/app.ts` from client/ went through. Each case below is linted in memory
 * as if it were the file named, with the project's own config; a forbidden import must be
 * reported by @typescript-eslint/no-restricted-imports with the boundary's message, an allowed
 * one must not be reported at all. Fails (exit 1) on the first surprise, listing all of them.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const RULE = '@typescript-eslint/no-restricted-imports';
const rootDir = fileURLToPath(new URL('..', import.meta.url));

type Case = { file: string; code: string; reported?: string };

const TYPES_ONLY = 'client/ may only `import type` from server/.';
const SERVER_ONLY = 'Server-only module in client/.';
const SHARED_ALONE = 'shared/ imports nothing from client/ or server/.';
const SHARED_PURE = 'shared/ holds pure code';
const NO_CLIENT = 'server/ imports nothing from client/.';
const PRISMA = 'Prisma only in *.repository.ts and server/lib/db.ts.';
const REPOSITORY = "A feature does not reach into another feature's repository.";

const CLIENT = 'client/src/features/x/x.ts';
const SHARED = 'shared/x/x.ts';
const SERVER = 'server/features/x/x.service.ts';
const REPO = 'server/features/x/x.repository.ts';
const RESULT_PAGE = 'server/features/results/result-page.ts';
const FIRST_PAINT = '#client/src/app/result-first-paint.tsx';

const cases: Case[] = [
  // client/: the server's types (Hono RPC), never its code, nor anything server-only.
  { file: CLIENT, code: "import { app } from '#server/app.ts';", reported: TYPES_ONLY },
  { file: CLIENT, code: "import { app } from '../../../../server/app.ts';", reported: TYPES_ONLY },
  { file: CLIENT, code: "export { app } from '#server/app.ts';", reported: TYPES_ONLY },
  { file: CLIENT, code: "import { type AppType, app } from '#server/app.ts';", reported: TYPES_ONLY },
  { file: CLIENT, code: "import fs from 'node:fs';", reported: SERVER_ONLY },
  { file: CLIENT, code: "import { PrismaClient } from '@prisma/client';", reported: SERVER_ONLY },
  { file: CLIENT, code: "import Database from 'better-sqlite3';", reported: SERVER_ONLY },
  { file: CLIENT, code: "import { databasePath } from '#prisma/paths.ts';", reported: SERVER_ONLY },
  { file: CLIENT, code: "import type { AppType } from '#server/app.ts';" },
  { file: CLIENT, code: "import { type AppType } from '#server/app.ts';" },
  { file: CLIENT, code: "import type { AppType } from '../../../../server/app.ts';" },
  { file: CLIENT, code: "import { Locale } from '#shared/schemas/common.ts';" },
  { file: CLIENT, code: "import { renderToString } from 'react-dom/server';" },

  // shared/: pure code both sides run.
  { file: SHARED, code: "import { a } from '#client/src/a.ts';", reported: SHARED_ALONE },
  { file: SHARED, code: "import { app } from '#server/app.ts';", reported: SHARED_ALONE },
  { file: SHARED, code: "import type { AppType } from '#server/app.ts';", reported: SHARED_ALONE },
  { file: SHARED, code: "import { databasePath } from '#prisma/paths.ts';", reported: SHARED_ALONE },
  { file: SHARED, code: "import { a } from '../../client/src/a.ts';", reported: SHARED_ALONE },
  { file: SHARED, code: "import { app } from '../../server/app.ts';", reported: SHARED_ALONE },
  { file: SHARED, code: "import { useState } from 'react';", reported: SHARED_PURE },
  { file: SHARED, code: "import { createRoot } from 'react-dom/client';", reported: SHARED_PURE },
  { file: SHARED, code: "import { Hono } from 'hono';", reported: SHARED_PURE },
  { file: SHARED, code: "import { cors } from 'hono/cors';", reported: SHARED_PURE },
  { file: SHARED, code: "import { PrismaClient } from '@prisma/client';", reported: SHARED_PURE },
  { file: SHARED, code: "import fs from 'node:fs';", reported: SHARED_PURE },
  { file: SHARED, code: "import { z } from 'zod';" },
  { file: SHARED, code: "import { Locale } from '#shared/schemas/common.ts';" },
  { file: SHARED, code: "import { b } from './b.ts';" },

  // server/: nothing from client/; Prisma only behind the repositories.
  { file: SERVER, code: "import { a } from '#client/src/a.ts';", reported: NO_CLIENT },
  { file: SERVER, code: "import type { A } from '#client/src/a.ts';", reported: NO_CLIENT },
  { file: SERVER, code: "import { a } from '../../../client/src/a.ts';", reported: NO_CLIENT },
  { file: SERVER, code: "import { PrismaClient } from '@prisma/client';", reported: PRISMA },
  { file: SERVER, code: "import { PrismaClient } from '../../generated/prisma-sqlite/client.ts';", reported: PRISMA },
  { file: SERVER, code: "import { PrismaClient } from '#server/generated/prisma-sqlite/client.ts';", reported: PRISMA },
  { file: SERVER, code: "import { find } from '../y/y.repository.ts';", reported: REPOSITORY },
  { file: SERVER, code: "import { find } from '#server/features/y/y.repository.ts';", reported: REPOSITORY },
  { file: SERVER, code: "import { find } from './x.repository.ts';" },
  { file: SERVER, code: "import { Locale } from '#shared/schemas/common.ts';" },
  { file: REPO, code: "import { a } from '#client/src/a.ts';", reported: NO_CLIENT },
  { file: REPO, code: "import { a } from '../../../client/src/a.ts';", reported: NO_CLIENT },
  { file: REPO, code: "import { PrismaClient } from '@prisma/client';" },

  // The one client module the server renders (decision 0031): its type only; the code by import().
  { file: RESULT_PAGE, code: `import type { renderResultFirstPaint } from '${FIRST_PAINT}';` },
  { file: RESULT_PAGE, code: `import { renderResultFirstPaint } from '${FIRST_PAINT}';`, reported: NO_CLIENT },
  { file: RESULT_PAGE, code: "import type { A } from '#client/src/a.ts';", reported: NO_CLIENT },
  { file: RESULT_PAGE, code: `import type { A } from '${FIRST_PAINT}x';`, reported: NO_CLIENT },
  { file: RESULT_PAGE, code: "import { PrismaClient } from '@prisma/client';", reported: PRISMA },
];

const eslint = new ESLint({ cwd: rootDir, overrideConfigFile: 'eslint.config.js' });
const failures: string[] = [];
for (const { file, code, reported } of cases) {
  // Only this rule's messages count (an unused import is another rule's business).
  const [result] = await eslint.lintText(`${code}\n`, { filePath: file });
  const messages = (result?.messages ?? []).filter((message) => message.ruleId === RULE).map((message) => message.message);
  const fatal = (result?.messages ?? []).find((message) => message.fatal);
  const ok = !fatal && (reported ? messages.length === 1 && messages[0]!.includes(reported) : messages.length === 0);
  const outcome = reported ? `reported  ${messages[0] ?? fatal?.message ?? '(nothing)'}` : `allowed${messages.length ? `  but: ${messages.join(' | ')}` : ''}`;
  const line = `${ok ? 'ok  ' : 'FAIL'}  ${file}  ${code}\n        ${outcome}`;
  if (!ok) failures.push(reported ? `${line}\n        expected: ${reported}` : line);
  else if (process.argv.includes('--verbose')) console.log(line);
}

if (failures.length > 0) {
  console.error(`Import boundaries: ${failures.length} of ${cases.length} cases not as expected (eslint.config.js)\n${failures.join('\n')}`);
  process.exit(1);
}
const forbidden = cases.filter((c) => c.reported).length;
console.log(`Import boundaries: ${forbidden} forbidden imports reported, ${cases.length - forbidden} allowed ones not (eslint.config.js).`);
