import type { Prisma } from '../../generated/prisma-sqlite/client.ts';
import type { Db } from '../../lib/db.ts';
import type { EmailContent } from '../../emails/email-content.ts';
import { queueMessages, type NewOutboxMessage } from '../outbox/outbox.repository.ts';

type NewDraft = {
  email: string;
  locale: string;
  answers: object;
  step: number;
  privacyConsentAt: Date;
  privacyConsentVersion: string;
  expiresAt: Date;
};

/** The resume e-mail (rendered when it is sent); the draft's id and the message's key are added here. */
type ResumeEmail = Pick<NewOutboxMessage, 'toAddress' | 'locale'> & { content: Extract<EmailContent, { kind: 'resume-link' }> };

/**
 * The draft and the e-mail with the link to it, all or nothing: an e-mail is queued exactly when
 * its draft exists. The link's token is minted by the outbox sender when it sends (ResumeLink).
 */
export async function insertDraftWithResumeEmail(db: Db, draft: NewDraft, email: ResumeEmail): Promise<string> {
  return db.transaction(async (tx, sql) => {
    const { answers, ...fields } = draft;
    const created = await tx.scanDraft.create({
      data: { ...fields, answers: answers as Prisma.InputJsonObject },
      select: { id: true },
    });
    await queueMessages(sql, [
      { ...email, draftId: created.id, idempotencyKey: `resume:${created.id}` },
    ]);
    return created.id;
  });
}

/**
 * The draft and its resume link (only the token's hash), in one transaction: for an installation
 * that sends no e-mail, where the link is shown on screen instead.
 */
export async function insertDraftWithResumeLink(db: Db, draft: NewDraft, link: { tokenHash: string; expiresAt: Date }): Promise<string> {
  return db.prisma.$transaction(async (tx) => {
    const { answers, ...fields } = draft;
    const created = await tx.scanDraft.create({
      data: { ...fields, answers: answers as Prisma.InputJsonObject, resumeLinks: { create: link } },
      select: { id: true },
    });
    return created.id;
  });
}

/** The link by its token's hash, with the draft it opens; null for a token we never made. */
export async function findResumeLink(db: Db, tokenHash: string) {
  return db.prisma.resumeLink.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      expiresAt: true,
      draft: { select: { answers: true, step: true, locale: true, expiresAt: true } },
    },
  });
}

export async function markResumeLinkUsed(db: Db, id: string, at: Date): Promise<void> {
  await db.prisma.resumeLink.update({ where: { id }, data: { lastUsedAt: at }, select: { id: true } });
}
