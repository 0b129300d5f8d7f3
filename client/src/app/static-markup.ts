/**
 * renderToString's HTML for a page React does not hydrate (main.tsx renders the app over it, the
 * same markup): what waits for code or data (a Suspense boundary: the header's branding, the
 * catalogue's prefetch) shows its fallback, and React's empty `<template>` marking it for
 * hydration goes (the development build annotates it with why and this machine's paths; the
 * production build writes a bare `<template></template>`). Throws on a <template> it does not
 * expect.
 */
export function staticMarkup(html: string): string {
  const markup = html
    // React writes a page's <title> where the page renders it; the HTML shell has its own.
    .replace(/<title>.*?<\/title>/s, '')
    .replace(/<template(?: data-[a-z]+="[^"]*")*><\/template>/g, '');
  if (markup.includes('<template')) throw new Error('Prerendered HTML still has a <template>: a Suspense boundary the prerender does not expect');
  return markup;
}
