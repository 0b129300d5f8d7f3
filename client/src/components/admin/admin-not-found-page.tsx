import { Link } from 'wouter';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';
import { INBOX_PATH } from '../../lib/admin/paths.ts';
import { AdminPage } from './admin-page.tsx';
import { primaryLinkClass } from './styles.ts';

export function AdminNotFoundPage() {
  useLocale();
  return (
    <AdminPage title={m.admin_not_found_title()}>
      <p className="mt-3 text-stone-700">{m.admin_not_found_text()}</p>
      <Link href={INBOX_PATH} className={`mt-6 ${primaryLinkClass}`}>
        {m.admin_back_to_inbox()}
      </Link>
    </AdminPage>
  );
}
