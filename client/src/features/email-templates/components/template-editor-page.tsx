import { Link, useParams } from 'wouter';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { TEMPLATES_PATH } from '../utils/paths.ts';
import { AdminPage, PageLoading } from '../../../components/admin/admin-page.tsx';
import { useEmailTemplates } from '../../../lib/admin/get-email-templates.ts';
import { TemplatesLoadFailed } from './templates-load-failed.tsx';
import { TemplateForm } from './template-form.tsx';

function BackLink() {
  return (
    <Link href={TEMPLATES_PATH} className="inline-flex min-h-11 items-center gap-1 rounded font-medium text-brand-800 underline-offset-4 hover:underline">
      <span aria-hidden="true">←</span> {m.emailtemplates_back()}
    </Link>
  );
}

/** /admin/email-templates/new: a new template, empty. */
export function NewTemplatePage() {
  useLocale();
  return (
    <AdminPage title={m.emailtemplates_new_heading()} before={<BackLink />}>
      <TemplateForm template={null} />
    </AdminPage>
  );
}

/** /admin/email-templates/:id: one template, from the list the templates page loaded (or loads now). */
export function EditTemplatePage() {
  useLocale();
  const { id = '' } = useParams<{ id?: string }>();
  const templates = useEmailTemplates();

  if (templates.isPending) return <PageLoading label={m.emailtemplates_loading()} />;
  if (templates.data === undefined) {
    return (
      <AdminPage title={m.emailtemplates_edit_heading()} before={<BackLink />}>
        <TemplatesLoadFailed templates={templates} className="mt-4" />
      </AdminPage>
    );
  }

  const template = templates.data.find((candidate) => candidate.id === id);
  if (!template) {
    return (
      <AdminPage title={m.emailtemplates_not_found_title()} before={<BackLink />}>
        <p className="mt-3 text-stone-700">{m.emailtemplates_not_found_text()}</p>
      </AdminPage>
    );
  }

  return (
    <AdminPage title={m.emailtemplates_edit_heading()} before={<BackLink />}>
      {/* A fresh form per template: its starting values are that template's. */}
      <TemplateForm key={template.id} template={template} />
    </AdminPage>
  );
}
