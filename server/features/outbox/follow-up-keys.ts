/**
 * Idempotency keys of follow-ups in the outbox. The automatic ones a template's schedule queues
 * at submit are `scheduled:<intakeId>:<templateId>`: one per intake and template, and told apart
 * from the VA's own (`follow-up:<intakeId>:<key>`) when a status change cancels only them.
 */
export const SCHEDULED_KEY_PREFIX = 'scheduled:';

export function scheduledFollowUpKey(intakeId: string, templateId: string): string {
  return `${SCHEDULED_KEY_PREFIX}${intakeId}:${templateId}`;
}

export function followUpKey(intakeId: string, clientKey: string): string {
  return `follow-up:${intakeId}:${clientKey}`;
}
