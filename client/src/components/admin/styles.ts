/** Links that look like the Button variants (components/ui/button.tsx), at least 44 px high. */
const linkBase =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-medium transition-colors';

export const primaryLinkClass = `${linkBase} bg-brand-600 text-white shadow-sm hover:bg-brand-700`;
export const secondaryLinkClass = `${linkBase} border border-stone-400 bg-white text-stone-800 hover:border-brand-600 hover:bg-brand-50`;

/** A bordered white card. */
export const panelClass = 'rounded-xl border border-stone-200 bg-white p-4 sm:p-5';

/** A message after an action: success (a live status) or failure (an alert). */
export const noticeClass = {
  success: 'rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900',
  error: 'rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-800',
};

/** A status word in a pill; add its tint (background, text and ring colour). */
export const tintedBadgeClass = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ring-1';
