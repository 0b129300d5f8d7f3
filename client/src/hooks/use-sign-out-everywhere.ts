import type { useSignOut } from '../lib/admin/sign-out.ts';
import { isReauthRequired, useReauthGate } from '../components/admin/use-reauth-gate.tsx';

/**
 * "Sign out everywhere", the same from the account menu and the account page: it asks for her
 * password (and code) first, as the server does (ASVS 3.3.4), and again when the server finds
 * the confirmation too old. `signOut` is the sign-out mutation the caller also shows (the menu
 * signs out here with it too). Render `dialog`; `failed` is a failure to show (a refusal for
 * want of a confirmation is not one: the dialog asks).
 */
export function useSignOutEverywhere(signOut: ReturnType<typeof useSignOut>) {
  const gate = useReauthGate();
  const signOutEverywhere = () => {
    if (signOut.isPending) return;
    const action = () => signOut.mutate('everywhere', { onError: (error) => (isReauthRequired(error) ? gate.retry(action) : undefined) });
    gate.run(action);
  };
  return { signOutEverywhere, dialog: gate.dialog, failed: signOut.isError && !isReauthRequired(signOut.error) };
}
