// Lint enforces the architecture, not only the style: the boundaries between shared/, server/ and
// client/ described in docs/architecture.md and docs/decisions/0001-architecture-and-stack.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
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
      ...restrict([
        { group: ['#server/*', '**/server/**'], allowTypeImports: true, message: 'client/ may only `import type` from server/.' },
        { group: ['@prisma/*', 'node:*', 'better-sqlite3', 'pg'], message: 'Server-only module in client/.' },
      ]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    // Pure code both sides run: nothing app-specific, no I/O.
    rules: restrict([
      { group: ['#client/*', '#server/*', '**/client/**', '**/server/**'], message: 'shared/ imports nothing from client/ or server/.' },
      { group: ['react', 'react-*', 'hono', 'hono/*', '@prisma/*', 'node:*'], message: 'shared/ holds pure code: zod and plain TypeScript only.' },
    ]),
  },
  {
    files: ['server/**/*.{ts,tsx}'],
    ignores: ['server/**/*.repository.ts', 'server/lib/db.ts', 'server/lib/db/**'],
    rules: restrict([
      { group: ['#client/*', '**/client/**'], message: 'server/ imports nothing from client/.' },
      { group: ['@prisma/*', '**/generated/**'], message: 'Prisma only in *.repository.ts and server/lib/db.ts.' },
      { group: ['../*/*.repository.ts'], message: "A feature does not reach into another feature's repository." },
    ]),
  },
  {
    files: ['server/**/*.repository.ts'],
    rules: restrict([{ group: ['#client/*', '**/client/**'], message: 'server/ imports nothing from client/.' }]),
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
