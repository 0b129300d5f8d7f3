import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AdminIntakeDetail, TimelineEntry } from '#shared/schemas/admin-intakes.ts';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import { buildShortScanAnswers } from '../../../../../tests/factories/scan-answers.ts';
import { intakeDetail, json, renderAdmin } from '../../../testing/render-admin.tsx';
// The route loads it lazily; loaded up front, the first visit is no slower than the finders wait.
import '../../../testing/admin-pages-loaded.ts';

const answers: CreateIntakeInput = {
  locale: 'nl',
  ...buildShortScanAnswers(),
  contact: { name: 'Zoë de Vries', email: 'zoe@example.nl', privacyConsent: true, followUpConsent: true },
};

/** An intake whose timeline holds `timeline`, as GET /api/admin/intakes/:id answers. */
function detailWith(timeline: TimelineEntry[]): AdminIntakeDetail {
  return intakeDetail(answers, { timeline });
}

const event = (id: string, type: string, at: string, data: TimelineEntry['data']): TimelineEntry => ({ id, type, at, data });

describe('the intake timeline: e-mails', () => {
  it('says what happened to each e-mail and links to it in the outbox', async () => {
    const timeline = [
      event('e1', 'submitted', '2026-11-03T10:00:00.000Z', null),
      event('e2', 'email-queued', '2026-11-03T10:00:00.000Z', {
        messageId: 'm1',
        kind: 'result-link',
        subject: 'De link naar je uitslag',
        notBefore: null,
      }),
      event('e3', 'email-queued', '2026-11-03T10:00:00.000Z', {
        messageId: 'm2',
        kind: 'follow-up',
        subject: 'Even bijpraten?',
        notBefore: '2026-11-06T09:00:00.000Z',
      }),
      event('e4', 'email-failed', '2026-11-03T10:00:05.000Z', {
        messageId: 'm1',
        kind: 'result-link',
        subject: 'De link naar je uitslag',
        error: 'connect ECONNREFUSED 127.0.0.1:2525',
      }),
      event('e5', 'email-retried', '2026-11-03T12:00:00.000Z', { messageId: 'm1' }),
      event('e6', 'email-sent', '2026-11-03T12:00:02.000Z', { messageId: 'm1', kind: 'result-link', subject: 'De link naar je uitslag' }),
      event('e7', 'unsubscribed', '2026-11-04T08:00:00.000Z', {}),
      event('e8', 'email-cancelled', '2026-11-04T08:00:00.000Z', {
        messageId: 'm2',
        kind: 'follow-up',
        subject: 'Even bijpraten?',
        reason: 'unsubscribed',
      }),
      event('e9', 'resubscribed', '2026-11-04T08:01:00.000Z', {}),
    ];
    renderAdmin('/admin/intakes/intake-1', {
      handle: ({ url }) => (url.pathname === '/api/admin/intakes/intake-1' ? json(200, detailWith(timeline)) : undefined),
    });
    const region = await screen.findByRole('region', { name: 'Tijdlijn' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Zoë stuurde de scan in',
      'E-mail klaargezet: ‘De link naar je uitslag’',
      'E-mail gepland voor 6 nov 2026, 10:00: ‘Even bijpraten?’',
      'Versturen lukte niet: ‘De link naar je uitslag’',
      'E-mail opnieuw in de wachtrij gezet',
      'E-mail verstuurd: ‘De link naar je uitslag’',
      'Zoë heeft zich afgemeld voor follow-upmails',
      'E-mail geannuleerd: ‘Even bijpraten?’',
      'Zoë heeft de afmelding voor follow-upmails teruggedraaid',
    ]);
    expect(items[3]).toHaveTextContent('Foutmelding: connect ECONNREFUSED 127.0.0.1:2525');
    expect(items[7]).toHaveTextContent('Geannuleerd omdat Zoë zich afmeldde.');

    // Each e-mail entry leads to its message; the others have nothing to link to.
    const links = items.map((item) => within(item).queryByRole('link', { name: 'Bekijk de e-mail' })?.getAttribute('href') ?? null);
    expect(links).toEqual([
      null,
      '/admin/outbox/m1',
      '/admin/outbox/m2',
      '/admin/outbox/m1',
      '/admin/outbox/m1',
      '/admin/outbox/m1',
      null,
      '/admin/outbox/m2',
      null,
    ]);
  });

  it('still shows an e-mail entry whose data it cannot read, without a link', async () => {
    renderAdmin('/admin/intakes/intake-1', {
      handle: ({ url }) =>
        url.pathname === '/api/admin/intakes/intake-1'
          ? json(200, detailWith([event('e1', 'email-sent', '2026-11-03T10:00:00.000Z', { subject: 'Zonder id' })]))
          : undefined,
    });
    const region = await screen.findByRole('region', { name: 'Tijdlijn' });
    expect(within(region).getByRole('listitem')).toHaveTextContent('E-mail bijgewerkt');
    expect(within(region).queryByRole('link')).toBeNull();
  });
});
