import { config } from 'zod';

/**
 * The CSP allows no eval. Without this, zod probes `new Function` when the first object
 * schema is built, and the browser reports a CSP violation (a console error) even though zod
 * catches it. Imported first in main.tsx, so it runs before any schema is built. Keep the
 * schemas in the entry chunk: a schema module split into a chunk of its own would be
 * evaluated before this file (chunk imports are hoisted) and the probe would come back.
 */
config({ jitless: true });
