import { ConfirmPanel } from '../../../components/ui/confirm-panel.tsx';
import { useConfirmStep } from '../../../components/ui/use-confirm-step.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';

export type EraseStatus = 'idle' | 'pending' | 'failed';

type EraseDataProps = {
  status: EraseStatus;
  onConfirm: () => void;
};

/**
 * "Erase my data" with an inline confirm step: the button opens a panel that says what goes
 * and that it is final; focus moves to it, Escape or "keep" closes it and returns focus.
 * (Inline rather than a modal <dialog>: nothing else on the page needs to be blocked.)
 */
export function EraseData({ status, onConfirm }: EraseDataProps) {
  useLocale();
  const pending = status === 'pending';
  const { confirming, open, cancel, openButton, confirmHeading, headingId, textId } = useConfirmStep(pending);

  return (
    <section aria-labelledby="result-erase-heading" className="break-inside-avoid print:hidden">
      <h2 id="result-erase-heading" className="text-xl font-semibold text-stone-900">
        {m.result_erase_heading()}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{m.result_erase_intro()}</p>
      {confirming ? (
        <ConfirmPanel
          headingId={headingId}
          textId={textId}
          headingRef={confirmHeading}
          onCancel={cancel}
          heading={m.result_erase_confirm_heading()}
          text={m.result_erase_confirm_text()}
          failure={status === 'failed' ? m.result_erase_failed() : null}
          className="mt-3"
        >
          <div className="mt-4 flex flex-col gap-3 sm:flex-row">
            <button
              type="button"
              onClick={() => {
                if (!pending) onConfirm();
              }}
              aria-disabled={pending}
              aria-describedby={textId}
              className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-5 py-2.5 font-semibold text-white hover:bg-red-800 aria-disabled:opacity-70"
            >
              {pending ? m.result_erase_pending() : m.result_erase_confirm()}
            </button>
            <button
              type="button"
              onClick={cancel}
              aria-disabled={pending}
              className="inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-stone-400 bg-white px-5 py-2.5 font-semibold text-stone-900 hover:bg-stone-100 aria-disabled:opacity-70"
            >
              {m.result_erase_cancel()}
            </button>
          </div>
          {pending ? (
            <p role="status" className="sr-only">
              {m.result_erase_pending()}
            </p>
          ) : null}
        </ConfirmPanel>
      ) : (
        <button
          ref={openButton}
          type="button"
          onClick={open}
          className="mt-3 inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-red-700 bg-white px-5 py-2.5 font-semibold text-red-800 hover:bg-red-50"
        >
          {m.result_erase_button()}
        </button>
      )}
    </section>
  );
}
