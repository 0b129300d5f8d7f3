/**
 * A real SMTP server for the e-mail tests (smtp-server + mailparser), on a free local port.
 *
 *   const smtp = await startTestSmtpServer();      // smtp.url → SMTP_URL (with credentials)
 *   … the app sends …
 *   await smtp.waitForDelivered(2);
 *   smtp.delivered[0].parsed.subject
 *   smtp.replyWith({ kind: 'reject', code: 550, message: 'No such user' }, 1);   // the next message
 *   smtp.replyWith({ kind: 'hold' });              // keep every final reply back …
 *   const held = await smtp.nextHeld();            // … e.g. to kill the app mid-send
 *   await smtp.stop(); await smtp.start();         // down for a while, back on the same port
 *   await smtp.close();
 *
 * A message counts as delivered only when the server sent its final 250 while the client was still
 * connected: that is the moment SMTP passes responsibility for it. A held message whose client goes
 * away is `abandoned`, never delivered; a refused one (4xx/5xx) is `refused`.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

/** How the server answers the end of a message (its DATA). */
export type DataReply =
  /** 250, after `delayMs` (a slower server: senders overlap more). */
  | { kind: 'accept'; delayMs?: number }
  /** 4xx = try again later, 5xx = refused for good. */
  | { kind: 'reject'; code: number; message: string }
  /** No reply until `release()`, or until the client goes away (then it is abandoned). */
  | { kind: 'hold' };

export type ReceivedMail = {
  /** The Message-ID header, with its angle brackets. */
  messageId: string;
  /** The outbox id in a Message-ID of the form `<outbox.<id>@host>`, else null. */
  outboxId: string | null;
  envelope: { from: string; to: string[] };
  parsed: ParsedMail;
  raw: string;
};

export type HeldMail = {
  mail: ReceivedMail;
  /** Sends the 250 now (delivered), unless the client has gone away (abandoned). */
  release(): void;
};

export interface TestSmtpServer {
  readonly port: number;
  /** `smtp://user:pass@127.0.0.1:<port>`: what SMTP_URL is set to. */
  readonly url: string;
  readonly credentials: { user: string; pass: string };
  readonly delivered: ReceivedMail[];
  readonly refused: ReceivedMail[];
  readonly abandoned: ReceivedMail[];
  /** Held messages still waiting for their reply. */
  readonly held: HeldMail[];
  /** Answer the next `count` messages (default: all from now on) like this; afterwards accept again. */
  replyWith(reply: DataReply, count?: number): void;
  /** The next message to be held (one already held and not yet taken counts). */
  nextHeld(timeoutMs?: number): Promise<HeldMail>;
  waitForDelivered(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Stops listening and drops open connections: clients get "connection refused" until start(). */
  stop(): Promise<void>;
  /** Listens again, on the same port. */
  start(): Promise<void>;
  /** Forgets what it received, answers "accept" again, and lets held messages go (abandoned). */
  reset(): void;
  /** stop(), for good. */
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const credentials = { user: 'outbox-test', pass: 'p@ss w0rd:secret' };
  const delivered: ReceivedMail[] = [];
  const refused: ReceivedMail[] = [];
  const abandoned: ReceivedMail[] = [];
  const held: HeldMail[] = [];
  const heldWaiters: ((held: HeldMail) => void)[] = [];
  const taken = new WeakSet<HeldMail>();
  const openSessions = new Set<string>();
  const onSessionClosed = new Map<string, () => void>();
  let reply: DataReply = { kind: 'accept' };
  let repliesLeft = Infinity;
  let port = 0;
  let server: SMTPServer | undefined;

  const nextReply = (): DataReply => {
    const current = reply;
    if (repliesLeft !== Infinity && --repliesLeft <= 0) {
      reply = { kind: 'accept' };
      repliesLeft = Infinity;
    }
    return current;
  };

  const answer = (session: SMTPServerSession, mail: ReceivedMail, callback: (err?: Error | null, message?: string) => void) => {
    if (!openSessions.has(session.id)) {
      abandoned.push(mail);
      return;
    }
    delivered.push(mail);
    callback(null, `Queued as ${mail.messageId}`);
  };

  const createServer = () =>
    new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      closeTimeout: 100,
      onConnect(session, callback) {
        openSessions.add(session.id);
        callback();
      },
      onClose(session) {
        openSessions.delete(session.id);
        onSessionClosed.get(session.id)?.();
        onSessionClosed.delete(session.id);
      },
      onAuth(auth, _session, callback) {
        if (auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username });
        return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onMailFrom(_address, session, callback) {
        if (!session.user) return callback(Object.assign(new Error('Authentication required'), { responseCode: 530 }));
        return callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          };
          simpleParser(raw).then(
            (parsed) => {
              const messageId = parsed.messageId ?? '';
              const mail: ReceivedMail = {
                messageId,
                outboxId: /^<outbox\.([^@>]+)@/.exec(messageId)?.[1] ?? null,
                envelope,
                parsed,
                raw: raw.toString('utf8'),
              };
              const decided = nextReply();
              if (decided.kind === 'accept') {
                if (!decided.delayMs) return answer(session, mail, callback);
                setTimeout(() => answer(session, mail, callback), decided.delayMs);
                return;
              }
              if (decided.kind === 'reject') {
                refused.push(mail);
                return callback(Object.assign(new Error(decided.message), { responseCode: decided.code }));
              }
              let settled = false;
              const entry: HeldMail = {
                mail,
                release() {
                  if (settled) return;
                  settled = true;
                  held.splice(held.indexOf(entry), 1);
                  onSessionClosed.delete(session.id);
                  answer(session, mail, callback);
                },
              };
              onSessionClosed.set(session.id, () => {
                if (settled) return;
                settled = true;
                held.splice(held.indexOf(entry), 1);
                abandoned.push(mail);
              });
              held.push(entry);
              heldWaiters.shift()?.(entry);
            },
            (error: Error) => callback(Object.assign(error, { responseCode: 554 })),
          );
        });
      },
    });

  const start = async () => {
    if (server) return;
    const created = createServer();
    await new Promise<void>((resolve, reject) => {
      created.once('error', reject);
      created.listen(port, '127.0.0.1', () => {
        created.removeListener('error', reject);
        resolve();
      });
    });
    created.on('error', () => {}); // a client that vanishes mid-session is what some tests do
    const address = created.server.address();
    if (typeof address === 'object' && address) port = address.port;
    server = created;
  };

  const stop = async () => {
    const current = server;
    if (!current) return;
    server = undefined;
    await new Promise<void>((resolve) => current.close(() => resolve()));
  };

  await start();
  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@127.0.0.1:${port}`;
    },
    credentials,
    delivered,
    refused,
    abandoned,
    held,
    replyWith(next, count = Infinity) {
      reply = next;
      repliesLeft = count;
    },
    nextHeld(timeoutMs = 10_000) {
      const waiting = held.find((entry) => !taken.has(entry));
      if (waiting) {
        taken.add(waiting);
        return Promise.resolve(waiting);
      }
      return new Promise<HeldMail>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No message was held within ${timeoutMs} ms`)), timeoutMs);
        heldWaiters.push((entry) => {
          clearTimeout(timer);
          taken.add(entry);
          resolve(entry);
        });
      });
    },
    async waitForDelivered(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (delivered.length < count) {
        if (Date.now() > deadline) throw new Error(`${delivered.length} of ${count} messages delivered after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return delivered;
    },
    stop,
    start,
    reset() {
      reply = { kind: 'accept' };
      repliesLeft = Infinity;
      delivered.length = 0;
      refused.length = 0;
      abandoned.length = 0;
      held.length = 0;
      heldWaiters.length = 0;
    },
    close: stop,
  };
}

/**
 * Registers the hooks for a test file: an SMTP server started before all tests and closed after
 * them. Read `.smtp` inside tests and hooks (not at import time).
 */
export function useTestSmtpServer(): { readonly smtp: TestSmtpServer } {
  let current: TestSmtpServer | undefined;
  beforeAll(async () => {
    current = await startTestSmtpServer();
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get smtp() {
      if (!current) throw new Error('useTestSmtpServer(): the server runs only inside tests and hooks');
      return current;
    },
  };
}
