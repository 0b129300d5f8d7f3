// The no-cycle check (`npm run lint:cycles`, part of `npm run lint`; decision 0032): fails when
// the project's own modules import each other in a circle. Counted are the imports that exist at
// run time: a type-only import is erased (`transform`), and an import() runs only after both
// modules have been evaluated (`skipDynamicImports`: the lazy parts, such as the scan's draft
// check or the e-mail renderer, import back from the module that loads them).
// A .ts file: dpdm 4.3 cannot load a .js config (it require()s a file: URL).
import { defineConfig } from 'dpdm';

export default defineConfig({
  files: [
    'client/**/*.{ts,tsx}',
    'server/**/*.{ts,tsx}',
    'shared/**/*.ts',
    'prisma/**/*.ts',
    'scripts/**/*.{ts,tsx,js}',
    'tests/**/*.{ts,tsx}',
    '*.{ts,js}',
  ],
  // Packages and generated code (Prisma clients, Paraglide's messages) are not followed
  // (tested against the absolute path).
  exclude: '/node_modules/|/server/generated/|/client/src/paraglide/',
  transform: true,
  skipDynamicImports: 'circular',
  circular: true,
  tree: false,
  warning: false,
  progress: false,
  exitCode: 'circular:1',
});
