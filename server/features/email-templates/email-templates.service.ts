import type { EmailTemplate, EmailTemplateInput } from '#shared/schemas/email.ts';
import type { Locale } from '#shared/schemas/common.ts';
import type { AppDeps } from '../../app-deps.ts';
import { cachedUntilChanged } from '../../lib/db/change-cache.ts';
import { notFound } from '../../lib/errors.ts';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import {
  countTemplates,
  deleteTemplate,
  findScheduledTemplates,
  findTemplate,
  findTemplates,
  insertDefaultTemplates,
  insertTemplate,
  type TemplateData,
  type TemplateRow,
  updateTemplate,
} from './email-templates.repository.ts';

const TEMPLATE_NOT_FOUND = 'No such e-mail template.';

/**
 * The VA's follow-up templates. While there are none (a new installation, or after she deleted
 * them all), the shipped ones are put in, so there is always something to start from.
 */
export async function listTemplates(deps: AppDeps): Promise<EmailTemplate[]> {
  if ((await countTemplates(deps.db)) === 0) {
    await insertDefaultTemplates(deps.db, DEFAULT_TEMPLATES);
    await deps.db.changes.announce();
  }
  return (await findTemplates(deps.db)).map(toEmailTemplate);
}

export async function createTemplate(deps: AppDeps, input: EmailTemplateInput): Promise<EmailTemplate> {
  const row = await insertTemplate(deps.db, toTemplateData(input));
  await deps.db.changes.announce();
  return toEmailTemplate(row);
}

/** Switching the schedule off cancels the automatic follow-ups it queued that are still waiting. */
export async function changeTemplate(deps: AppDeps, id: string, input: EmailTemplateInput): Promise<EmailTemplate> {
  const row = await updateTemplate(deps.db, id, toTemplateData(input));
  if (!row) throw notFound(TEMPLATE_NOT_FOUND);
  await deps.db.changes.announce();
  return toEmailTemplate(row);
}

/** Cancels the automatic follow-ups it queued that are still waiting; the VA's own ones stay. */
export async function removeTemplate(deps: AppDeps, id: string): Promise<void> {
  if (!(await deleteTemplate(deps.db, id))) throw notFound(TEMPLATE_NOT_FOUND);
  await deps.db.changes.announce();
}

/** A template's subject and body per language, or null when there is no such template. */
export async function templateTexts(deps: AppDeps, id: string) {
  const row = await findTemplate(deps.db, id);
  return row && { id: row.id, texts: textsOf(row) };
}

/**
 * What a submit queues: one follow-up per template whose schedule is on, this many days later.
 * Read from memory (lib/db/change-cache.ts): every submit with follow-up consent needs them; a
 * change to a template, in any process, makes the next read load them again.
 */
export const scheduledTemplates = cachedUntilChanged(async (deps: AppDeps) => {
  const rows = await findScheduledTemplates(deps.db);
  return rows.flatMap((row) =>
    row.scheduleDelayDays === null ? [] : [{ id: row.id, delayDays: row.scheduleDelayDays, texts: textsOf(row) }],
  );
});

function textsOf(row: Pick<TemplateRow, 'subjectNl' | 'subjectEn' | 'bodyNl' | 'bodyEn'>): Record<Locale, { subject: string; body: string }> {
  return { nl: { subject: row.subjectNl, body: row.bodyNl }, en: { subject: row.subjectEn, body: row.bodyEn } };
}

function toTemplateData(input: EmailTemplateInput): TemplateData {
  return {
    name: input.name,
    subjectNl: input.subject.nl,
    subjectEn: input.subject.en,
    bodyNl: input.body.nl,
    bodyEn: input.body.en,
    scheduleEnabled: input.schedule.enabled,
    scheduleDelayDays: input.schedule.delayDays,
  };
}

function toEmailTemplate(row: TemplateRow): EmailTemplate {
  return {
    id: row.id,
    name: row.name,
    subject: { nl: row.subjectNl, en: row.subjectEn },
    body: { nl: row.bodyNl, en: row.bodyEn },
    schedule: { enabled: row.scheduleEnabled, delayDays: row.scheduleDelayDays },
    updatedAt: row.updatedAt.toISOString(),
  };
}
