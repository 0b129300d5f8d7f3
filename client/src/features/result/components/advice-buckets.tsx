import { formatHours } from '#shared/format/format.ts';
import { sumIntegers } from '#shared/delegation/money.ts';
import { BUCKETS, type Bucket, type TaskResult } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { bucketDescription, bucketEmptyText, bucketTitle, localized, reasonText } from './result-labels.ts';

const BUCKET_STYLE: Record<Bucket, string> = {
  now: 'border-t-brand-600',
  'after-onboarding': 'border-t-brand-700',
  consider: 'border-t-amber-500',
  keep: 'border-t-stone-400',
};

/** Strongest candidates first, then the biggest time savers. */
function byScoreThenHours(a: TaskResult, b: TaskResult): number {
  return b.score - a.score || b.minutesPerMonth - a.minutesPerMonth || (a.key < b.key ? -1 : 1);
}

/**
 * The four buckets, each task with its one sentence (why it is here, and the first step or access
 * it needs). An empty bucket says what that means for the prospect instead of "none".
 */
export function AdviceBuckets({ tasks }: { tasks: readonly TaskResult[] }) {
  const { locale } = useLocale();
  return (
    <section aria-labelledby="result-buckets-heading">
      <h2 id="result-buckets-heading" className="text-xl font-semibold text-stone-900">
        {m.result_buckets_heading()}
      </h2>
      <div className="mt-3 space-y-3">
        {BUCKETS.map((bucket) => {
          const inBucket = tasks.filter((task) => task.bucket === bucket).sort(byScoreThenHours);
          const headingId = `result-bucket-${bucket}`;
          return (
            <section
              key={bucket}
              aria-labelledby={headingId}
              className={`break-inside-avoid rounded-xl border border-t-4 border-stone-200 bg-white p-4 ${BUCKET_STYLE[bucket]}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <h3 id={headingId} className="text-lg font-semibold text-stone-900">
                  {bucketTitle(bucket)}
                </h3>
                {inBucket.length > 0 ? (
                  <p className="text-sm font-medium text-stone-700">
                    {m.result_bucket_total({
                      hours: formatHours(sumIntegers(inBucket.map((t) => t.minutesPerMonth)), locale),
                    })}
                  </p>
                ) : null}
              </div>
              {inBucket.length === 0 ? (
                <p className="mt-2 text-stone-800">{bucketEmptyText(bucket)}</p>
              ) : (
                <>
                  <p className="mt-1 text-sm text-stone-700">{bucketDescription(bucket)}</p>
                  <ul role="list" className="mt-3 divide-y divide-stone-200">
                    {inBucket.map((task) => (
                      <li key={task.key} className="break-inside-avoid py-3">
                        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                          <span className="font-medium text-stone-900">{localized(task.label, locale)}</span>
                          <span className="text-sm whitespace-nowrap text-stone-700">
                            {task.freedMinutes > 0
                              ? m.result_task_freed({
                                  freed: formatHours(task.freedMinutes, locale),
                                  hours: formatHours(task.minutesPerMonth, locale),
                                })
                              : m.result_task_hours({ hours: formatHours(task.minutesPerMonth, locale) })}
                          </span>
                        </div>
                        <p className="mt-1 text-stone-800">{localized(task.advice, locale)}</p>
                        {task.reasons.length > 0 ? (
                          <ul role="list" aria-label={m.result_task_reasons_label()} className="mt-2 flex flex-wrap gap-1.5">
                            {task.reasons.map((reason) => (
                              <li
                                key={reason}
                                className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs text-stone-800 print:border print:border-stone-300"
                              >
                                {reasonText(reason)}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
