import { describe, expect, test } from 'vitest';
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
});

test('the Message-ID names the outbox row and the public host', () => {
  expect(messageIdOf('cm123', { PUBLIC_URL: 'https://scan.sannejansen.nl/' })).toBe('<outbox.cm123@scan.sannejansen.nl>');
  expect(messageIdOf('cm123', { PUBLIC_URL: 'http://localhost:3000' })).toBe('<outbox.cm123@localhost>');
});
