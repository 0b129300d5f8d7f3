// Lint enforces the architecture, not only the style: the boundaries between shared/, server/ and
// client/ described in docs/architecture.md and docs/decisions/0001-architecture-and-stack.md, and
// the client's zones (decision 0032): app/ composes features, a feature imports no other feature
// nor app/, and the shared layers (components/, lib/, hooks/) import neither.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

// A `group` is a list of gitignore patterns, where a leading `#` starts a comment: `#server/*`
// there matches nothing. The package.json "imports" aliases (#client/…, #server/…, #prisma/…)
// are matched with a `regex` instead. scripts/lint-boundaries-check.ts proves every boundary
// below reports what it should (npm run lint).
const alias = (...names) => `^#(${names.join('|')})/`;

const SERVER_ONLY = 'Server-only module in client/.';
const SHARED_ALONE = 'shared/ imports nothing from client/ or server/.';
const SHARED_PURE = 'shared/ holds pure code: zod and plain TypeScript only.';
const SERVER_NO_CLIENT = 'server/ imports nothing from client/.';
const NO_FOREIGN_REPOSITORY = "A feature does not reach into another feature's repository.";
const LIB_BELOW = 'server/lib/ is below the features and the e-mails: it imports neither.';
const EMAILS_BELOW = 'server/emails/ is below the features: it imports none of them.';
const COMPOSED_ABOVE = 'server/app.ts, server/jobs.ts and server/index.ts compose the features and the jobs: nothing below imports them.';
const FEATURE_ALONE =
  'A client feature imports no other feature and nothing from app/: what features share lives in lib/, components/ or hooks/, and app/ composes features (decision 0032).';
const SHARED_LAYER = 'client/src/components, lib and hooks import nothing from features/ or app/ (decision 0032).';

// The one client module the server renders (decision 0031): loaded with import() on the first
// result page, so a static import of it may only be `import type`.
const FIRST_PAINT = '#client/src/app/result-first-paint.tsx';
const RESULT_PAGE = 'server/features/results/result-page.ts';
const exactly = (specifier) => specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The client's zones. A relative import's target depends on the importing file's depth, so the
// rules come per depth: `depth` is how many folders the file sits below its feature's folder
// (features/scan/components/x.tsx: 1) or below the shared layer's (lib/admin/x.ts: 1).
const clientPatterns = [
  { regex: alias('server'), allowTypeImports: true, message: 'client/ may only `import type` from server/.' },
  { group: ['**/server/**'], allowTypeImports: true, message: 'client/ may only `import type` from server/.' },
  { regex: alias('prisma'), message: SERVER_ONLY },
  { group: ['@prisma/*', 'node:*', 'better-sqlite3', 'pg'], message: SERVER_ONLY },
];
const up = (levels) => `^(\\.\\./){${levels}}`;
const DEPTHS = [0, 1, 2, 3];
const anyFile = (depth) => `${'*/'.repeat(depth)}*.{ts,tsx}`;
const featureZone = (depth) => ({
  files: [`client/src/features/*/${anyFile(depth)}`],
  rules: restrict([
    ...clientPatterns,
    // Out of its own folder into a sibling's (another feature), or up to src/ and into app/ or features/.
    { regex: `${up(depth + 1)}(?!\\.\\./)`, message: FEATURE_ALONE },
    { regex: `${up(depth + 2)}(app|features)/`, message: FEATURE_ALONE },
    { regex: `${up(depth + 3)}src/(app|features)/`, message: FEATURE_ALONE },
    { regex: '^#client/src/(app|features)/', message: FEATURE_ALONE },
  ]),
});
const sharedLayerZone = (depth) => ({
  files: [`client/src/{components,lib,hooks}/${anyFile(depth)}`],
  rules: restrict([
    ...clientPatterns,
    { regex: `${up(depth + 1)}(app|features)/`, message: SHARED_LAYER },
    { regex: `${up(depth + 2)}src/(app|features)/`, message: SHARED_LAYER },
    { regex: '^#client/src/(app|features)/', message: SHARED_LAYER },
  ]),
});

const serverPatterns = (clientPatterns) => [
  ...clientPatterns,
  { group: ['@prisma/*', '**/generated/**'], message: 'Prisma only in *.repository.ts and server/lib/db.ts.' },
  { group: ['../*/*.repository.ts'], message: NO_FOREIGN_REPOSITORY },
  { regex: '^#server/features/[^/]+/[^/]+\\.repository\\.ts$', message: NO_FOREIGN_REPOSITORY },
];
const noClient = [
  { regex: alias('client'), message: SERVER_NO_CLIENT },
  { group: ['**/client/**'], message: SERVER_NO_CLIENT },
];

// The server's layers import downwards only (docs/architecture.md): server/lib/ ← server/emails/
// ← server/features/ ← server/app.ts, server/jobs.ts, server/index.ts, which compose them.
// Relative paths climb any number of `../`; server/app-deps.ts (a type, composing nothing) is
// open to all. The direction between two features is checked by scripts/lint-feature-graph.ts.
const upTo = (...paths) => `^(#server/|(\\.\\./)+)(${paths.join('|')})`;
const composedAbove = { regex: upTo('app\\.ts$', 'jobs\\.ts$', 'index\\.ts$'), message: COMPOSED_ABOVE };
const LAYERS = [
  { dir: 'server/lib', upward: [{ regex: upTo('features/', 'emails/'), message: LIB_BELOW }, composedAbove] },
  { dir: 'server/emails', upward: [{ regex: upTo('features/'), message: EMAILS_BELOW }, composedAbove] },
  { dir: 'server/features', upward: [composedAbove] },
];
// Each layer's own block, after the general server/ ones below (the last block that matches a file
// sets the rule's patterns): Prisma's files keep their exception, the result page its own.
const layerConfigs = LAYERS.flatMap(({ dir, upward }) => {
  const prismaFiles = [`${dir}/**/*.repository.ts`, ...(dir === 'server/lib' ? ['server/lib/db.ts', 'server/lib/db/**'] : [])];
  return [
    { files: [`${dir}/**/*.{ts,tsx}`], ignores: [...prismaFiles, RESULT_PAGE], rules: restrict([...serverPatterns(noClient), ...upward]) },
    { files: prismaFiles, rules: restrict([...noClient, ...upward]) },
  ];
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'client/src/paraglide/**', 'server/generated/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The client may know the server's types (Hono RPC), never its code.
      ...restrict(clientPatterns),
    },
  },
  // A later block's options replace an earlier one's, so each zone repeats clientPatterns.
  ...DEPTHS.map(featureZone),
  ...DEPTHS.map(sharedLayerZone),
  {
    files: ['shared/**/*.ts'],
    // Pure code both sides run: nothing app-specific, no I/O.
    rules: restrict([
      { regex: alias('client', 'server', 'prisma'), message: SHARED_ALONE },
      { group: ['**/client/**', '**/server/**'], message: SHARED_ALONE },
      { group: ['react', 'react-*', 'hono', 'hono/*', '@prisma/*', 'node:*'], message: SHARED_PURE },
    ]),
  },
  {
    files: ['server/**/*.{ts,tsx}'],
    ignores: ['server/**/*.repository.ts', 'server/lib/db.ts', 'server/lib/db/**'],
    rules: restrict(serverPatterns(noClient)),
  },
  {
    files: [RESULT_PAGE],
    rules: restrict(
      serverPatterns([
        { regex: `^${exactly(FIRST_PAINT)}$`, allowTypeImports: true, message: `${SERVER_NO_CLIENT} ${FIRST_PAINT} is loaded with import() only (decision 0031).` },
        { regex: `^(?!${exactly(FIRST_PAINT)}$)#client/`, message: SERVER_NO_CLIENT },
        { group: ['**/client/**'], message: SERVER_NO_CLIENT },
        composedAbove,
      ]),
    ),
  },
  {
    files: ['server/**/*.repository.ts'],
    rules: restrict(noClient),
  },
  ...layerConfigs,
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
