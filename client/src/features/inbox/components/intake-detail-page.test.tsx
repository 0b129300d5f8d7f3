import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AdminIntakeDetail, IntakeStatus } from '#shared/schemas/admin-intakes.ts';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import { buildAboutAnswers } from '../../../../../tests/factories/scan-answers.ts';
import { TEST_SESSION, apiError, inboxItem, intakeDetail, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';

const answers: CreateIntakeInput = {
  locale: 'nl',
  about: buildAboutAnswers({ rateKind: 'target', painNote: 'Facturen blijven liggen.' }),
  tasks: {
    catalogueTasks: [{ taskId: 'meeting-scheduling', minutesPerMonth: 240, feeling: 'drains', skill: 'others-better', needsMe: 'no' }],
    customTasks: [
      { label: 'Workshops voorbereiden', categoryId: 'events-travel', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: 'yes' },
    ],
  },
  collaboration: { channels: ['email', 'video'], updateFrequency: 'weekly', concerns: ['control'], startPreference: 'trial-task' },
  contact: { name: 'Zoë de Vries', email: 'zoe@example.nl', company: 'Zoë Coaching', privacyConsent: true, followUpConsent: false },
};

function buildDetail(status: IntakeStatus = 'new'): AdminIntakeDetail {
  return intakeDetail(answers, {
    status,
    timeline: [
      { id: 'e1', type: 'submitted', at: '2026-11-03T10:00:00.000Z', data: null },
      { id: 'e2', type: 'result-opened', at: '2026-11-03T10:01:00.000Z', data: null },
      { id: 'e3', type: 'result-opened', at: '2026-11-05T08:00:00.000Z', data: null },
    ],
    resultOpens: { count: 2, lastOpenedAt: '2026-11-05T08:00:00.000Z' },
  });
}

/** The detail API over one intake held in memory; changes change it. */
function detailApi(start: AdminIntakeDetail = buildDetail()) {
  let detail: AdminIntakeDetail | null = start;
  const handle = (request: ApiRequest) => {
    const { method, url } = request;
    if (url.pathname === '/api/admin/intakes') {
      return json(200, { items: [inboxItem({ id: 'intake-1', unread: detail?.readAt === null })], nextCursor: null });
    }
    if (!url.pathname.startsWith('/api/admin/intakes/intake-1')) return undefined;
    if (!detail) return json(404, { error: { code: 'not_found', message: 'No such intake.' } });
    if (method === 'GET') return json(200, detail);
    if (method === 'PATCH' && url.pathname.endsWith('/status')) {
      const { status } = request.body as { status: IntakeStatus };
      detail = {
        ...detail,
        status,
        timeline: [
          ...detail.timeline,
          { id: 'e4', type: 'status-changed', at: '2026-11-06T12:00:00.000Z', data: { from: detail.status, to: status, by: { userId: 'u1', name: 'Sanne Jansen' } } },
        ],
      };
      return json(200, { id: detail.id, status, changed: true });
    }
    if (method === 'POST' && url.pathname.endsWith('/unread')) return json(200, { id: 'intake-1', readAt: null, unread: true });
    if (method === 'POST' && url.pathname.endsWith('/read')) {
      detail = { ...detail, readAt: detail.readAt ?? '2026-11-06T09:00:00.000Z' };
      return json(200, { id: 'intake-1', readAt: detail.readAt, unread: false });
    }
    if (method === 'DELETE') {
      detail = null;
      return json(200, { erased: true });
    }
    return undefined;
  };
  return handle;
}

const changes = (requests: ApiRequest[]) => requests.filter((request) => request.method !== 'GET');

describe('/admin/intakes/:id', () => {
  it('shows every answer, the result as the prospect sees it, and the timeline', async () => {
    renderAdmin('/admin/intakes/intake-1', { handle: detailApi() });
    await screen.findByRole('heading', { level: 1, name: 'Zoë de Vries' });
    const answersRegion = screen.getByRole('region', { name: 'Antwoorden' });
    expect(within(answersRegion).getByText('€ 85,00 (streeftarief)', { normalizer: (text) => text.replace(/\s+/g, ' ') })).toBeInTheDocument();
    expect(within(answersRegion).getByText('Facturen blijven liggen.')).toBeInTheDocument();
    expect(within(answersRegion).getByText('Nee, geen toestemming voor follow-upmails')).toBeInTheDocument();
    const tasks = within(answersRegion).getByRole('region', { name: 'Taken' });
    expect(within(tasks).getByRole('rowheader', { name: /Afspraken plannen met klanten/ })).toBeInTheDocument();
    expect(within(tasks).getByRole('rowheader', { name: /Workshops voorbereiden.*eigen taak/ })).toBeInTheDocument();

    const result = screen.getByRole('region', { name: 'De uitslag zoals Zoë die ziet' });
    expect(within(result).getByText('Hoi Zoë, dit is je delegatiescan')).toBeInTheDocument();
    expect(within(result).queryByRole('button', { name: 'Wis mijn gegevens' })).toBeNull();

    const timeline = screen.getByRole('region', { name: 'Tijdlijn' });
    expect(within(timeline).getAllByRole('listitem').map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Zoë stuurde de scan in',
      'Zoë bekeek de uitslag 2× (vanaf 3 nov 2026, 11:01)',
    ]);
  });

  it('saves a new status with the CSRF token, says so, and the timeline shows it', async () => {
    const { user, requests } = renderAdmin('/admin/intakes/intake-1', { handle: detailApi() });
    await screen.findByRole('heading', { level: 1, name: 'Zoë de Vries' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Gesprek gepland');
    // Choosing alone saves nothing (arrowing through the options must not).
    expect(changes(requests)).toHaveLength(0);
    const save = screen.getByRole('button', { name: 'Status opslaan' });
    await user.click(save);
    expect(await screen.findByText('Opgeslagen: de status is nu ‘Gesprek gepland’.')).toBeInTheDocument();
    const [patch] = changes(requests);
    expect(patch?.body).toEqual({ status: 'call-planned' });
    expect(patch?.headers.get('X-CSRF-Token')).toBe(TEST_SESSION.csrfToken);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Tijdlijn' })).toHaveTextContent('Status: Nieuw → Gesprek gepland (door Sanne Jansen)'),
    );
    expect(save).toHaveFocus();
  });

  it('opening an unread intake marks it read by an explicit POST, and the inbox shows it read', async () => {
    const { user, requests } = renderAdmin('/admin', { handle: detailApi({ ...buildDetail(), readAt: null }) });
    const table = await screen.findByRole('table', { name: 'Aanvragen' });
    expect(within(table).getByText('Ongelezen')).toBeInTheDocument();
    await user.click(within(table).getByRole('link', { name: 'Zoë de Vries' }));
    await screen.findByRole('heading', { level: 1, name: 'Zoë de Vries' });
    // Reading it changed nothing; the page said so itself, once, with the CSRF token.
    await waitFor(() => expect(changes(requests).map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
      'POST /api/admin/intakes/intake-1/read',
    ]));
    expect(changes(requests)[0]?.headers.get('X-CSRF-Token')).toBe(TEST_SESSION.csrfToken);
    await user.click(screen.getByRole('link', { name: /Terug naar de inbox/ }));
    const inbox = await screen.findByRole('table', { name: 'Aanvragen' });
    expect(within(inbox).getByRole('link', { name: 'Zoë de Vries' })).toBeInTheDocument();
    expect(within(inbox).queryByText('Ongelezen')).toBeNull();
    expect(changes(requests)).toHaveLength(1);
  });

  it('marks it unread and goes back to the inbox, which says so', async () => {
    const { user, location } = renderAdmin('/admin/intakes/intake-1', { handle: detailApi() });
    await screen.findByRole('heading', { level: 1, name: 'Zoë de Vries' });
    await user.click(screen.getByRole('button', { name: 'Markeer als ongelezen' }));
    const inbox = await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    expect(location().pathname).toBe('/admin');
    await waitFor(() => expect(inbox).toHaveFocus());
    expect(inbox).toHaveAccessibleDescription('De aanvraag van Zoë de Vries staat weer op ongelezen.');
  });

  it('erases only after a confirmation and her password, then goes back to the inbox', async () => {
    const api = detailApi();
    const { user, requests } = renderAdmin('/admin/intakes/intake-1', {
      handle: (request) => {
        if (request.url.pathname === '/api/auth/reauth') {
          const { password } = request.body as { password: string };
          return password === 'correct horse battery staple'
            ? json(200, { reauthenticatedUntil: new Date(Date.now() + 300_000).toISOString() })
            : apiError(403, 'invalid_password');
        }
        return api(request);
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Zoë de Vries' });
    await user.click(screen.getByRole('button', { name: 'Aanvraag wissen' }));
    const confirm = screen.getByRole('group', { name: 'Weet je het zeker?' });
    expect(confirm).toHaveAccessibleDescription(/Dit wist de aanvraag van Zoë de Vries voorgoed/);
    expect(within(confirm).getByRole('heading', { name: 'Weet je het zeker?' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Aanvraag wissen' })).toHaveFocus();
    expect(changes(requests)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Aanvraag wissen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, wis voorgoed' }));
    // Erasure is for good: first her password again (decision 0025).
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat jij het bent' });
    const password = within(dialog).getByLabelText('Je wachtwoord');
    expect(password).toHaveFocus();
    await user.type(password, 'a wrong one');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dit wachtwoord klopt niet.');
    expect(changes(requests).map((request) => request.method)).toEqual(['POST']);
    await user.type(password, 'correct horse battery staple');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    const inbox = await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    expect(inbox).toHaveAccessibleDescription('De aanvraag van Zoë de Vries is voorgoed gewist.');
    expect(changes(requests).map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
      'POST /api/auth/reauth',
      'POST /api/auth/reauth',
      'DELETE /api/admin/intakes/intake-1',
    ]);
    // Nothing asked for the erased intake afterwards.
    const erasedAt = requests.findIndex((request) => request.method === 'DELETE');
    expect(requests.slice(erasedAt + 1).some((request) => request.url.pathname === '/api/admin/intakes/intake-1')).toBe(false);
   }, 15_000); // many steps, on a loaded machine

  it('says so when the intake does not exist (any more)', async () => {
    renderAdmin('/admin/intakes/gone', { handle: detailApi() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze aanvraag bestaat niet (meer)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Terug naar de inbox/ })).toHaveAttribute('href', '/admin');
  });
});
