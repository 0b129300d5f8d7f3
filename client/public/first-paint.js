// index.html carries step 1 of the scan in Dutch for a first visit's first paint
// (scripts/build/prerender-scan.tsx). A visit that will show something else (a stored draft, or
// English chosen earlier) hides it until the app renders, rather than seeing it change.
// A classic script in <head>: it runs before the page's body is painted, and before any module.

// The CSP allows no eval. zod probes `new Function` when the first object schema is built, and
// the browser reports the refusal as a console error even though zod catches it. zod reads this
// global when it loads; this script runs before every module chunk, however vite splits them.
// (Once its own zod-jitless.js at the end of <body>: on a result link the preloads, fetched
// first, held that one back, and with it the app's start, by ~1 s under a phone's throttling;
// decision 0028.)
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });

// A result link's page may come with the result in it, in the scan's language, and the answer
// as data just before this script (server/features/results/result-page.ts).
const resultData = document.getElementById('result-data');

try {
  const stored = window.localStorage;
  const chosenLocale = stored.getItem('delegatiescan:locale-chosen') === '1' ? stored.getItem('PARAGLIDE_LOCALE') : null;
  if (resultData) {
    // Shown in the scan's language, as the app will show it (ResultPage's suggestLocale), unless
    // the visitor chose another one on this device: then the app's render is the first she sees.
    const locale = resultData.getAttribute('data-locale');
    if (chosenLocale && chosenLocale !== locale) document.documentElement.classList.add('skip-prerendered');
    else if (locale) stored.setItem('PARAGLIDE_LOCALE', locale);
  } else if (stored.getItem('delegatiescan:scan-draft') !== null || (stored.getItem('PARAGLIDE_LOCALE') || 'nl') !== 'nl') {
    document.documentElement.classList.add('skip-prerendered');
  }
} catch {
  // Storage blocked: nothing was stored either.
}

// A result link (/r/<token>, the token as ResultToken accepts it) whose page came without the
// answer: ask for the result now, while the app's code (and the result page's, preloaded by
// result.html) loads. getResult takes this answer once; the server counts it as the one view of
// this visit.
(function askForTheResultEarly() {
  const match = /^\/r\/([A-Za-z0-9_-]{22,64})$/.exec(window.location.pathname);
  if (!match || resultData || typeof window.fetch !== 'function') return;
  window.__earlyResult = { token: match[1], response: window.fetch('/api/results/' + match[1], { credentials: 'same-origin' }) };
})();
