import type { VaSettings } from '#shared/schemas/admin-settings.ts';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import type { DelegationResult } from '#shared/schemas/result.ts';
import type { AppDeps } from '../../app-deps.ts';
import { publicUrl } from '../../env.ts';
import { emailBrandingFrom, followUpMergeValues, resultSummaryFrom } from '../emails/email-data.ts';
import { renderFollowUpEmail, renderResultLinkEmail, renderVaNewIntakeEmail } from '../emails/render-email.ts';
import { scheduledTemplates } from '../email-templates/email-templates.service.ts';
import { scheduledFollowUpKey } from '../follow-ups/follow-up-keys.ts';
import type { NewIntakeEmail } from './intakes.repository.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The e-mails a new intake causes, rendered before it is stored (they go into the outbox in the
 * intake's own transaction): (a) the result link to the prospect, (b) the new-intake notice to
 * the VA, and (d) with follow-up consent, one follow-up per template whose schedule is on, due
 * that many days from now. Each has an idempotency key per cause, so a cause handled twice
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

  const [resultLink, vaNotice, ...followUps] = await Promise.all([
    renderResultLinkEmail({ locale, branding, summary }),
    renderVaNewIntakeEmail({
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
    }),
    ...templates.map((template) => renderFollowUpEmail({ locale, branding, ...template.texts[locale], merge })),
  ]);

  return [
    { kind: 'result-link', ...prospect, ...resultLink!, idempotencyKey: `result-link:${id}` },
    // No reply address yet (the setup checklist asks for it): the intake waits in the inbox.
    ...(settings.replyEmail
      ? [
          {
            kind: 'va-new-intake' as const,
            intakeId: id,
            toAddress: settings.replyEmail,
            toName: settings.vaName || null,
            locale: 'nl',
            ...vaNotice!,
            idempotencyKey: `va-new-intake:${id}`,
          },
        ]
      : []),
    ...templates.map((template, index): NewIntakeEmail => ({
      kind: 'follow-up',
      ...prospect,
      templateId: template.id,
      ...followUps[index]!,
      notBefore: new Date(submittedAt.getTime() + template.delayDays * DAY_MS),
      idempotencyKey: scheduledFollowUpKey(id, template.id),
    })),
  ];
}
