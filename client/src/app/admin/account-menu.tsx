import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { SignedInVaDto } from '#shared/schemas/auth.ts';
import { Button } from '../../components/ui/button.tsx';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';
import { useSignOutEverywhere } from '../../hooks/use-sign-out-everywhere.ts';
import { useSignOut } from '../../lib/admin/sign-out.ts';
import { secondaryLinkClass } from '../../components/admin/styles.ts';

/**
 * The VA's name in the header; it opens a small panel with her account page (password,
 * sessions) and sign-out here or everywhere.
 * A disclosure (button + panel), not an ARIA menu: Tab moves through it as through the page.
 * Escape or a click elsewhere closes it.
 */
export function AccountMenu({ va }: { va: SignedInVaDto }) {
  useLocale();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const signOut = useSignOut();
  const everywhere = useSignOutEverywhere(signOut);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const signOutHere = () => {
    if (!signOut.isPending) signOut.mutate('here');
  };

  return (
    <div
      ref={container}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) close();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 font-medium text-stone-800 hover:border-brand-600 hover:bg-brand-50"
      >
        <span className="sr-only">{m.admin_account_label()}: </span>
        {/* On a phone a figure stands for the name and the arrow, so the header keeps to one line. */}
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current sm:hidden">
          <path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0 1 1 0 0 1-1 1H4a1 1 0 0 1-1-1Z" />
        </svg>
        <span className="max-w-40 truncate max-sm:sr-only">{va.name}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 fill-current transition-transform max-sm:hidden ${open ? 'rotate-180' : ''}`}>
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-2 w-72 rounded-xl border border-stone-200 bg-white p-4 shadow-lg"
      >
        <p className="text-sm text-stone-700">
          {m.admin_account_signed_in_as()} <strong className="font-semibold text-stone-900">{va.name}</strong>
          <br />
          <span className="break-all">{va.email}</span>
        </p>
        <div className="mt-3 grid gap-2">
          <Link href="/account" className={secondaryLinkClass} onClick={() => setOpen(false)}>
            {m.account_nav()}
          </Link>
          <Button variant="secondary" onClick={signOutHere} aria-disabled={signOut.isPending || undefined}>
            {m.admin_sign_out()}
          </Button>
          <Button variant="quiet" onClick={everywhere.signOutEverywhere} aria-disabled={signOut.isPending || undefined} aria-describedby={`${panelId}-everywhere`}>
            {m.admin_sign_out_everywhere()}
          </Button>
          <p id={`${panelId}-everywhere`} className="text-sm text-stone-600">
            {m.admin_sign_out_everywhere_hint()}
          </p>
        </div>
        {everywhere.failed ? (
          <p role="alert" className="mt-2 text-sm font-medium text-red-800">
            {m.admin_sign_out_failed()}
          </p>
        ) : null}
      </div>
      {everywhere.dialog}
    </div>
  );
}
