import type { Insight } from '#shared/schemas/insight.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { formatCount } from '../utils/format-insight.ts';

const stepLabels = [m.insight_funnel_step_1, m.insight_funnel_step_2, m.insight_funnel_step_3, m.insight_funnel_step_4];

type Stage = { key: string; label: string; count: number; left: number | null; tone: 'start' | 'step' | 'end' };

/**
 * The scan from start to sent, one bar per stage on one scale, with the number that stopped
 * after each step. The bars are for the eye (aria-hidden); the table after them, visually
 * hidden, gives a screen reader the same numbers.
 */
export function FunnelChart({ insight }: { insight: Insight }) {
  const { locale } = useLocale();
  const stages: Stage[] = [
    { key: 'started', label: m.insight_funnel_started(), count: insight.started, left: null, tone: 'start' },
    ...insight.steps.map((step, index): Stage => ({
      key: `step-${step.step}`,
      label: stepLabels[index]?.() ?? String(step.step),
      count: step.reached,
      left: step.left,
      tone: 'step',
    })),
    { key: 'finished', label: m.insight_funnel_finished(), count: insight.finished, left: null, tone: 'end' },
  ];
  const max = Math.max(1, ...stages.map((stage) => stage.count));

  return (
    <section aria-labelledby="insight-funnel-heading" className="mt-10">
      <h2 id="insight-funnel-heading" className="text-xl font-semibold text-stone-900">
        {m.insight_funnel_heading()}
      </h2>
      <p className="mt-1 text-stone-700">{m.insight_funnel_intro()}</p>
      <ol aria-hidden="true" className="mt-4 space-y-3 rounded-xl border border-stone-200 bg-white p-4">
        {stages.map((stage) => (
          <li key={stage.key}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="font-medium text-stone-900">{stage.label}</span>
              <span className="text-stone-700 tabular-nums">
                <span className="font-semibold text-stone-900">{formatCount(stage.count, locale)}</span>
                {stage.left !== null && stage.left > 0 ? (
                  <span className="ml-2">{m.insight_funnel_left({ count: formatCount(stage.left, locale) })}</span>
                ) : null}
              </span>
            </div>
            <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-1 h-3 w-full" data-stage={stage.key}>
              <rect x="0" y="0" width="100" height="6" rx="1" className="fill-stone-100" />
              <rect
                x="0"
                y="0"
                width={(stage.count / max) * 100}
                height="6"
                rx="1"
                className={stage.tone === 'step' ? 'fill-brand-600' : stage.tone === 'start' ? 'fill-stone-500' : 'fill-brand-800'}
              />
            </svg>
          </li>
        ))}
      </ol>
      <table className="sr-only">
        <caption>{m.insight_funnel_table_caption()}</caption>
        <thead>
          <tr>
            <th scope="col">{m.insight_funnel_col_stage()}</th>
            <th scope="col">{m.insight_funnel_col_reached()}</th>
            <th scope="col">{m.insight_funnel_col_left()}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.key}>
              <th scope="row">{stage.label}</th>
              <td>{formatCount(stage.count, locale)}</td>
              <td>{stage.left === null ? '' : formatCount(stage.left, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
