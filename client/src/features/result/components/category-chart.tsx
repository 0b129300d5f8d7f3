import { formatHours } from '#shared/format/format.ts';
import type { CategoryTotal } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { localized } from './result-labels.ts';

const BAR_HEIGHT = 8;
const BAR_GAP = 4;

/**
 * Per category: the hours it takes now against the hours freed, as two bars in plain SVG.
 * All categories share one scale, so the bars compare across categories too. Each chart is an
 * image with its numbers as its name; the visible numbers repeat it for sighted readers only.
 */
export function CategoryChart({ categories }: { categories: readonly CategoryTotal[] }) {
  const { locale } = useLocale();
  if (categories.length === 0) return null;
  const max = Math.max(1, ...categories.map((c) => c.enteredMinutes));
  const width = (minutes: number) => (minutes / max) * 100;

  return (
    <section aria-labelledby="result-chart-heading" className="break-inside-avoid">
      <h2 id="result-chart-heading" className="text-xl font-semibold text-stone-900">
        {m.result_chart_heading()}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{m.result_chart_intro()}</p>
      <p aria-hidden="true" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm bg-stone-500 print-exact" />
          {m.result_chart_legend_entered()}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm bg-brand-600 print-exact" />
          {m.result_chart_legend_freed()}
        </span>
      </p>
      <ul role="list" className="mt-3 space-y-3 rounded-xl border border-stone-200 bg-white p-4">
        {categories.map((category) => {
          const entered = formatHours(category.enteredMinutes, locale);
          const freed = formatHours(category.freedMinutes, locale);
          const name = localized(category.label, locale);
          return (
            <li key={category.categoryId} className="break-inside-avoid">
              <p className="text-sm font-medium text-stone-900" aria-hidden="true">
                {name}
              </p>
              <div className="mt-1 grid grid-cols-[1fr_auto] items-center gap-x-3">
                <svg
                  role="img"
                  aria-label={m.result_chart_label({ category: name, entered, freed })}
                  viewBox={`0 0 100 ${BAR_HEIGHT * 2 + BAR_GAP}`}
                  preserveAspectRatio="none"
                  className="h-5 w-full print-exact"
                >
                  <rect x="0" y="0" height={BAR_HEIGHT} width="100" className="fill-stone-100" />
                  <rect x="0" y="0" height={BAR_HEIGHT} width={width(category.enteredMinutes)} className="fill-stone-500" />
                  <rect
                    x="0"
                    y={BAR_HEIGHT + BAR_GAP}
                    height={BAR_HEIGHT}
                    width="100"
                    className="fill-stone-100"
                  />
                  <rect
                    x="0"
                    y={BAR_HEIGHT + BAR_GAP}
                    height={BAR_HEIGHT}
                    width={width(category.freedMinutes)}
                    className="fill-brand-600"
                  />
                </svg>
                <p aria-hidden="true" className="text-right text-xs leading-tight text-stone-700 tabular-nums">
                  <span className="block">{entered}</span>
                  <span className="block font-medium text-brand-700">{freed}</span>
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
