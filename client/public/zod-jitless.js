// The CSP allows no eval. zod probes `new Function` when the first object schema is built, and
// the browser reports the refusal as a console error even though zod catches it. zod reads this
// global when it loads; a classic script runs before every module chunk, however vite splits them.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
