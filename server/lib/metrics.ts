import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestSample } from './request-log.ts';

/**
 * The process's Prometheus metrics (prom-client), served at /metrics. One registry per process,
 * as Prometheus scrapes each process: the counters count what this process did; the outbox
 * gauges are read from the database at each scrape, so every process reports the same queue.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'delegatiescan_' });

export const httpRequestDuration = new Histogram({
  name: 'delegatiescan_http_request_duration_seconds',
  help: 'Time to answer a request, per route pattern (never the path: paths carry tokens)',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const submissions = new Counter({
  name: 'delegatiescan_submissions_total',
  help: 'Scans submitted: created = a new intake stored, replayed = a retry of one already stored',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const emailsSent = new Counter({
  name: 'delegatiescan_emails_sent_total',
  help: 'E-mails this process handed to the SMTP server',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const emailsFailed = new Counter({
  name: 'delegatiescan_emails_failed_total',
  help: 'E-mails this process gave up on (refused for good, or out of attempts)',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const signInFailures = new Counter({
  name: 'delegatiescan_sign_in_failures_total',
  help: 'Back-office sign-ins refused: invalid_credentials, or throttled after too many failures',
  labelNames: ['reason'] as const,
  registers: [registry],
});

export const outboxMessages = new Gauge({
  name: 'delegatiescan_outbox_messages',
  help: 'E-mails in the outbox by state: due (waiting to be sent), scheduled (due later), sending, failed',
  labelNames: ['state'] as const,
  registers: [registry],
});

export const outboxOldestDueSeconds = new Gauge({
  name: 'delegatiescan_outbox_oldest_due_seconds',
  help: 'How long the longest-waiting due e-mail has been waiting (0 when none is due): grows while nothing leaves',
  registers: [registry],
});

export function observeRequest(sample: RequestSample): void {
  httpRequestDuration.observe({ method: sample.method, route: sample.route, status: String(sample.status) }, sample.seconds);
}
