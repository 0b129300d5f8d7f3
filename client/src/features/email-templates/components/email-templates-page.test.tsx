import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmailTemplate, EmailTemplateInput } from '#shared/schemas/email.ts';
import { TEST_SESSION, apiError, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';

function buildTemplates(): EmailTemplate[] {
  return [
    {
      id: 'tpl-3-days',
      name: 'Na 3 dagen',
      subject: { nl: 'Hoi {{firstName}}, heb je je uitslag al bekeken?', en: 'Hi {{firstName}}, have you seen your results?' },
      body: { nl: 'Hoi ,\n\nJe kunt {{hoursFreed}} per maand vrijmaken.', en: 'Hi {{firstName}},\n\nYou could free up {{hoursFreed}} a month.' },
      schedule: { enabled: true, delayDays: 3 },
      updatedAt: '2026-11-02T09:00:00.000Z',
    },
    {
      id: 'tpl-personal',
      name: 'Persoonlijke follow-up',
      subject: { nl: 'Je delegatiescan', en: 'Your delegation scan' },
      body: { nl: 'Dank je wel!', en: 'Thank you!' },
      schedule: { enabled: false, delayDays: null },
      updatedAt: '2026-11-01T09:00:00.000Z',
    },
  ];
}

/**
 * /api/admin/email-templates over templates held in memory; changes change them. `refuse`
 * answers a save with the server's 422 instead (a check only the server makes).
 */
function templatesApi({ refuse }: { refuse?: { path: string; message: string } } = {}) {
  let templates = buildTemplates();
  const handle = (request: ApiRequest) => {
    const { method, url } = request;
    if (!url.pathname.startsWith('/api/admin/email-templates')) return undefined;
    const id = decodeURIComponent(url.pathname.split('/')[4] ?? '');
    if (method === 'GET') return json(200, templates);
    if ((method === 'POST' || method === 'PUT') && refuse) {
      return json(422, { error: { code: 'validation_failed', message: 'The request is not valid.', issues: [refuse] } });
    }
    const input = request.body as EmailTemplateInput;
    if (method === 'POST') {
      const created: EmailTemplate = { id: 'tpl-new', ...input, updatedAt: '2026-11-05T10:00:00.000Z' };
      templates = [...templates, created];
      return json(201, created);
    }
    if (method === 'PUT') {
      const updated: EmailTemplate = { id, ...input, updatedAt: '2026-11-05T10:00:00.000Z' };
      templates = templates.map((template) => (template.id === id ? updated : template));
      return json(200, updated);
    }
    if (method === 'DELETE') {
      templates = templates.filter((template) => template.id !== id);
      return json(200, { deleted: true });
    }
    return apiError(405, 'method_not_allowed');
  };
  return handle;
}

/** The page's heading, once its lazily loaded code is there (the first time takes a while). */
const pageHeading = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

const changes = (requests: ApiRequest[]) => requests.filter((request) => request.method !== 'GET');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('/admin/email-templates', () => {
  it('lists the templates with whether and when each goes out by itself', async () => {
    renderAdmin('/admin/email-templates', { handle: templatesApi() });
    await pageHeading('E-mailsjablonen');
    const items = within(screen.getByRole('main')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Na 3 dagen');
    expect(items[0]).toHaveTextContent('Gaat automatisch 3 dagen na de scan');
    expect(items[1]).toHaveTextContent('Persoonlijke follow-up');
    expect(items[1]).toHaveTextContent('Alleen als jij hem verstuurt');
    expect(within(items[0]!).getByRole('link', { name: 'Bewerken sjabloon ‘Na 3 dagen’' })).toHaveAttribute(
      'href',
      '/admin/email-templates/tpl-3-days',
    );
    expect(screen.getByRole('link', { name: 'Nieuw sjabloon' })).toHaveAttribute('href', '/admin/email-templates/new');
  });

  it('inserts a merge field at the cursor, saves with the CSRF token and says so on the list', async () => {
    const { user, requests, location } = renderAdmin('/admin/email-templates/tpl-3-days', { handle: templatesApi() });
    await pageHeading('Sjabloon bewerken');
    expect(screen.getByRole('textbox', { name: 'Naam van het sjabloon' })).toHaveValue('Na 3 dagen');

    // The cursor after "Hoi " in the Dutch text; the button puts {{firstName}} there.
    const body = screen.getByRole('textbox', { name: 'Tekst (Nederlands)' }) as HTMLTextAreaElement;
    await user.click(body);
    body.setSelectionRange(4, 4);
    const dutchFields = screen.getByRole('group', { name: 'Samenvoegveld invoegen (Nederlands)' });
    const firstName = within(dutchFields).getByRole('button', { name: 'Voornaam invoegen' });
    expect(firstName).toHaveAccessibleDescription('De voornaam van de ondernemer, zoals ingevuld in de scan.');
    await user.click(firstName);
    expect(body).toHaveValue('Hoi {{firstName}},\n\nJe kunt {{hoursFreed}} per maand vrijmaken.');
    expect(body).toHaveFocus();
    expect(body.selectionStart).toBe(17);

    // Into the subject, where the cursor is now.
    const subject = screen.getByRole('textbox', { name: 'Onderwerp (Engels)' }) as HTMLInputElement;
    await user.clear(subject);
    await user.type(subject, 'Your free hours: ');
    await user.click(within(screen.getByRole('group', { name: 'Samenvoegveld invoegen (Engels)' })).getByRole('button', { name: 'Vrij te maken uren invoegen' }));
    expect(subject).toHaveValue('Your free hours: {{hoursFreed}}');

    const days = screen.getByRole('textbox', { name: 'Na hoeveel dagen?' });
    await user.clear(days);
    await user.type(days, '5');
    await user.click(screen.getByRole('button', { name: 'Sjabloon opslaan' }));

    await pageHeading('E-mailsjablonen');
    expect(location().pathname).toBe('/admin/email-templates');
    expect(screen.getByText('Je wijzigingen in ‘Na 3 dagen’ zijn opgeslagen.')).toBeInTheDocument();
    const [put] = changes(requests);
    expect(put?.method).toBe('PUT');
    expect(put?.url.pathname).toBe('/api/admin/email-templates/tpl-3-days');
    expect(put?.headers.get('X-CSRF-Token')).toBe(TEST_SESSION.csrfToken);
    expect(put?.body).toEqual({
      name: 'Na 3 dagen',
      subject: { nl: 'Hoi {{firstName}}, heb je je uitslag al bekeken?', en: 'Your free hours: {{hoursFreed}}' },
      body: { nl: 'Hoi {{firstName}},\n\nJe kunt {{hoursFreed}} per maand vrijmaken.', en: 'Hi {{firstName}},\n\nYou could free up {{hoursFreed}} a month.' },
      schedule: { enabled: true, delayDays: 5 },
    });
    await waitFor(() => expect(screen.getByText('Gaat automatisch 5 dagen na de scan')).toBeInTheDocument());
  });

  it('refuses an unknown merge field on its field, and the server’s refusal too', async () => {
    const { user, requests } = renderAdmin('/admin/email-templates/tpl-personal', {
      handle: templatesApi({ refuse: { path: 'body.en', message: 'Unknown merge field: {{fullName}}' } }),
    });
    await pageHeading('Sjabloon bewerken');
    const dutchBody = screen.getByRole('textbox', { name: 'Tekst (Nederlands)' });
    await user.type(dutchBody, ' Groetjes, {{{{voornaam}}');
    await user.click(screen.getByRole('button', { name: 'Sjabloon opslaan' }));

    expect(await screen.findByText(/Dit samenvoegveld kennen we niet: \{\{voornaam\}\}/)).toBeInTheDocument();
    expect(dutchBody).toHaveAttribute('aria-invalid', 'true');
    expect(dutchBody).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Nog niet alles klopt.');
    expect(changes(requests)).toHaveLength(0);

    // Corrected, the form sends; this server refuses the English text (a check of its own).
    await user.clear(dutchBody);
    await user.type(dutchBody, 'Dank je wel, {{{{firstName}}!');
    await waitFor(() => expect(dutchBody).not.toHaveAttribute('aria-invalid'));
    await user.click(screen.getByRole('button', { name: 'Sjabloon opslaan' }));
    const englishBody = screen.getByRole('textbox', { name: 'Tekst (Engels)' });
    await waitFor(() => expect(englishBody).toHaveAttribute('aria-invalid', 'true'));
    expect(englishBody).toHaveAccessibleDescription(expect.stringContaining('Dit samenvoegveld kennen we niet: {{fullName}}'));
    expect(englishBody).toHaveFocus();
    expect(changes(requests)).toHaveLength(1);
  });

  it('asks for the number of days when the schedule is switched on', async () => {
    const { user, requests } = renderAdmin('/admin/email-templates/tpl-personal', { handle: templatesApi() });
    await pageHeading('Sjabloon bewerken');
    const group = screen.getByRole('group', { name: 'Automatisch versturen' });
    expect(group).toHaveAccessibleDescription(expect.stringContaining('toestemming gaven voor follow-upmails'));
    expect(group).toHaveAccessibleDescription(expect.stringContaining('worden de mails die nog gepland staan geannuleerd'));
    await user.click(within(group).getByRole('checkbox', { name: 'Automatisch versturen na een aantal dagen' }));
    await user.click(screen.getByRole('button', { name: 'Sjabloon opslaan' }));
    const days = screen.getByRole('textbox', { name: 'Na hoeveel dagen?' });
    await waitFor(() => expect(days).toHaveFocus());
    expect(days).toHaveAccessibleDescription('Vul in na hoeveel dagen de mail automatisch moet gaan.');
    await user.type(days, '120');
    expect(days).toHaveAccessibleDescription('Kies een heel aantal dagen, van 1 tot en met 90.');
    expect(changes(requests)).toHaveLength(0);
  });

  it('creates a template', async () => {
    const { user, requests } = renderAdmin('/admin/email-templates', { handle: templatesApi() });
    await user.click(await screen.findByRole('link', { name: 'Nieuw sjabloon' }));
    await pageHeading('Nieuw sjabloon');
    await user.type(screen.getByRole('textbox', { name: 'Naam van het sjabloon' }), 'Na een week');
    await user.type(screen.getByRole('textbox', { name: 'Onderwerp (Nederlands)' }), 'Nog even over je scan');
    await user.type(screen.getByRole('textbox', { name: 'Tekst (Nederlands)' }), 'Hoi ');
    await user.click(within(screen.getByRole('group', { name: 'Samenvoegveld invoegen (Nederlands)' })).getByRole('button', { name: 'Voornaam invoegen' }));
    await user.type(screen.getByRole('textbox', { name: 'Onderwerp (Engels)' }), 'About your scan');
    await user.type(screen.getByRole('textbox', { name: 'Tekst (Engels)' }), 'Hi there');
    await user.click(screen.getByRole('button', { name: 'Sjabloon opslaan' }));
    await screen.findByText('Sjabloon ‘Na een week’ is opgeslagen.');
    expect(changes(requests)[0]?.body).toEqual({
      name: 'Na een week',
      subject: { nl: 'Nog even over je scan', en: 'About your scan' },
      body: { nl: 'Hoi {{firstName}}', en: 'Hi there' },
      schedule: { enabled: false, delayDays: null },
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'Na een week' })).toBeInTheDocument();
  });

  it('deletes a template only after confirming, and Escape steps back', async () => {
    const { user, requests } = renderAdmin('/admin/email-templates', { handle: templatesApi() });
    await pageHeading('E-mailsjablonen');
    const removeButton = () => screen.getByRole('button', { name: 'Verwijderen sjabloon ‘Na 3 dagen’' });
    await user.click(removeButton());
    expect(screen.getByRole('heading', { name: '‘Na 3 dagen’ verwijderen?' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(removeButton()).toHaveFocus();
    expect(changes(requests)).toHaveLength(0);

    await user.click(removeButton());
    await user.click(screen.getByRole('button', { name: 'Ja, verwijder het sjabloon' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Sjabloon ‘Na 3 dagen’ is verwijderd.');
    expect(screen.getByRole('heading', { level: 2, name: 'Je sjablonen' })).toHaveFocus();
    expect(changes(requests).map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
      'DELETE /api/admin/email-templates/tpl-3-days',
    ]);
    await waitFor(() => expect(within(screen.getByRole('main')).getAllByRole('listitem')).toHaveLength(1));
  });
});
