import { useId } from 'react';
import type { ResultView } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';

/** Only web and mail links: the booking URL comes from settings and must never run script. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return ['https:', 'http:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

const buttonBase =
  'inline-flex min-h-11 items-center justify-center rounded-lg px-5 py-2.5 text-center font-semibold';

/**

 * The clear next step: book an intro call, or simply reply by e-mail. `compact` is the version
 * under the headline figures, on a phone's first screen (and left off paper, where the full one
 * at the end carries the addresses). Until the VA has set a booking link or a reply address there
 * is no step to offer, and nothing is shown.
 */
export function NextStep({ va, compact = false }: { va: ResultView['va']; compact?: boolean }) {
  useLocale();
  const headingId = useId();
  const bookingHref = va.bookingUrl ? safeHref(va.bookingUrl) : null;
  if (!bookingHref && !va.replyEmail) return null;
  const mailHref = va.replyEmail ? `mailto:${va.replyEmail}?subject=${encodeURIComponent(m.result_next_reply_subject())}` : null;
  return (
    <section
      aria-labelledby={headingId}
      className={`break-inside-avoid rounded-xl bg-brand-700 text-white print:border print:border-stone-400 print:bg-transparent print:text-stone-900 ${compact ? 'p-4 print:hidden' : 'p-5'}`}
    >
      <h2 id={headingId} className={compact ? 'text-lg font-semibold' : 'text-xl font-semibold'}>
        {compact ? m.result_next_compact_heading() : m.result_next_heading()}
      </h2>
      <p className={compact ? 'mt-1 text-sm' : 'mt-2'}>{compact ? m.result_next_compact_text() : m.result_next_text()}</p>
      <div className={`flex flex-col gap-2 sm:flex-row sm:gap-3 print:hidden ${compact ? 'mt-3' : 'mt-4'}`}>
        {bookingHref ? (
          <a href={bookingHref} className={`${buttonBase} bg-white text-brand-800 hover:bg-brand-50 focus-visible:outline-white`}>
            {m.result_next_book()}
          </a>
        ) : null}
        {mailHref ? (
          <a
            href={mailHref}
            className={`${buttonBase} border-2 border-white text-white hover:bg-brand-800 focus-visible:outline-white`}
          >
            {va.name ? m.result_next_reply({ vaName: va.name }) : m.result_next_reply_neutral()}
          </a>
        ) : null}
      </div>
      {!compact && va.replyEmail ? (
        <p className="mt-3 text-sm text-brand-50 print:mt-2 print:text-stone-900">
          {m.result_next_email_address({ email: va.replyEmail })}
        </p>
      ) : null}
      {bookingHref && !bookingHref.startsWith('mailto:') ? (
        <p className="hidden text-sm print:block">{m.result_next_booking_link({ url: bookingHref })}</p>
      ) : null}
    </section>
  );
}
