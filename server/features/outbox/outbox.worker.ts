import type { AppDeps } from '../../app-deps.ts';
import type { BackgroundJob } from '../../lib/background-job.ts';
import { createMailTransport, type MailTransport } from '../../lib/mail.ts';
import { withRequestId } from '../../lib/logger.ts';
import { generateToken } from '../../lib/security.ts';
import { startJob, type JobRunContext } from '../../lib/job-runner.ts';
import { claimDueMessages } from './outbox.repository.ts';
import { sendClaimedMessage, senderIdentity } from './outbox.sender.ts';

export type OutboxWorker = BackgroundJob & {
  /** Look for due messages now rather than at the next poll (e.g. right after queueing one). */
  nudge(): void;
};

export type OutboxWorkerOptions = {
  /** Default: the SMTP transport from SMTP_URL (null when unset: the worker does not start). */
  transport?: MailTransport | null;
  /** Messages claimed (and sent side by side) at a time. */
  batchSize?: number;
  /**
   * At stop, how long sends in flight may take to finish (default 5 s); those still running then
   * are cut off and their claims released, so another process sends them at once.
   */
  stopGraceMs?: number;
};

/** Sends in flight normally end well within this; a hung server does not hold a stop up longer. */
const DEFAULT_STOP_GRACE_MS = 5000;

/** Four connections at a time: enough for a burst, and each claim only covers what is being sent. */
const DEFAULT_BATCH_SIZE = 4;

/**
 * Sends the outbox: every OUTBOX_POLL_MS it claims a batch of due messages, sends them, records
 * each outcome, and claims again while batches come back full. Safe in any number of processes
 * (claims never overlap; see claimDueMessages). Without SMTP_URL it does not start: messages stay
 * queued, readable in the back office, and go out once a process starts with SMTP configured.
 *
 * stop() claims nothing more and waits for the sends in flight and their outcomes, for at most
 * stopGraceMs; a send still running then is cut off and its message released back to the queue.
 */
export function startOutboxWorker(deps: AppDeps, options: OutboxWorkerOptions = {}): OutboxWorker {
  const transport = options.transport === undefined ? createMailTransport(deps.env) : options.transport;
  if (!transport) {
    deps.log.warn({ job: 'outbox' }, 'E-mail: SMTP_URL is not set, so e-mails stay queued in the outbox (readable in the back office).');
    return { async stop() {}, nudge() {} };
  }
  const mailer: MailTransport = transport;
  const { env } = deps;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // Which sender holds a claim (claim tokens start with it): helps reading the table after an incident.
  const workerId = generateToken(6);
  const log = deps.log.child({ job: 'outbox', worker: workerId });
  const jobDeps = { ...deps, log };
  log.info(`E-mail: the outbox sends through ${mailer.description} (looking every ${env.OUTBOX_POLL_MS} ms).`);

  // At most half the shutdown's deadline: the rest is for the requests in flight.
  const stopGraceMs = options.stopGraceMs ?? Math.min(DEFAULT_STOP_GRACE_MS, env.SHUTDOWN_TIMEOUT_SECONDS * 500);

  async function sendDueMessages({ stopRequested, cutOff }: JobRunContext) {
    while (!stopRequested.aborted) {
      const now = new Date();
      const claimed = await claimDueMessages(deps.db, {
        now,
        lockedUntil: new Date(now.getTime() + env.OUTBOX_LEASE_SECONDS * 1000),
        claimToken: `${workerId}.${generateToken(9)}`,
        limit: batchSize,
      });
      if (claimed.length === 0) return;
      const identity = await senderIdentity(deps);
      // Settle every send before going on (stop() awaits them all), then report the first error.
      // Each send's lines carry the id of the request that queued the message.
      const sends = await Promise.allSettled(
        claimed.map((message) =>
          withRequestId(message.requestId, () => sendClaimedMessage(jobDeps, mailer, identity, message, cutOff)),
        ),
      );
      const failure = sends.find((send) => send.status === 'rejected');
      if (failure) throw failure.reason;
      if (claimed.length < batchSize) return;
    }
  }

  const job = startJob({
    name: 'outbox',
    run: sendDueMessages,
    intervalMs: env.OUTBOX_POLL_MS,
    stopGraceMs,
    log,
    // Typically the database is unreachable; claims in flight run out and are taken again.
    errorMessage: 'Outbox: sending stopped on an error; trying again at the next poll.',
  });
  return {
    nudge: job.nudge,
    async stop() {
      await job.stop();
      mailer.close();
    },
  };
}
