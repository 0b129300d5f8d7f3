import type { OutboxListItem, OutboxMessageDetail } from '#shared/schemas/email.ts';

let nextId = 1;

/** One outbox row as GET /api/admin/outbox lists it: a result link that went out; override any part. */
export function outboxItem(overrides: Partial<OutboxListItem> = {}): OutboxListItem {
  return {
    id: `message-${nextId++}`,
    createdAt: '2026-11-03T10:00:00.000Z',
    kind: 'result-link',
    to: 'zoe@example.nl',
    subject: 'Je delegatiescan: de link naar je uitslag',
    locale: 'nl',
    status: 'sent',
    attempts: 1,
    nextAttemptAt: '2026-11-03T10:00:00.000Z',
    sentAt: '2026-11-03T10:00:05.000Z',
    lastError: null,
    intake: { id: 'intake-1', name: 'Zoë de Vries' },
    ...overrides,
  };
}

/** One message as GET /api/admin/outbox/:id answers, with its rendered parts. */
export function outboxMessage(overrides: Partial<OutboxMessageDetail> = {}): OutboxMessageDetail {
  return {
    ...outboxItem(),
    html: '<!doctype html><html><body><h1>Hoi Zoë</h1><p>Hier is je uitslag.</p><script>parent.alert(1)</script></body></html>',
    text: 'Hoi Zoë,\n\nHier is je uitslag: https://example.nl/r/preview\n\nGroet, Sanne',
    templateName: null,
    ...overrides,
  };
}
