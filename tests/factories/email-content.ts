import type { EmailContent, EmailKind } from '../../server/emails/email-content.ts';
import type { EmailBranding } from '../../server/emails/email-types.ts';
import { renderStoredMessage } from '../../server/features/outbox/outbox.sender.ts';

export const TEST_BRANDING: EmailBranding = {
  vaName: 'Sanne Jansen',
  logoUrl: null,
  brandColor: '#1f5f8b',
  signature: 'Hartelijke groet,\nSanne',
  replyEmail: 'sanne@example.nl',
  bookingUrl: 'https://example.nl/kennismaken',
};

/**
 * What an e-mail of `kind` says, for tests that queue messages by hand: `words` is its subject (a
 * follow-up), the name in it (the VA's notice: "Nieuwe scan van <words>") or its first name.
 */
export function testEmailContent(kind: EmailKind, words = 'Bericht'): EmailContent {
  const summary = { firstName: words, freedMinutesPerMonth: 600, netGainCentsPerMonth: 250_00, topTasks: ['Facturen sturen'] };
  switch (kind) {
    case 'result-link':
      return { kind, input: { locale: 'nl', branding: TEST_BRANDING, summary } };
    case 'va-new-intake':
      return {
        kind,
        input: {
          branding: TEST_BRANDING,
          intake: { name: words, email: 'zoe@example.nl', company: null, freedMinutesPerMonth: 600, netGainCentsPerMonth: 250_00, topTasks: [], followUpConsent: true },
          adminUrl: 'http://scan.test/admin/intakes/x',
        },
      };
    case 'follow-up':
      return {
        kind,
        input: {
          locale: 'nl',
          branding: TEST_BRANDING,
          subject: words,
          body: `Hoi {{firstName}},\n\n${words}`,
          merge: { firstName: 'Zoë', hoursFreed: '10 uur', topTasks: 'facturen sturen', bookingLink: 'https://example.nl/kennismaken' },
        },
      };
    case 'resume-link':
      return { kind, input: { locale: 'nl', branding: TEST_BRANDING, step: 2, stepCount: 4 } };
  }
}

/**
 * An outbox row with its HTML and text as the sender renders them when it sends (the row itself
 * keeps only what the e-mail says: decision 0026).
 */
export async function withRendered<Row extends { kind: string; subject: string; content: unknown; html: string | null; text: string | null }>(
  row: Row,
): Promise<Omit<Row, 'html' | 'text'> & { html: string; text: string }> {
  const { html, text } = await renderStoredMessage(row);
  return { ...row, html, text };
}
