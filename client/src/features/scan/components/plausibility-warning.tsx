import { useEffect, useId, useRef } from 'react';
import { formatHours } from '#shared/format/format.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';

type PlausibilityWarningProps = {
  taskMinutes: number;
  workedMinutes: number;
  hoursPerWeek: number;
  /** Back to the hours (the warning closes). */
  onFix: () => void;
  /** The hours are right: on to step 3. */
  onContinue: () => void;
};

/**
 * Before step 3: the tasks take more time than the whole working month, most likely because a
 * task's hours were entered per week. A friendly question, not a refusal: the prospect can fix
 * the hours or say they are right. It takes focus, so a screen reader reads it at once.
 */
export function PlausibilityWarning({ taskMinutes, workedMinutes, hoursPerWeek, onFix, onContinue }: PlausibilityWarningProps) {
  const { locale } = useLocale();
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div
      ref={panel}
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-text`}
      tabIndex={-1}
      className="rounded-xl border-2 border-amber-400 bg-amber-50 p-4"
    >
      <h2 id={headingId} className="text-lg font-semibold text-stone-900">
        {m.scan_plausibility_heading()}
      </h2>
      <p id={`${headingId}-text`} className="mt-1 text-stone-800">
        {m.scan_plausibility_text({
          tasks: formatHours(taskMinutes, locale),
          worked: formatHours(workedMinutes, locale),
          perWeek: String(hoursPerWeek),
        })}
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <Button onClick={onFix}>{m.scan_plausibility_fix()}</Button>
        <Button variant="secondary" onClick={onContinue}>
          {m.scan_plausibility_continue()}
        </Button>
      </div>
    </div>
  );
}
