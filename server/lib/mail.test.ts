import { describe, expect, test } from 'vitest';
import { createMailTransport, describeSendError } from './mail.ts';

describe('describeSendError', () => {
  test('one short line with the error code, without the SMTP credentials', () => {
    const error = Object.assign(new Error('Invalid login for mailer@example.nl with\n s3cr3t-Pa55: 535 5.7.8 Authentication failed'), { code: 'EAUTH' });
    expect(describeSendError(error, ['mailer@example.nl', 's3cr3t-Pa55'])).toBe('EAUTH: Invalid login for *** with ***: 535 5.7.8 Authentication failed');
  });

  test('no e-mail address, as a refusal quotes the recipient', () => {
    const error = Object.assign(new Error('Message failed: 550 5.1.1 <zoe.de-vries+scan@example.nl>: Recipient address rejected'), { code: 'EMESSAGE' });
    expect(describeSendError(error)).toBe('EMESSAGE: Message failed: 550 5.1.1 <[address]>: Recipient address rejected');
  });

  test('cut to 300 characters', () => {
    const line = describeSendError(new Error('x'.repeat(1000)));
    expect(line).toHaveLength(300);
    expect(line.endsWith('…')).toBe(true);
  });

  test('anything thrown', () => {
    expect(describeSendError('plain text')).toBe('plain text');
  });
});

test('no SMTP_URL, no transport (e-mails stay in the outbox)', () => {
  expect(createMailTransport({ SMTP_URL: undefined, OUTBOX_LEASE_SECONDS: 120 })).toBeNull();
  expect(createMailTransport({ SMTP_URL: 'smtp://user:pw@mail.example.nl:587', OUTBOX_LEASE_SECONDS: 120 })?.description).toBe(
    'smtp://mail.example.nl:587',
  );
});
