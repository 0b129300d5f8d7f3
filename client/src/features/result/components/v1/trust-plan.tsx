import type { TrustStepV1 as TrustStep } from '#shared/schemas/result-v1.ts';
import { useLocale } from '../../../../i18n/locale.tsx';
import { m } from '../../../../paraglide/messages.js';
import { localized } from '../result-labels.ts';

/** Per concern: the VA's promise and the concrete steps behind it. */
export function TrustPlan({ plan }: { plan: readonly TrustStep[] }) {
  const { locale } = useLocale();
  return (
    <section aria-labelledby="result-trust-heading">
      <h2 id="result-trust-heading" className="text-xl font-semibold text-stone-900">
        {m.result_trust_heading()}
      </h2>
      {plan.length === 0 ? (
        <p className="mt-3 rounded-xl border border-stone-200 bg-white p-4">{m.result_trust_empty()}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-700">{m.result_trust_intro()}</p>
          <ul role="list" className="mt-3 space-y-3">
            {plan.map((step) => {
              const headingId = `result-trust-${step.concern}`;
              return (
                <li key={step.concern} className="break-inside-avoid">
                  <article
                    aria-labelledby={headingId}
                    className="rounded-xl border border-stone-200 bg-white p-4"
                  >
                    <h3 id={headingId} className="text-lg font-semibold text-stone-900">
                      {localized(step.title, locale)}
                    </h3>
                    {step.source === 'sensitive-tasks' ? (
                      <p className="mt-1 inline-block rounded-md bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-800 print:border print:border-brand-600">
                        {m.result_trust_source_sensitive()}
                      </p>
                    ) : null}
                    <ul role="list" className="mt-2 space-y-2">
                      {step.steps.map((text, index) => (
                        <li key={index} className="flex gap-2">
                          <span aria-hidden="true" className="mt-0.5 font-semibold text-brand-700">
                            ✓
                          </span>
                          <span>{localized(text, locale)}</span>
                        </li>
                      ))}
                    </ul>
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
