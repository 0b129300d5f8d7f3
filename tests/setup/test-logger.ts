/**
 * The server's own logger (server/lib/logger.ts, same redaction) writing into memory, so a test
 * can read what was logged. An error-level line is also handed to console.error, which fails the
 * test (tests/setup/api.ts) unless the test expects it.
 */
import { createLogger, type Logger } from '../../server/lib/logger.ts';

export type LogEntry = { level: string; msg: string; [field: string]: unknown };

export type TestLogger = {
  log: Logger;
  /** Every line logged so far, parsed. */
  entries: LogEntry[];
  /** The messages logged at `level` (all levels when omitted). */
  messages(level?: string): string[];
  clear(): void;
};

export function createTestLogger(): TestLogger {
  const entries: LogEntry[] = [];
  const log = createLogger({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }, {
    write(line: string) {
      const entry = JSON.parse(line) as LogEntry;
      entries.push(entry);
      if (entry.level === 'error' || entry.level === 'fatal') {
        const err = entry.err as { stack?: string } | undefined;
        console.error(entry.msg, err?.stack ?? '');
      }
    },
  });
  return {
    log,
    entries,
    messages: (level) => entries.filter((entry) => level === undefined || entry.level === level).map((entry) => entry.msg),
    clear: () => void entries.splice(0),
  };
}
