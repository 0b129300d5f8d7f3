import { Suspense, useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { QueryGate } from '../../../lib/query-layer.tsx';
import { m } from '../../../paraglide/messages.js';
import type { ScanDraft } from '../utils/draft-storage.ts';
import type { ResumeLaterDialog } from './resume-later-dialog.tsx';

/**
 * "Later verder", under every step: opens the dialog that e-mails a link to continue later.
 * The dialog's code loads on the first press (it is not part of the scan's first load); focus
 * goes back to the button when the dialog closes.
 */
export function ResumeLater({ getDraft }: { getDraft: () => ScanDraft }) {
  useLocale();
  const [Dialog, setDialog] = useState<typeof ResumeLaterDialog | null>(null);
  const [open, setOpen] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);

  const openDialog = () => {
    setLoadFailed(false);
    import('./resume-later-dialog.tsx').then(
      (module) => {
        setDialog(() => module.ResumeLaterDialog);
        setOpen(true);
      },
      () => setLoadFailed(true),
    );
  };

  return (
    <div className="mt-8 rounded-xl bg-stone-100 px-4 py-3">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <p className="text-stone-700">{m.scan_resume_later_lead()}</p>
        <Button ref={buttonRef} variant="quiet" aria-haspopup="dialog" onClick={openDialog}>
          {m.scan_resume_later_open()}
        </Button>
      </div>
      {loadFailed ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {m.scan_resume_offline()}
        </p>
      ) : null}
      {open && Dialog ? (
        // react-query (the dialog sends through it) has loaded right after the first paint.
        <Suspense fallback={null}>
          <QueryGate>
            <Dialog getDraft={getDraft} onClose={() => setOpen(false)} />
          </QueryGate>
        </Suspense>
      ) : null}
    </div>
  );
}
