import { useId, useLayoutEffect, useRef, type FormEventHandler, type ReactNode, type RefObject } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { m } from '../../../paraglide/messages.js';

type StepFormProps = {
  title: string;
  intro?: ReactNode;
  autoFocusHeading: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onBack?: (() => void) | undefined;
  nextLabel?: string;
  busy?: boolean;
  /** A message about the whole step (e.g. sending failed), shown above the buttons. */
  alert?: ReactNode;
  children: ReactNode;
};

/**
 * The frame of every step: its heading (focused after a step change, so screen readers and
 * keyboards start at the top), the fields, and Back / Next. Enter in a field means Next.
 */
export function StepForm({
  title,
  intro,
  autoFocusHeading,
  formRef,
  onSubmit,
  onBack,
  nextLabel,
  busy = false,
  alert,
  children,
}: StepFormProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnMount = useRef(autoFocusHeading);
  // Layout effect: focus moves in the same commit, before anything else can run.
  useLayoutEffect(() => {
    if (focusOnMount.current) headingRef.current?.focus();
  }, []);

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="mt-6">
      <h1
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="scroll-mt-4 text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl"
      >
        {title}
      </h1>
      {intro ? <p className="mt-2 text-stone-700">{intro}</p> : null}
      <div className="mt-6 space-y-7">{children}</div>
      {alert ? (
        <div role="alert" className="mt-8 rounded-lg border border-red-300 bg-red-50 p-4 text-red-800">
          {alert}
        </div>
      ) : null}
      <div className="mt-8 flex items-center gap-3 border-t border-stone-200 pt-6">
        {onBack ? (
          <Button
            variant="secondary"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) onBack();
            }}
          >
            <span aria-hidden="true">←</span>
            {m.scan_back()}
          </Button>
        ) : null}
        {/* While sending the button stays focusable (aria-disabled, not disabled) so focus is
            not lost; a second press does nothing. */}
        <Button
          type="submit"
          className="ml-auto aria-disabled:cursor-wait aria-disabled:opacity-80"
          aria-disabled={busy || undefined}
          onClick={(event) => {
            if (busy) event.preventDefault();
          }}
        >
          {busy ? m.scan_submitting() : (nextLabel ?? m.scan_next())}
          {busy ? null : <span aria-hidden="true">→</span>}
        </Button>
      </div>
    </form>
  );
}
