import { useEffect } from 'react';
import { formatDateTime } from '#shared/format/format.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { AdminPage, PageLoading } from '../../../components/admin/admin-page.tsx';
import { useSettings } from '../api/get-settings.ts';
import { SettingsForm } from './settings-form.tsx';

const sections = [
  { id: 'settings-about', title: m.adminsettings_about_heading },
  { id: 'settings-branding', title: m.adminsettings_branding_heading },
  { id: 'settings-rate', title: m.adminsettings_rate_heading },
  { id: 'settings-offers', title: m.adminsettings_offers_heading },
  { id: 'settings-trust', title: m.adminsettings_trust_heading },
  { id: 'settings-embed', title: m.adminsettings_embed_heading },
  { id: 'settings-retention', title: m.adminsettings_retention_heading },
] as const;

/**
 * /admin/settings: who she is, her branding, rate and packages, her other offers (trial task,
 * prepaid bundles) and briefing share, her trust-plan texts, where the
 * scan may be embedded (with the snippet) and how long intakes are kept.
 * Rendered by the back office (AdminApp), behind its session gate and inside its connection.
 */
export function SettingsPage() {
  const { locale } = useLocale();
  const settings = useSettings();
  const loaded = settings.data !== undefined;

  // Arriving at one section (/admin/settings#settings-about, from the setup checklist): once the
  // form is there, its heading takes focus, which also scrolls it into view.
  useEffect(() => {
    if (!loaded) return;
    const id = window.location.hash.slice(1);
    if (sections.some((section) => section.id === id)) document.getElementById(`${id}-heading`)?.focus();
  }, [loaded]);

  if (settings.isPending) return <PageLoading label={m.adminsettings_loading()} />;

  return (
    <AdminPage title={m.adminsettings_heading()}>
      {/* From 1280 px the section links stand beside the form and stay in view. */}
      <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_13rem] xl:gap-x-10">
        <div className="xl:col-start-1">
          <p className="mt-2 max-w-prose text-stone-700">{m.adminsettings_applies_to_new()}</p>
          {settings.data ? (
            <p className="mt-1 text-sm text-stone-600">
              {settings.data.updatedAt
                ? m.adminsettings_last_saved({ when: formatDateTime(settings.data.updatedAt, locale) })
                : m.adminsettings_defaults_in_use()}
            </p>
          ) : null}
        </div>
        {/* A failed refetch later keeps the form (and unsaved changes): only no data at all is an error. */}
        {settings.data === undefined ? (
          <div role="alert" className="mt-8 rounded-lg border border-red-300 bg-red-50 p-4 text-red-800 xl:col-start-1">
            <p>{m.adminsettings_load_failed()}</p>
            <Button
              variant="secondary"
              className="mt-3"
              aria-disabled={settings.isFetching || undefined}
              onClick={() => {
                if (!settings.isFetching) void settings.refetch();
              }}
            >
              {m.adminsettings_retry()}
            </Button>
          </div>
        ) : (
          <>
            <nav
              aria-label={m.adminsettings_sections_label()}
              className="mt-5 xl:sticky xl:top-6 xl:col-start-2 xl:row-span-2 xl:row-start-1 xl:mt-2 xl:self-start"
            >
              <ul className="flex flex-wrap gap-2 xl:flex-col">
                {sections.map((section) => (
                  <li key={section.id}>
                    <a
                      href={`#${section.id}`}
                      className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium text-brand-800 hover:border-brand-600 hover:bg-brand-50 xl:flex"
                    >
                      {section.title()}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="mt-6 xl:col-start-1">
              <SettingsForm settings={settings.data} />
            </div>
          </>
        )}
      </div>
    </AdminPage>
  );
}
