import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { AdminPage } from '../../../components/admin/admin-page.tsx';
import { ChangePasswordSection } from './change-password-section.tsx';
import { SessionsSection } from './sessions-section.tsx';
import { TwoFactorSection } from './two-factor-section.tsx';

/**
 * /admin/account, "Account en beveiliging": a list of sections, each its own file and its own
 * <section> with an <h2>.
 */
export function AccountPage() {
  useLocale();
  return (
    <AdminPage title={m.account_title()}>
      <p className="mt-2 max-w-prose text-stone-700">{m.account_intro()}</p>
      <div className="mt-6 grid max-w-3xl gap-6">
        <ChangePasswordSection />
        <TwoFactorSection />
        <SessionsSection />
      </div>
    </AdminPage>
  );
}
