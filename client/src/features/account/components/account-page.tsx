import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { AdminPage } from '../../admin/components/admin-page.tsx';
import { TwoFactorSection } from './two-factor-section.tsx';

/** /admin/account: how she signs in. Each section is its own component. */
export function AccountPage() {
  useLocale();
  return (
    <AdminPage title={m.twofa_account_title()}>
      <p className="mt-2 max-w-prose text-stone-700">{m.twofa_account_intro()}</p>
      <div className="mt-6 space-y-6">
        <TwoFactorSection />
      </div>
    </AdminPage>
  );
}
