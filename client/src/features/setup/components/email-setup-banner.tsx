import { Link } from 'wouter';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useSetup } from '../../../lib/admin/get-setup.ts';

/**
 * Under the back office's header on every page while no mail server is set up (SMTP_URL): she
 * should not believe that her prospects or she herself get e-mail. Links to the outbox, which
 * says why nothing leaves and keeps every message readable.
 */
export function EmailSetupBanner() {
  useLocale();
  const setup = useSetup();
  if (!setup.data || setup.data.email.configured) return null;
  return (
    <div className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className="mx-auto w-full max-w-6xl px-4 py-2 sm:px-6">
        <strong className="font-semibold">{m.setup_banner()}</strong> {m.setup_banner_detail()}{' '}
        <Link href="/outbox" className="font-medium underline underline-offset-4">
          {m.setup_banner_link()}
        </Link>
      </p>
    </div>
  );
}
