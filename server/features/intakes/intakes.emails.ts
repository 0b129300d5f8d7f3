import type { VaSettings } from '#shared/schemas/admin-settings.ts';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import type { DelegationResult } from '#shared/schemas/result.ts';
import type { AppDeps } from '../../app-deps.ts';
import { publicUrl } from '../../env.ts';
import { emailBrandingFrom, followUpMergeValues, resultSummaryFrom } from '../../emails/email-data.ts';
import { scheduledTemplates } from '../email-templates/email-templates.service.ts';
import { scheduledFollowUpKey } from '../outbox/follow-up-keys.ts';
import type { NewIntakeEmail } from './intakes.repository.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The e-mails a new intake causes, queued in the intake's own transaction and rendered when the
 * outbox sends them (only their content is built here: no rendering in the request): (a) the
 * result link to the prospect, (b) the new-intake notice to the VA, and (d) with follow-up
 * consent, one follow-up per template whose schedule is on, due that many days from now, with the
 * template's texts as they are now (editing the template later changes the next intakes' e-mails,
 * not the ones already queued). Each has an idempotency key per cause, so a cause handled twice
 * queues once.
 */
export async function emailsForNewIntake(
  deps: AppDeps,
  settings: VaSettings,
  intake: { id: string; input: CreateIntakeInput; result: DelegationResult; submittedAt: Date },
): Promise<NewIntakeEmail[]> {
  const { id, input, result, submittedAt } = intake;
  const { locale, contact } = input;
  const branding = emailBrandingFrom(settings, deps.env);
  const summary = resultSummaryFrom({ name: contact.name, result, locale });
  const templates = contact.followUpConsent ? await scheduledTemplates(deps) : [];
  const merge = followUpMergeValues({ summary, locale, branding });
  const prospect = { intakeId: id, toAddress: contact.email, toName: contact.name, locale };

  return [
    { ...prospect, content: { kind: 'result-link', input: { locale, branding, summary } }, idempotencyKey: `result-link:${id}` },
    // No reply address yet (the setup checklist asks for it): the intake waits in the inbox.
    ...(settings.replyEmail
      ? [
          {
            intakeId: id,
            toAddress: settings.replyEmail,
            toName: settings.vaName || null,
            locale: 'nl',
            content: {
              kind: 'va-new-intake' as const,
              input: {
                branding,
                intake: {
                  name: contact.name,
                  email: contact.email,
                  company: contact.company || null,
                  freedMinutesPerMonth: summary.freedMinutesPerMonth,
                  netGainCentsPerMonth: summary.netGainCentsPerMonth,
                  // The notice is in Dutch, the back office's language, whatever the prospect's.
                  topTasks: resultSummaryFrom({ name: contact.name, result, locale: 'nl' }).topTasks,
                  followUpConsent: contact.followUpConsent,
                },
                adminUrl: `${publicUrl(deps.env)}/admin/intakes/${encodeURIComponent(id)}`,
              },
            },
            idempotencyKey: `va-new-intake:${id}`,
          },
        ]
      : []),
    ...templates.map((template): NewIntakeEmail => ({
      ...prospect,
      templateId: template.id,
      content: { kind: 'follow-up', input: { locale, branding, ...template.texts[locale], merge } },
      notBefore: new Date(submittedAt.getTime() + template.delayDays * DAY_MS),
      idempotencyKey: scheduledFollowUpKey(id, template.id),
    })),
  ];
}
