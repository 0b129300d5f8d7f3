import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdminIntakeDetail, TimelineEntry } from '#shared/schemas/admin-intakes.ts';
import type { EmailTemplate, OutboxListItem, SendFollowUpInput } from '#shared/schemas/email.ts';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import { SETUP_ITEMS } from '#shared/schemas/setup.ts';
import { TEST_SESSION, apiError, intakeDetail, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';
import { setLocale } from '../../../paraglide/runtime.js';
import { amsterdamToUtcIso, defaultPlannedMoment } from '../utils/amsterdam-time.ts';

const answers: CreateIntakeInput = {
  locale: 'nl',
  about: {
    businessKind: 'coach-trainer',
    hoursPerWeek: 40,
    rateKind: 'target',
    hourlyRateCents: 85_00,
    vatStatus: 'normal',
    delegationExperience: 'never',
    mainPain: 'admin-piles-up',
  },
  tasks: {
    catalogueTasks: [{ taskId: 'meeting-scheduling', minutesPerMonth: 240, feeling: 'drains', skill: 'others-better', needsMe: 'no' }],
    customTasks: [],
  },
  collaboration: { channels: ['email'], updateFrequency: 'weekly', concerns: ['control'], startPreference: 'trial-task' },
  contact: { name: 'Zoë de Vries', email: 'zoe@example.nl', privacyConsent: true, followUpConsent: true },
};

function buildDetail({ consent = true, timeline = [] }: { consent?: boolean; timeline?: TimelineEntry[] } = {}): AdminIntakeDetail {
  const detail = intakeDetail(answers, { timeline: [...intakeDetail(answers).timeline, ...timeline] });
  return consent ? detail : { ...detail, consent: { ...detail.consent, followUpConsent: false, followUpConsentAt: null } };
}

const templates: EmailTemplate[] = [
  {
    id: 'tpl-3-days',
    name: 'Na 3 dagen',
    subject: { nl: '{{firstName}}, heb je je uitslag al bekeken?', en: '{{firstName}}, have you seen your results?' },
    body: { nl: 'Hoi {{firstName}},\n\nJe kunt {{hoursFreed}} per maand vrijmaken.', en: 'Hi {{firstName}},\n\nYou could free up {{hoursFreed}} a month.' },
    schedule: { enabled: false, delayDays: 3 },
    updatedAt: '2026-11-02T09:00:00.000Z',
  },
];

const resultLink: OutboxListItem = {
  id: 'msg-result',
  createdAt: '2026-11-03T10:00:01.000Z',
  kind: 'result-link',
  to: 'zoe@example.nl',
  subject: 'Je delegatiescan',
  locale: 'nl',
  status: 'sent',
  attempts: 1,
  nextAttemptAt: '2026-11-03T10:00:01.000Z',
  sentAt: '2026-11-03T10:00:05.000Z',
  lastError: null,
  intake: { id: 'intake-1', name: 'Zoë de Vries' },
};

/** Preview: the text merged, the way the server's renderer would; `html` carries it in markup. */
function merged(text: string): string {
  return text.replaceAll('{{firstName}}', 'Zoë').replaceAll('{{hoursFreed}}', '4 uur');
}

type ApiOptions = {
  detail?: AdminIntakeDetail;
  refuseSend?: string;
  /** A 422 issue on `sendAt` the send answers with (the server judged the moment otherwise). */
  refuseSendAt?: () => { code: string; message: string };
  mailServer?: boolean;
};

/** The back office's API for one intake: its detail, the templates, its e-mails, preview and send. */
function intakeApi({ detail = buildDetail(), refuseSend, refuseSendAt, mailServer }: ApiOptions = {}) {
  let emails: OutboxListItem[] = [resultLink];
  const handle = (request: ApiRequest) => {
    const { method, url } = request;
    // The setup status only when the test says whether a mail server is set up (else 404: unknown).
    if (url.pathname === '/api/admin/setup' && mailServer !== undefined) {
      const items = SETUP_ITEMS.map((key) => ({ key, done: key !== 'email' || mailServer }));
      return json(200, { items, complete: false, email: { configured: mailServer, sender: 'scan@sannejansen.nl', lastPassedTest: null } });
    }
    if (url.pathname === '/api/admin/email-templates') return json(200, templates);
    if (url.pathname === '/api/admin/outbox') {
      expect(url.searchParams.get('intakeId')).toBe('intake-1');
      return json(200, { items: emails, nextCursor: null });
    }
    if (url.pathname === '/api/admin/intakes/intake-1/emails/preview') {
      const { subject, body } = request.body as SendFollowUpInput;
      return json(200, { to: 'zoe@example.nl', subject: merged(subject), html: `<p>${merged(body)}</p>`, text: merged(body) });
    }
    if (url.pathname === '/api/admin/intakes/intake-1/emails') {
      if (refuseSend) return apiError(409, refuseSend);
      if (refuseSendAt) {
        return json(422, { error: { code: 'validation_failed', message: 'The request is not valid.', issues: [{ path: 'sendAt', ...refuseSendAt() }] } });
      }
      const input = request.body as SendFollowUpInput;
      const message: OutboxListItem = {
        ...resultLink,
        id: `msg-${emails.length}`,
        createdAt: '2026-11-05T10:00:00.000Z',
        kind: 'follow-up',
        subject: merged(input.subject),
        status: 'queued',
        attempts: 0,
        nextAttemptAt: input.sendAt ?? '2026-11-05T10:00:00.000Z',
        sentAt: null,
      };
      emails = [message, ...emails];
      return json(201, message);
    }
    if (url.pathname === '/api/admin/intakes/intake-1' && method === 'GET') return json(200, detail);
    return undefined;
  };
  return handle;
}

const posts = (requests: ApiRequest[]) => requests.filter((request) => request.method === 'POST');

async function openIntake(options: ApiOptions = {}) {
  const rendered = renderAdmin('/admin/intakes/intake-1', { handle: intakeApi(options) });
  await screen.findByRole('heading', { level: 1, name: 'Zoë de Vries' }, { timeout: 5000 });
  return { ...rendered, section: screen.getByRole('region', { name: 'Follow-up sturen' }) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the follow-up composer on an intake', () => {
  it('composes from a template in the intake’s language, previews, sends now, and the e-mails list shows it', async () => {
    const { user, requests, section } = await openIntake();
    const emails = screen.getByRole('region', { name: 'E-mails bij deze aanvraag' });
    expect(await within(emails).findByText('Je delegatiescan')).toBeInTheDocument();
    expect(within(emails).getByText('Verstuurd')).toBeInTheDocument();

    await user.selectOptions(await within(section).findByRole('combobox', { name: 'Sjabloon' }), 'Na 3 dagen');
    expect(within(section).getByRole('radio', { name: 'Nederlands' })).toBeChecked();
    const subject = within(section).getByRole('textbox', { name: 'Onderwerp' });
    const body = within(section).getByRole('textbox', { name: 'Tekst' });
    expect(subject).toHaveValue('{{firstName}}, heb je je uitslag al bekeken?');
    expect(body).toHaveValue('Hoi {{firstName}},\n\nJe kunt {{hoursFreed}} per maand vrijmaken.');

    // Her own words, with a merge field at the end.
    await user.click(body);
    await user.keyboard('{Control>}{End}{/Control}\n\nTot snel! ');
    await user.click(within(section).getByRole('button', { name: 'Voornaam invoegen' }));
    expect(body).toHaveValue('Hoi {{firstName}},\n\nJe kunt {{hoursFreed}} per maand vrijmaken.\n\nTot snel! {{firstName}}');

    await user.click(within(section).getByRole('button', { name: 'Voorbeeld bekijken' }));
    const preview = await within(section).findByRole('region', { name: 'Voorbeeld' });
    expect(within(preview).getByRole('heading', { name: 'Voorbeeld' })).toHaveFocus();
    expect(preview).toHaveTextContent('zoe@example.nl');
    expect(preview).toHaveTextContent('Zoë, heb je je uitslag al bekeken?');
    const frame = within(preview).getByTitle('Voorbeeld van de mail aan Zoë');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', expect.stringContaining('Tot snel! Zoë'));
    expect(within(preview).getByText(/Tot snel! Zoë/, { selector: 'pre' })).toBeInTheDocument();
    const [previewRequest] = posts(requests);
    expect(previewRequest?.body).toEqual({
      templateId: 'tpl-3-days',
      locale: 'nl',
      subject: '{{firstName}}, heb je je uitslag al bekeken?',
      body: 'Hoi {{firstName}},\n\nJe kunt {{hoursFreed}} per maand vrijmaken.\n\nTot snel! {{firstName}}',
    });

    expect(within(preview).getByRole('radio', { name: 'Nu meteen' })).toBeChecked();
    await user.click(within(preview).getByRole('button', { name: 'Nu versturen' }));
    const confirmation = await within(section).findByText('Gelukt: ‘Zoë, heb je je uitslag al bekeken?’ staat klaar en gaat zo naar Zoë.');
    expect(confirmation).toHaveFocus();
    expect(within(section).queryByRole('region', { name: 'Voorbeeld' })).toBeNull();

    const send = posts(requests)[1]!;
    expect(send.url.pathname).toBe('/api/admin/intakes/intake-1/emails');
    expect(send.headers.get('X-CSRF-Token')).toBe(TEST_SESSION.csrfToken);
    expect(send.headers.get('Idempotency-Key')).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
    expect(send.body).toEqual(previewRequest?.body);
    await waitFor(() => expect(within(emails).getAllByRole('listitem')).toHaveLength(2));
    const [newest] = within(emails).getAllByRole('listitem');
    expect(newest).toHaveTextContent('In de wachtrij');
    expect(newest).toHaveTextContent('Zoë, heb je je uitslag al bekeken?');
    expect(newest).toHaveTextContent('Follow-up');
  });

  it('without a mail server, says the e-mail waits in the outbox instead of that it goes', async () => {
    const { user, section } = await openIntake({ mailServer: false });
    await user.selectOptions(await within(section).findByRole('combobox', { name: 'Sjabloon' }), 'Na 3 dagen');
    await user.click(within(section).getByRole('button', { name: 'Voorbeeld bekijken' }));
    const preview = await within(section).findByRole('region', { name: 'Voorbeeld' });
    await user.click(within(preview).getByRole('button', { name: 'Nu versturen' }));
    const confirmation = await within(section).findByText(
      'Opgeslagen: ‘Zoë, heb je je uitslag al bekeken?’ voor Zoë staat in de outbox. Er is nog geen mailserver ingesteld: hij gaat pas de deur uit zodra die er is.',
    );
    expect(confirmation).toHaveFocus();
    expect(within(section).queryByText(/gaat zo naar/)).toBeNull();
  });

  it('starts again from the template in English, and plans it for a Dutch date and time', async () => {
    const { user, requests, section } = await openIntake();
    await user.selectOptions(await within(section).findByRole('combobox', { name: 'Sjabloon' }), 'Na 3 dagen');
    await user.click(within(section).getByRole('radio', { name: 'Engels' }));
    expect(within(section).getByRole('textbox', { name: 'Onderwerp' })).toHaveValue('{{firstName}}, have you seen your results?');
    await user.click(within(section).getByRole('button', { name: 'Voorbeeld bekijken' }));
    const preview = await within(section).findByRole('region', { name: 'Voorbeeld' });

    await user.click(within(preview).getByRole('radio', { name: 'Later, op een datum en tijd die jij kiest' }));
    const date = within(preview).getByLabelText('Datum');
    const time = within(preview).getByLabelText('Tijd');
    const planned = defaultPlannedMoment();
    expect(date).toHaveValue(planned.date);
    expect(time).toHaveValue('09:00');

    // A moment that has passed is refused on the spot.
    await user.clear(date);
    await user.type(date, '2020-01-01');
    await user.click(within(preview).getByRole('button', { name: 'Inplannen' }));
    expect(time).toHaveAccessibleDescription('Dit moment is al voorbij. Kies een moment in de toekomst.');
    expect(time).toHaveFocus();
    expect(posts(requests)).toHaveLength(1);

    await user.clear(date);
    await user.type(date, planned.date);
    await user.clear(time);
    await user.type(time, '14:30');
    await user.click(within(preview).getByRole('button', { name: 'Inplannen' }));
    expect(await within(section).findByText(/^Gelukt: ‘Zoë, have you seen your results\?’ gaat op .* 14:30 naar Zoë\.$/)).toHaveFocus();
    expect(posts(requests)[1]?.body).toEqual({
      templateId: 'tpl-3-days',
      locale: 'en',
      subject: '{{firstName}}, have you seen your results?',
      body: 'Hi {{firstName}},\n\nYou could free up {{hoursFreed}} a month.',
      sendAt: amsterdamToUtcIso(planned.date, '14:30'),
    });
  });

  it('shows the server’s refusal of the planned moment on its field, by its code', async () => {
    let refusal = { code: 'in_past', message: 'Said in English, and not what counts' };
    const { user, section } = await openIntake({ refuseSendAt: () => refusal });
    await user.selectOptions(await within(section).findByRole('combobox', { name: 'Sjabloon' }), 'Na 3 dagen');
    await user.click(within(section).getByRole('button', { name: 'Voorbeeld bekijken' }));
    const preview = await within(section).findByRole('region', { name: 'Voorbeeld' });
    await user.click(within(preview).getByRole('radio', { name: 'Later, op een datum en tijd die jij kiest' }));

    // The moment passed while the VA hesitated.
    await user.click(within(preview).getByRole('button', { name: 'Inplannen' }));
    const time = within(preview).getByLabelText('Tijd');
    await waitFor(() => expect(time).toHaveAccessibleDescription('Dit moment is al voorbij. Kies een moment in de toekomst.'));

    refusal = { code: 'too_far', message: 'Must not be in the past' };
    await user.click(within(preview).getByRole('button', { name: 'Inplannen' }));
    const date = within(preview).getByLabelText('Datum');
    await waitFor(() => expect(date).toHaveAccessibleDescription(expect.stringContaining('dagen vooruit plannen')));
   }, 15_000);

  it('asks for a new preview once the text changes, and checks the fields first', async () => {
    const { user, requests, section } = await openIntake();
    await user.click(await within(section).findByRole('button', { name: 'Voorbeeld bekijken' }));
    const template = within(section).getByRole('combobox', { name: 'Sjabloon' });
    expect(template).toHaveAccessibleDescription(expect.stringContaining('Kies een sjabloon.'));
    expect(template).toHaveFocus();
    expect(posts(requests)).toHaveLength(0);

    await user.selectOptions(template, 'Na 3 dagen');
    const subject = within(section).getByRole('textbox', { name: 'Onderwerp' });
    await user.clear(subject);
    await user.type(subject, 'Hoi {{{{voornaam}}');
    await user.click(within(section).getByRole('button', { name: 'Voorbeeld bekijken' }));
    expect(subject).toHaveAccessibleDescription(expect.stringContaining('Dit samenvoegveld kennen we niet: {{voornaam}}'));
    expect(posts(requests)).toHaveLength(0);

    await user.clear(subject);
    await user.type(subject, 'Hoi {{{{firstName}}');
    await user.click(within(section).getByRole('button', { name: 'Voorbeeld bekijken' }));
    const preview = await within(section).findByRole('region', { name: 'Voorbeeld' });
    expect(within(preview).getByRole('button', { name: 'Nu versturen' })).toBeInTheDocument();
    await user.type(subject, '!');
    expect(preview).toHaveTextContent('Je hebt de mail aangepast na dit voorbeeld.');
    expect(within(preview).queryByRole('button', { name: 'Nu versturen' })).toBeNull();
  });

  it('explains, and offers no sending, when the prospect did not consent to follow-ups', async () => {
    const { section } = await openIntake({ detail: buildDetail({ consent: false }) });
    expect(section).toHaveTextContent('Zoë heeft bij de scan geen toestemming gegeven voor follow-upmails.');
    expect(within(section).queryByRole('combobox')).toBeNull();
    expect(within(section).queryByRole('button')).toBeNull();
    expect(await screen.findByText('Je delegatiescan')).toBeInTheDocument();
  });

  it('says it all in English after a switch, field messages on screen included', async () => {
    const { user, section } = await openIntake();
    await user.click(await within(section).findByRole('button', { name: 'Voorbeeld bekijken' }));
    await user.click(screen.getByRole('button', { name: /^EN/ }));
    const english = screen.getByRole('region', { name: 'Send a follow-up' });
    expect(within(english).getByRole('combobox', { name: 'Template' })).toHaveAccessibleDescription(expect.stringContaining('Choose a template.'));
    await user.selectOptions(within(english).getByRole('combobox', { name: 'Template' }), 'Na 3 dagen');
    expect(within(english).getByRole('group', { name: 'Language of the e-mail' })).toHaveAccessibleDescription('Zoë took the scan in Dutch.');
    expect(within(english).getByRole('button', { name: 'Insert first name' })).toBeInTheDocument();
    expect(within(english).getByRole('button', { name: 'Show preview' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'E-mails for this intake' })).toBeInTheDocument();
    setLocale('nl', { reload: false });
  });

  it('explains when the prospect unsubscribed, also when that happens while the VA writes', async () => {
    const unsubscribed = buildDetail({ timeline: [{ id: 'e2', type: 'unsubscribed', at: '2026-11-04T16:20:00.000Z', data: {} }] });
    const first = await openIntake({ detail: unsubscribed });
    expect(first.section).toHaveTextContent('Zoë heeft zich op 4 nov 2026, 17:20 afgemeld voor je mails.');
    expect(within(first.section).queryByRole('combobox')).toBeNull();
    first.unmount();

    const { user, section } = await openIntake({ refuseSend: 'unsubscribed' });
    await user.selectOptions(await within(section).findByRole('combobox', { name: 'Sjabloon' }), 'Na 3 dagen');
    await user.click(within(section).getByRole('button', { name: 'Voorbeeld bekijken' }));
    await user.click(await within(section).findByRole('button', { name: 'Nu versturen' }));
    expect(await within(section).findByText(/Zoë heeft zich afgemeld voor je mails/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Nu versturen' })).toBeNull();
  });
});
