import type { Insight } from '#shared/schemas/insight.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { formatCount } from '../utils/format-insight.ts';

/** The reasons the scan refuses something, as she would explain them; a new one shows by its code. */
const reasonLabels = new Map<string, () => string>([
  ['honeypot', m.insight_rejected_honeypot],
  ['too-fast', m.insight_rejected_too_fast],
  ['rate-limit.submit', m.insight_rejected_rate_limit_submit],
  ['rate-limit.resume', m.insight_rejected_rate_limit_resume],
]);

/** What the spam and abuse defences held back in the period, per reason. */
export function Rejections({ insight }: { insight: Insight }) {
  const { locale } = useLocale();
  const { total, byReason } = insight.rejected;
  return (
    <section aria-labelledby="insight-rejected-heading" className="mt-10">
      <h2 id="insight-rejected-heading" className="text-xl font-semibold text-stone-900">
        {m.insight_rejected_heading()}
      </h2>
      <p className="mt-1 max-w-prose text-stone-700">{m.insight_rejected_intro()}</p>
      <p className="mt-2 font-medium text-stone-900">
        {total === 0 ? m.insight_rejected_none() : m.insight_rejected_total({ count: formatCount(total, locale) })}
      </p>
      {total > 0 ? (
        <dl className="mt-3 max-w-2xl divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {byReason.map((row) => (
            <div key={row.reason} className="flex items-baseline justify-between gap-4 px-4 py-2.5 text-sm">
              <dt className="text-stone-800">{reasonLabels.get(row.reason)?.() ?? m.insight_rejected_other({ reason: row.reason })}</dt>
              <dd className="font-semibold text-stone-900 tabular-nums">{formatCount(row.count, locale)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
