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
const LIB_BELOW = 'server/lib/ is below the features and the e-mails';
const EMAILS_BELOW = 'server/emails/ is below the features';
const COMPOSED_ABOVE = 'nothing below imports them';
const FEATURE_ALONE = 'A client feature imports no other feature and nothing from app/';
const SHARED_LAYER = 'client/src/components, lib and hooks import nothing from features/ or app/';

const CLIENT = 'client/src/features/x/x.ts';
const SHARED = 'shared/x/x.ts';
const SERVER = 'server/features/x/x.service.ts';
const REPO = 'server/features/x/x.repository.ts';
const RESULT_PAGE = 'server/features/results/result-page.ts';
const LIB = 'server/lib/x.ts';
const LIB_DEEP = 'server/lib/db/x.ts';
const LIB_REPO = 'server/lib/x.repository.ts';
const EMAILS = 'server/emails/x.ts';
const FIRST_PAINT = '#client/src/app/result-first-paint.tsx';
// The client's zones: files at each depth below a feature's folder, or a shared layer's.
const FEATURE_ROOT = 'client/src/features/x/x.ts';
const FEATURE = 'client/src/features/x/components/x.tsx';
const FEATURE_TEST = 'client/src/features/x/components/x.test.tsx';
const FEATURE_DEEP = 'client/src/features/x/components/v1/x.tsx';
const CLIENT_LIB = 'client/src/lib/x.ts';
const LIB_ADMIN = 'client/src/lib/admin/x.ts';
const COMPONENT = 'client/src/components/admin/x.tsx';
const HOOK = 'client/src/hooks/x.ts';

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

  // client/src/features/<x>: nothing from another feature nor from app/ (decision 0032), at any depth.
  { file: FEATURE, code: "import { y } from '../../y/components/y.tsx';", reported: FEATURE_ALONE },
  { file: FEATURE, code: "import { y } from '../../../features/y/y.ts';", reported: FEATURE_ALONE },
  { file: FEATURE, code: "import { AdminApp } from '../../../app/admin/admin-app.tsx';", reported: FEATURE_ALONE },
  { file: FEATURE, code: "import { y } from '#client/src/features/y/y.ts';", reported: FEATURE_ALONE },
  { file: FEATURE, code: "import { AppRoutes } from '#client/src/app/router.tsx';", reported: FEATURE_ALONE },
  { file: FEATURE_TEST, code: "import '../../../app/admin/admin-app.tsx';", reported: FEATURE_ALONE },
  { file: FEATURE_ROOT, code: "import { y } from '../y/y.ts';", reported: FEATURE_ALONE },
  { file: FEATURE_ROOT, code: "import { RootLayout } from '../../app/root-layout.tsx';", reported: FEATURE_ALONE },
  { file: FEATURE_DEEP, code: "import { y } from '../../../y/api/y.ts';", reported: FEATURE_ALONE },
  { file: FEATURE_DEEP, code: "import { AppRoutes } from '../../../../app/router.tsx';", reported: FEATURE_ALONE },
  { file: FEATURE, code: "import { app } from '#server/app.ts';", reported: TYPES_ONLY },
  { file: FEATURE, code: "import { useX } from '../api/x.ts';" },
  { file: FEATURE, code: "import { XPart } from './x-part.tsx';" },
  { file: FEATURE, code: "import { AdminPage } from '../../../components/admin/admin-page.tsx';" },
  { file: FEATURE, code: "import { useAdminClient } from '../../../lib/admin/admin-client.ts';" },
  { file: FEATURE, code: "import { useSearch } from '../../../hooks/use-search.ts';" },
  { file: FEATURE, code: "import { m } from '../../../paraglide/messages.js';" },
  { file: FEATURE_TEST, code: "import { renderAdmin } from '../../../testing/render-admin.tsx';" },
  { file: FEATURE_TEST, code: "import { scanAnswers } from '../../../../../tests/factories/scan-answers.ts';" },
  { file: FEATURE_ROOT, code: "import { X } from './components/x.tsx';" },
  { file: FEATURE_DEEP, code: "import { x } from '../../utils/x.ts';" },
  { file: FEATURE_DEEP, code: "import { Button } from '../../../../components/ui/button.tsx';" },

  // client/src/components, lib, hooks: shared by features, so nothing from features/ or app/.
  { file: CLIENT_LIB, code: "import { y } from '../features/y/y.ts';", reported: SHARED_LAYER },
  { file: CLIENT_LIB, code: "import { AppRoutes } from '../app/router.tsx';", reported: SHARED_LAYER },
  { file: CLIENT_LIB, code: "import { y } from '#client/src/features/y/y.ts';", reported: SHARED_LAYER },
  { file: LIB_ADMIN, code: "import { intakeKeys } from '../../features/inbox/api/get-intakes.ts';", reported: SHARED_LAYER },
  { file: COMPONENT, code: "import { AdminApp } from '../../app/admin/admin-app.tsx';", reported: SHARED_LAYER },
  { file: COMPONENT, code: "import { y } from '#client/src/app/router.tsx';", reported: SHARED_LAYER },
  { file: HOOK, code: "import { y } from '../features/y/y.ts';", reported: SHARED_LAYER },
  { file: CLIENT_LIB, code: "import fs from 'node:fs';", reported: SERVER_ONLY },
  { file: LIB_ADMIN, code: "import { throwIfFailed } from '../api-error.ts';" },
  { file: COMPONENT, code: "import { Button } from '../ui/button.tsx';" },
  { file: COMPONENT, code: "import { fromRoot } from '../../lib/admin/paths.ts';" },
  { file: HOOK, code: "import { fromRoot } from '../lib/admin/paths.ts';" },

  // app/ composes features; the shared test helpers may render it.
  { file: 'client/src/app/admin/admin-app.tsx', code: "import { InboxPage } from '../../features/inbox/components/inbox-page.tsx';" },
  { file: 'client/src/testing/render-admin.tsx', code: "import { AppRoutes } from '../app/router.tsx';" },

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

  // The server's layers import downwards: lib ← emails ← features ← app.ts, jobs.ts, index.ts.
  { file: LIB, code: "import { a } from '../features/y/y.service.ts';", reported: LIB_BELOW },
  { file: LIB, code: "import { a } from '#server/features/y/y.service.ts';", reported: LIB_BELOW },
  { file: LIB_DEEP, code: "import { a } from '../../features/y/y.service.ts';", reported: LIB_BELOW },
  { file: LIB_REPO, code: "import { a } from '../features/y/y.service.ts';", reported: LIB_BELOW },
  { file: LIB, code: "import { a } from '../emails/email-data.ts';", reported: LIB_BELOW },
  { file: LIB, code: "import { a } from '#server/emails/email-data.ts';", reported: LIB_BELOW },
  { file: LIB, code: "import { startBackgroundJobs } from '../jobs.ts';", reported: COMPOSED_ABOVE },
  { file: LIB, code: "import { a } from './errors.ts';" },
  { file: LIB, code: "import type { AppDeps } from '../app-deps.ts';" },
  { file: LIB_REPO, code: "import { PrismaClient } from '@prisma/client';" },
  { file: EMAILS, code: "import { a } from '../features/y/y.service.ts';", reported: EMAILS_BELOW },
  { file: EMAILS, code: "import type { A } from '#server/features/y/y.service.ts';", reported: EMAILS_BELOW },
  { file: EMAILS, code: "import { createApp } from '../app.ts';", reported: COMPOSED_ABOVE },
  { file: EMAILS, code: "import { publicUrl } from '../env.ts';" },
  { file: EMAILS, code: "import { a } from '../lib/logger.ts';" },
  { file: SERVER, code: "import { createApp } from '../../app.ts';", reported: COMPOSED_ABOVE },
  { file: SERVER, code: "import { createApp } from '#server/app.ts';", reported: COMPOSED_ABOVE },
  { file: SERVER, code: "import { startBackgroundJobs } from '../../jobs.ts';", reported: COMPOSED_ABOVE },
  { file: SERVER, code: "import '../../index.ts';", reported: COMPOSED_ABOVE },
  { file: REPO, code: "import { startBackgroundJobs } from '#server/jobs.ts';", reported: COMPOSED_ABOVE },
  { file: RESULT_PAGE, code: "import { createApp } from '../../app.ts';", reported: COMPOSED_ABOVE },
  { file: SERVER, code: "import type { AppDeps } from '../../app-deps.ts';" },
  { file: SERVER, code: "import { renderEmailContent } from '../../emails/email-content.ts';" },
  { file: SERVER, code: "import { getVaSettings } from '../settings/settings.service.ts';" },
  { file: SERVER, code: "import { a } from '../../lib/errors.ts';" },

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
