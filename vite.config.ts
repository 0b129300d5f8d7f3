import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const apiPort = Number(process.env.PORT ?? 3000);

export default defineConfig({
  root: 'client',
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      '#client': `${rootDir}client`,
      '#shared': `${rootDir}shared`,
    },
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Written for our own debugging, not referenced from the scripts and not served (serve-client.ts).
    sourcemap: 'hidden',
    // Every browser the scan supports preloads modules itself (Safari since 17); an older one
    // loads a lazy chunk's imports one request later. Saves the polyfill in the entry.
    modulePreload: { polyfill: false },
    // For the build's own steps (scripts/build/prerender-scan.tsx: the result page's chunks,
    // preloaded by its shell); removed from dist/client once read.
    manifest: true,
    // Everything the scan's first page needs in one chunk: fewer requests and less gzip overhead
    // than the shared chunks rolldown would otherwise split out for the lazy pages.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'scan', tags: ['$initial'] }] } } },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
  test: {
    root: rootDir,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: rootDir,
          environment: 'node',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          root: rootDir,
          environment: 'jsdom',
          include: ['client/**/*.test.tsx', 'client/**/*.test.ts'],
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          root: rootDir,
          environment: 'node',
          include: ['tests/api/**/*.test.ts'],
          setupFiles: ['tests/setup/api.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // haproxy + three server processes: run on its own (scripts/test.sh), never beside the API files.
          name: 'cluster',
          root: rootDir,
          environment: 'node',
          include: ['tests/cluster/**/*.test.ts'],
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // A production install in a temporary folder (minutes): run on its own (scripts/test.sh).
          name: 'deploy',
          root: rootDir,
          environment: 'node',
          include: ['tests/deploy/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
