import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ApiRequestError } from '../../lib/api-error.ts';
import { forgetReauthentication, isReauthenticated } from '../../lib/admin/reauthenticate.ts';
import { ReauthDialog } from './reauth-dialog.tsx';

/** The server's answer to an export or erasure without a recent re-authentication. */
export function isReauthRequired(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 403 && error.code === 'reauth_required';
}

/**
 * Runs an action that needs a recent re-authentication (the CSV export, erasure): at once when
 * this tab re-authenticated in the last minutes, otherwise after the ReauthDialog. `retry` is
 * for an action that met 403 reauth_required all the same (the server's clock decides). Render
 * `dialog` somewhere in the component.
 */
export function useReauthGate(): { run: (action: () => void) => void; retry: (action: () => void) => void; dialog: ReactNode } {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const pending = useRef<(() => void) | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const ask = useCallback((action: () => void) => {
    pending.current = action;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const run = useCallback(
    (action: () => void) => (isReauthenticated(queryClient) ? action() : ask(action)),
    [ask, queryClient],
  );
  const retry = useCallback(
    (action: () => void) => {
      forgetReauthentication(queryClient);
      ask(action);
    },
    [ask, queryClient],
  );

  const close = () => {
    setOpen(false);
    pending.current = null;
    returnFocus.current?.focus();
  };
  const dialog = open ? (
    <ReauthDialog
      onClose={close}
      onConfirmed={() => {
        const action = pending.current;
        setOpen(false);
        pending.current = null;
        returnFocus.current?.focus();
        action?.();
      }}
    />
  ) : null;
  return { run, retry, dialog };
}
