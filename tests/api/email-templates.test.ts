/**
 * The VA's follow-up templates (/api/admin/email-templates): the shipped ones, create, change,
 * delete, merge-field validation, and the cancellations that switching a schedule off or
 * deleting a template causes.
 */
import { describe, expect, test } from 'vitest';
import { MERGE_FIELDS, unknownMergeFields } from '#shared/email/merge-fields.ts';
import type { EmailTemplateInput } from '#shared/schemas/email.ts';
import { createApp } from '../../server/app.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa, type SignedInTestVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf, errorOf } from '../setup/test-client.ts';

const t = useTestApp();

function templateInput(overrides: Partial<EmailTemplateInput> = {}): EmailTemplateInput {
  return {
    name: 'Na een week',
    subject: { nl: 'Hoi {{firstName}}', en: 'Hi {{firstName}}' },
    body: { nl: 'Je kunt {{hoursFreed}} vrijmaken. {{bookingLink}}', en: 'You could free {{hoursFreed}}. {{bookingLink}}' },
    schedule: { enabled: false, delayDays: null },
    ...overrides,
  };
}

async function create(va: SignedInTestVa, input: EmailTemplateInput = templateInput()) {
  const response = await va.client.api.admin['email-templates'].$post({ json: input });
  expect(response.status, await response.clone().text()).toBe(201);
  return response.json();
}

async function listTemplates(va: SignedInTestVa) {
  return (await va.client.api.admin['email-templates'].$get()).json();
}

async function expect422(response: Response, path: string) {
  expect(response.status).toBe(422);
  const body = await errorBodyOf(response);
  expect(body.error.code).toBe('validation_failed');
  const issue = body.error.issues!.find((i) => i.path === path);
  expect(issue, `an issue for ${path} in ${JSON.stringify(body.error.issues)}`).toBeDefined();
  return issue!.message;
}

describe('GET /api/admin/email-templates', () => {
  test('a new installation starts with the three shipped templates, schedules off', async () => {
    const va = await signInAsVa(t);
    const response = await va.client.api.admin['email-templates'].$get();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const templates = await response.json();
    expect(templates.map((x) => [x.id, x.name, x.schedule])).toEqual([
      ['default-after-3-days', 'Na 3 dagen', { enabled: false, delayDays: 3 }],
      ['default-after-10-days', 'Na 10 dagen', { enabled: false, delayDays: 10 }],
      ['default-personal', 'Persoonlijke follow-up', { enabled: false, delayDays: null }],
    ]);
    for (const template of templates) {
      for (const text of [template.subject.nl, template.subject.en, template.body.nl, template.body.en]) {
        expect(unknownMergeFields(text)).toEqual([]);
        expect(text).toContain('{{firstName}}');
      }
      expect(template.body.nl).not.toEqual(template.body.en);
    }
    // Between them they use every merge field, in both languages.
    for (const field of MERGE_FIELDS) {
      expect(templates.some((x) => x.body.nl.includes(`{{${field}}}`))).toBe(true);
      expect(templates.some((x) => x.body.en.includes(`{{${field}}}`))).toBe(true);
    }
  });

  test('installing them is safe when two processes list at the same moment', async () => {
    const va = await signInAsVa(t);
    // Two apps over one database, as two processes would be, each listing a few times at once.
    const other = createApp(t.deps);
    const responses = await Promise.all([
      ...Array.from({ length: 3 }, () => va.request('/api/admin/email-templates')),
      ...Array.from({ length: 3 }, () =>
        other.request('/api/admin/email-templates', { headers: { cookie: va.cookie } }),
      ),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await t.db.prisma.emailTemplate.count()).toBe(3);
  });

  test('they are not put back while the VA has templates of her own', async () => {
    const va = await signInAsVa(t);
    const shipped = await listTemplates(va);
    const own = await create(va);
    for (const template of shipped) {
      expect((await va.request(`/api/admin/email-templates/${template.id}`, { method: 'DELETE' })).status).toBe(200);
    }
    const listed = await listTemplates(va);
    expect(listed.map((x) => x.id)).toEqual([own.id]);
  });
});

describe('POST /api/admin/email-templates', () => {
  test('creates a template (201), listed after the others', async () => {
    const va = await signInAsVa(t);
    await va.request('/api/admin/email-templates');
    const input = templateInput({ schedule: { enabled: true, delayDays: 7 } });
    const created = await create(va, input);
    expect(created).toMatchObject({ name: 'Na een week', subject: input.subject, body: input.body, schedule: input.schedule });
    expect(Date.parse(created.updatedAt)).not.toBeNaN();
    const listed = await listTemplates(va);
    expect(listed.at(-1)).toEqual(created);
    expect(listed).toHaveLength(4);
  });

  test('an unknown merge field is a 422 on the field that has it', async () => {
    const va = await signInAsVa(t);
    const input = templateInput({ body: { nl: 'Hoi {{firstName}}', en: 'Hi {{ voornaam }} and {{firstname}}' } });
    const message = await expect422(await va.request('/api/admin/email-templates', { method: 'POST', json: input }), 'body.en');
    expect(message).toContain('{{voornaam}}');
    expect(message).toContain('{{firstname}}');
    await expect422(
      await va.request('/api/admin/email-templates', {
        method: 'POST',
        json: templateInput({ subject: { nl: '{{onbekend}}', en: 'Hi' } }),
      }),
      'subject.nl',
    );
    expect(await t.db.prisma.emailTemplate.count()).toBe(0);
  });

  test.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['an empty body', { body: { nl: '', en: 'x' } }, 'body.nl'],
    ['a schedule on without days', { schedule: { enabled: true, delayDays: null } }, 'schedule.delayDays'],
    ['a schedule of 0 days', { schedule: { enabled: true, delayDays: 0 } }, 'schedule.delayDays'],
    ['a schedule of 91 days', { schedule: { enabled: true, delayDays: 91 } }, 'schedule.delayDays'],
    ['half a day', { schedule: { enabled: true, delayDays: 1.5 } }, 'schedule.delayDays'],
    ['a body over 5000 characters', { body: { nl: 'x'.repeat(5001), en: 'x' } }, 'body.nl'],
    ['an unknown field', { position: 3 }, 'position'],
  ])('%s is a 422 on the field', async (_label, change, path) => {
    const va = await signInAsVa(t);
    await expect422(
      await va.request('/api/admin/email-templates', { method: 'POST', json: { ...templateInput(), ...change } }),
      path,
    );
  });
});

describe('PUT and DELETE /api/admin/email-templates/:id', () => {
  test('PUT replaces the texts and the schedule', async () => {
    const va = await signInAsVa(t);
    const created = await create(va);
    const change = templateInput({ name: 'Na twee weken', schedule: { enabled: true, delayDays: 14 } });
    const response = await va.request(`/api/admin/email-templates/${created.id}`, { method: 'PUT', json: change });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: created.id, name: 'Na twee weken', schedule: { enabled: true, delayDays: 14 } });
    await expect422(
      await va.request(`/api/admin/email-templates/${created.id}`, {
        method: 'PUT',
        json: templateInput({ body: { nl: '{{bookinglink}}', en: 'x' } }),
      }),
      'body.nl',
    );
  });

  test('an unknown template is a 404', async () => {
    const va = await signInAsVa(t);
    const put = await va.request('/api/admin/email-templates/nope', { method: 'PUT', json: templateInput() });
    expect(put.status).toBe(404);
    const del = await va.request('/api/admin/email-templates/nope', { method: 'DELETE' });
    expect(del.status).toBe(404);
    expect((await errorOf(del)).code).toBe('not_found');
  });

  test('switching a schedule off cancels its waiting automatic follow-ups; sent ones and her own stay', async () => {
    const va = await signInAsVa(t);
    const scheduled = await create(va, templateInput({ schedule: { enabled: true, delayDays: 3 } }));
    const other = await create(va, templateInput({ name: 'Ander', schedule: { enabled: true, delayDays: 5 } }));
    const first = await submitIntake(t);
    const second = await submitIntake(t);
    // One of them already went out; and the VA also wrote one herself from the same template.
    await t.db.prisma.outboxMessage.update({
      where: { idempotencyKey: `scheduled:${second.intakeId}:${scheduled.id}` },
      data: { status: 'sent', sentAt: new Date() },
    });
    const own = await va.client.api.admin.intakes[':intakeId'].emails.$post({
      param: { intakeId: first.intakeId },
      header: {},
      json: { templateId: scheduled.id, locale: 'nl', subject: 'Hoi', body: 'Zelf geschreven', sendAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    expect(own.status).toBe(201);

    const off = templateInput({ schedule: { enabled: false, delayDays: 3 } });
    expect((await va.request(`/api/admin/email-templates/${scheduled.id}`, { method: 'PUT', json: off })).status).toBe(200);

    const byKey = async (key: string) => t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const cancelled = await byKey(`scheduled:${first.intakeId}:${scheduled.id}`);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancelledAt).not.toBeNull();
    expect((await byKey(`scheduled:${second.intakeId}:${scheduled.id}`)).status).toBe('sent');
    expect((await byKey(`scheduled:${first.intakeId}:${other.id}`)).status).toBe('queued');
    const ownMessage = await own.json();
    expect((await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ownMessage.id } })).status).toBe('queued');

    const events = await t.db.prisma.intakeEvent.findMany({ where: { type: 'email-cancelled' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      intakeId: first.intakeId,
      data: { messageId: cancelled.id, kind: 'follow-up', subject: cancelled.subject, reason: 'template-schedule-off' },
    });

    // A new intake gets no follow-up from it any more.
    const third = await submitIntake(t);
    const followUps = await t.db.prisma.outboxMessage.findMany({ where: { intakeId: third.intakeId, kind: 'follow-up' } });
    expect(followUps.map((m) => m.templateId)).toEqual([other.id]);
  });

  test('deleting a template cancels its waiting automatic follow-ups; her own keep their text', async () => {
    const va = await signInAsVa(t);
    const scheduled = await create(va, templateInput({ schedule: { enabled: true, delayDays: 3 } }));
    const { intakeId } = await submitIntake(t);
    const own = await va.client.api.admin.intakes[':intakeId'].emails.$post({
      param: { intakeId },
      header: {},
      json: { templateId: scheduled.id, locale: 'nl', subject: 'Hoi', body: 'Zelf geschreven' },
    });
    expect(own.status).toBe(201);
    const ownId = (await own.json()).id;

    const response = await va.request(`/api/admin/email-templates/${scheduled.id}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true });
    expect(await t.db.prisma.emailTemplate.count()).toBe(0);

    const automatic = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `scheduled:${intakeId}:${scheduled.id}` } });
    expect(automatic).toMatchObject({ status: 'cancelled', templateId: null });
    expect(await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ownId } })).toMatchObject({
      status: 'queued',
      templateId: null,
    });
    const event = await t.db.prisma.intakeEvent.findFirstOrThrow({ where: { intakeId, type: 'email-cancelled' } });
    expect(event.data).toMatchObject({ messageId: automatic.id, reason: 'template-deleted' });

    expect((await va.request(`/api/admin/email-templates/${scheduled.id}`, { method: 'DELETE' })).status).toBe(404);
  });
});
