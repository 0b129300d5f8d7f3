import { describe, expect, test } from 'vitest';
import { followUpMergeValues } from './email-data.ts';
import { type EmailContent, emailContentFromStored, InvalidEmailContent, renderEmailContent, subjectOf } from './email-content.ts';
import type { EmailBranding, ResultSummary } from './email-types.ts';

const branding: EmailBranding = {
  vaName: 'Marloes Bakker',
  logoUrl: 'https://scan.example.nl/api/branding/logo?v=abc',
  brandColor: '#1d4ed8',
  signature: 'Hartelijke groet,\nMarloes',
  replyEmail: 'marloes@example.nl',
  bookingUrl: null,
};
const summary: ResultSummary = { firstName: 'Zoë', freedMinutesPerMonth: 750, netGainCentsPerMonth: 350_00, topTasks: ['Facturen maken'] };

const CONTENTS: EmailContent[] = [
  { kind: 'result-link', input: { locale: 'nl', branding, summary } },
  { kind: 'result-link', input: { locale: 'en', branding, summary } },
  {
    kind: 'va-new-intake',
    input: {
      branding,
      intake: { name: 'Zoë de Vries', email: 'zoe@example.nl', company: 'Zoë\nCoaching', freedMinutesPerMonth: 750, netGainCentsPerMonth: 350_00, topTasks: [], followUpConsent: true },
      adminUrl: 'https://scan.example.nl/admin/intakes/abc',
    },
  },
  {
    kind: 'follow-up',
    input: { locale: 'nl', branding, subject: '{{firstName}},\r\nBcc: x', body: 'Hoi {{firstName}}', merge: followUpMergeValues({ summary, locale: 'nl', branding }) },
  },
  { kind: 'resume-link', input: { locale: 'en', branding, step: 2, stepCount: 4 } },
];

describe('email content', () => {
  test('the subject without rendering is the rendered subject, one line of plain text', async () => {
    for (const content of CONTENTS) {
      const rendered = await renderEmailContent(content);
      expect(subjectOf(content), content.kind).toBe(rendered.subject);
      expect(subjectOf(content)).not.toMatch(/[\r\n]/);
    }
  });

  test('stored as JSON and read back, it renders the same e-mail (deterministic)', async () => {
    for (const content of CONTENTS) {
      const stored: unknown = JSON.parse(JSON.stringify(content.input));
      const read = emailContentFromStored(content.kind, stored);
      expect(read).toEqual(content);
      expect(await renderEmailContent(read)).toEqual(await renderEmailContent(content));
    }
  });

  test('an unknown kind or a stored shape that does not fit is refused, never rendered half', () => {
    expect(() => emailContentFromStored('newsletter', {})).toThrow(InvalidEmailContent);
    expect(() => emailContentFromStored('result-link', { locale: 'nl', branding })).toThrow(/cannot be rendered/);
    expect(() => emailContentFromStored('follow-up', { ...CONTENTS[3]!.input, merge: {} })).toThrow(InvalidEmailContent);
    expect(() => emailContentFromStored('resume-link', null)).toThrow(InvalidEmailContent);
  });
});
