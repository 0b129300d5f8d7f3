import nodemailer from 'nodemailer';
import type { Env } from '../env.ts';

/** One e-mail as it goes over SMTP: links minted, headers decided (see outbox.sender.ts). */
export type OutgoingMail = {
  /** `<outbox.<id>@<host>>`: the same on every attempt, so a receiver can tell a re-sent copy. */
  messageId: string;
  from: { name: string; address: string };
  replyTo: string;
  to: { name: string | null; address: string };
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

/** What became of one send. `permanent`: the server refused the message itself (5xx); retrying is pointless. */
export type SendOutcome = { ok: true; /** the server's answer, e.g. "250 2.0.0 Ok: queued" */ response: string } | { ok: false; permanent: boolean; error: string };

export interface MailTransport {
  /** Where it sends, without credentials (for the start-up log line). */
  readonly description: string;
  /** `signal`: give up (the process is stopping); the outcome is then a temporary failure. */
  send(mail: OutgoingMail, signal?: AbortSignal): Promise<SendOutcome>;
  close(): void;
}

const MAX_ERROR_LENGTH = 300;

/**
 * The SMTP transport for SMTP_URL, or null when it is unset (the embedded default: e-mails stay in
 * the outbox). One connection per message: nothing to keep alive between the worker's polls, and a
 * server that went away costs one refused connection, not a broken pool.
 *
 * Every send has a hard deadline of half the outbox lease (at most a minute): a send that is still
 * running when its lease runs out could be claimed and sent by another process as well.
 */
export function createMailTransport(env: Pick<Env, 'SMTP_URL' | 'OUTBOX_LEASE_SECONDS'>): MailTransport | null {
  if (!env.SMTP_URL) return null;
  const url = new URL(env.SMTP_URL);
  const deadlineMs = Math.min(60_000, (env.OUTBOX_LEASE_SECONDS * 1000) / 2);
  const transporter = nodemailer.createTransport({
    url: env.SMTP_URL,
    connectionTimeout: Math.min(10_000, deadlineMs),
    greetingTimeout: Math.min(10_000, deadlineMs),
    socketTimeout: Math.min(30_000, deadlineMs),
    dnsTimeout: Math.min(10_000, deadlineMs),
  });
  const secrets = [env.SMTP_URL, url.username, url.password, safeDecode(url.username), safeDecode(url.password)];

  return {
    description: `${url.protocol}//${url.host}`,
    async send(mail, signal) {
      try {
        const info = await transporter.sendMail({
          messageId: mail.messageId,
          from: mail.from,
          replyTo: mail.replyTo,
          to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          headers: mail.headers,
          signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(deadlineMs)]) : AbortSignal.timeout(deadlineMs),
        });
        return { ok: true, response: describeSendError({ message: String(info.response ?? '') }, secrets) };
      } catch (error) {
        return { ok: false, permanent: isPermanentRefusal(error), error: describeSendError(error, secrets) };
      }
    },
    close() {
      transporter.close();
    },
  };
}

/**
 * A 5xx reply refuses this message for good (nodemailer sets `permanent`, leaving out 503). Not a
 * refused login: that is our configuration, not the message, and holds for every message alike:
 * they wait (and back off) until SMTP_URL is fixed.
 */
function isPermanentRefusal(error: unknown): boolean {
  const { permanent, code } = error as { permanent?: unknown; code?: unknown };
  return permanent === true && code !== 'EAUTH';
}

/** Anything shaped like an e-mail address (`local@domain`), as SMTP servers quote recipients. */
const EMAIL_ADDRESS = /[^\s<>()[\]{}"',;:@]+@[^\s<>()[\]{}"',;:@]+/g;

/**
 * A short, single-line error for OutboxMessage.lastError and the log: without the SMTP
 * credentials, and without e-mail addresses (a refusal often quotes the recipient's, which must
 * not end up in the logs; the VA sees whom it was for next to it).
 */
export function describeSendError(error: unknown, secrets: string[] = []): string {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  let text = typeof message === 'string' ? message : String(error);
  for (const secret of secrets.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)) {
    text = text.split(secret).join('***');
  }
  text = text.replace(EMAIL_ADDRESS, '[address]').replace(/\s+/g, ' ').trim();
  const line = typeof code === 'string' && !text.startsWith(code) ? `${code}: ${text}` : text;
  return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
