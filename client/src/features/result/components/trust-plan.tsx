import type { LocalizedText } from '#shared/schemas/common.ts';
import type { TrustPlan as TrustPlanData } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { localized } from './result-labels.ts';
import { TaskNames } from './task-names.tsx';

function Checklist({ items }: { items: readonly LocalizedText[] }) {
  const { locale } = useLocale();
  return (
    <ul role="list" className="mt-2 space-y-2">
      {items.map((text, index) => (
        <li key={index} className="flex gap-2">
          <span aria-hidden="true" className="mt-0.5 font-semibold text-brand-700">
            ✓
          </span>
          <span>{localized(text, locale)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * How we build trust: how we keep in touch (their frequency and channels), each concern they
 * ticked with its steps, and the agreements their handed-over tasks need whatever was ticked,
 * each with the tasks it covers (so a task's "sensitive" chip always has its answer here).
 */
export function TrustPlan({ plan, labels }: { plan: TrustPlanData; labels: ReadonlyMap<string, LocalizedText> }) {
  const { locale } = useLocale();
  return (
    <section aria-labelledby="result-trust-heading">
      <h2 id="result-trust-heading" className="text-xl font-semibold text-stone-900">
        {m.result_trust_heading()}
      </h2>
      <p className="mt-1 text-stone-800">
        {plan.concerns.length > 0
          ? m.result_trust_concerns_intro()
          : plan.safeguards.length > 0
            ? m.result_trust_no_concerns_safeguards()
            : m.result_trust_no_concerns()}
      </p>
      <ul role="list" className="mt-3 space-y-3">
        <li className="break-inside-avoid">
          <article aria-labelledby="result-trust-contact" className="rounded-xl border border-stone-200 bg-white p-4">
            <h3 id="result-trust-contact" className="text-lg font-semibold text-stone-900">
              {m.result_trust_contact_heading()}
            </h3>
            <Checklist items={[plan.contact]} />
          </article>
        </li>
        {plan.concerns.map((concern) => {
          const headingId = `result-trust-${concern.concern}`;
          return (
            <li key={concern.concern} className="break-inside-avoid">
              <article aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4">
                <h3 id={headingId} className="text-lg font-semibold text-stone-900">
                  {localized(concern.title, locale)}
                </h3>
                <Checklist items={concern.steps} />
              </article>
            </li>
          );
        })}
      </ul>
      {plan.safeguards.length > 0 ? (
        <>
          <h3 className="mt-5 text-lg font-semibold text-stone-900">{m.result_trust_safeguards_heading()}</h3>
          <ul role="list" className="mt-2 space-y-3">
            {plan.safeguards.map((safeguard) => {
              const headingId = `result-safeguard-${safeguard.safeguard}`;
              return (
                <li key={safeguard.safeguard} className="break-inside-avoid">
                  <article aria-labelledby={headingId} className="rounded-xl border border-brand-100 bg-brand-50 p-4">
                    <h4 id={headingId} className="font-semibold text-stone-900">
                      {localized(safeguard.title, locale)}
                    </h4>
                    <p className="mt-1 text-stone-800">{localized(safeguard.text, locale)}</p>
                    <TaskNames keys={safeguard.taskKeys} labels={labels} label={m.result_trust_applies_to()} />
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
