import { ConfirmPanel } from '../../../components/ui/confirm-panel.tsx';
import { useConfirmStep } from '../../../components/ui/use-confirm-step.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useEraseIntake } from '../api/erase-intake.ts';
import { isReauthRequired, useReauthGate } from '../../../components/admin/use-reauth-gate.tsx';

/**
 * "Erase" with an inline confirm step (as the prospect's own erase on the result page): the
 * panel says what goes and that it is final; focus moves to it; Escape or "cancel" closes it
 * and returns focus to the button.
 */
export function EraseIntake({ id, name, onErased }: { id: string; name: string; onErased: () => void }) {
  useLocale();
  const erase = useEraseIntake(id, { onErased });
  const pending = erase.isPending;
  const { confirming, open, cancel, openButton, confirmHeading, headingId, textId } = useConfirmStep(pending);
  // Erasure is for good: her password (and code) first, unless confirmed minutes ago.
  const reauth = useReauthGate();
  const eraseNow = () =>
    erase.mutate(undefined, {
      onError: (error) => {
        if (isReauthRequired(error)) reauth.retry(eraseNow);
      },
    });

  return (
    <div className="mt-4 border-t border-stone-200 pt-4">
      {confirming ? (
        <ConfirmPanel
          headingId={headingId}
          textId={textId}
          headingRef={confirmHeading}
          onCancel={cancel}
          heading={m.admin_erase_confirm_heading()}
          text={m.admin_erase_confirm_text({ name })}
          failure={erase.isError && !isReauthRequired(erase.error) ? m.admin_erase_failed() : null}
        >
          <div className="mt-4 grid gap-2">
            <button
              type="button"
              onClick={() => {
                if (!pending) reauth.run(eraseNow);
              }}
              aria-disabled={pending}
              className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 aria-disabled:opacity-70"
            >
              {pending ? m.admin_erase_pending() : m.admin_erase_confirm()}
            </button>
            <Button variant="secondary" onClick={cancel} aria-disabled={pending || undefined}>
              {m.admin_erase_cancel()}
            </Button>
          </div>
        </ConfirmPanel>
      ) : (
        <button
          ref={openButton}
          type="button"
          onClick={open}
          className="inline-flex min-h-11 w-full items-center justify-center rounded-lg border-2 border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
        >
          {m.admin_erase_button()}
        </button>
      )}
      {reauth.dialog}
    </div>
  );
}
