import { describe, expect, test } from 'vitest';
import { readEnv } from '../../env.ts';
import { messageIdOf, retryDelayMs } from './outbox.sender.ts';

describe('retryDelayMs', () => {
  test('doubles per attempt from the base, within ±25 % jitter', () => {
    expect(retryDelayMs(1, 30, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(2, 30, () => 0.5)).toBe(60_000);
    expect(retryDelayMs(5, 30, () => 0.5)).toBe(480_000);
    expect(retryDelayMs(3, 30, () => 0)).toBe(90_000);
    expect(retryDelayMs(3, 30, () => 0.999_999)).toBe(150_000);
  });

  test('never waits more than 6 hours, however many attempts', () => {
    const sixHours = 6 * 60 * 60 * 1000;
    expect(retryDelayMs(10, 30, () => 0.999_999)).toBeLessThan(sixHours); // 4.3 h × 1.25
    expect(retryDelayMs(11, 30, () => 0)).toBe(sixHours); // 8.5 h × 0.75
    expect(retryDelayMs(2000, 30, () => 0.5)).toBe(sixHours);
  });

  test('a base of 0 retries at once', () => {
    expect(retryDelayMs(4, 0)).toBe(0);
  });

  test('with the defaults, a message outlasts an SMTP outage of a day: its last attempt comes 30 to 35 hours after the first', () => {
    const { OUTBOX_MAX_ATTEMPTS, OUTBOX_RETRY_BASE_SECONDS } = readEnv({});
    const hour = 60 * 60 * 1000;
    /** From the first attempt to the last, every wait drawn with `random`. */
    const span = (random: () => number) => {
      let elapsed = 0;
      for (let attempts = 1; attempts < OUTBOX_MAX_ATTEMPTS; attempts++) elapsed += retryDelayMs(attempts, OUTBOX_RETRY_BASE_SECONDS, random);
      return elapsed;
    };
    expect(span(() => 0)).toBeGreaterThanOrEqual(30 * hour); // the shortest waits
    expect(span(() => 0.999_999)).toBeLessThanOrEqual(35 * hour); // the longest
  });
});

test('the Message-ID names the outbox row and the public host', () => {
  expect(messageIdOf('cm123', { PUBLIC_URL: 'https://scan.sannejansen.nl/' })).toBe('<outbox.cm123@scan.sannejansen.nl>');
  expect(messageIdOf('cm123', { PUBLIC_URL: 'http://localhost:3000' })).toBe('<outbox.cm123@localhost>');
});
