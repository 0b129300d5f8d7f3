// index.html carries step 1 of the scan in Dutch for a first visit's first paint
// (scripts/build/prerender-scan.tsx). A visit that will show something else (a stored draft, or
// English chosen earlier) hides it until the app renders, rather than seeing it change.
// A classic script in <head>: it runs before the page's body is painted.
try {
  const stored = window.localStorage;
  if (stored.getItem('delegatiescan:scan-draft') !== null || (stored.getItem('PARAGLIDE_LOCALE') || 'nl') !== 'nl') {
    document.documentElement.classList.add('skip-prerendered');
  }
} catch {
  // Storage blocked: nothing was stored either.
}
