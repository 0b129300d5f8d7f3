/**
 * Setup for the 'api' vitest project: a console.error during a test is a bug
 * (docs/architecture.md, "Tests") and fails that test. The message is still printed, with its stack, to help find it.
 */
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

let consoleError: MockInstance<typeof console.error> | undefined;
let logged: unknown[][] = [];

beforeEach(() => {
  logged = [];
  const original = console.error.bind(console);
  consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args);
    original(...args);
  });
});

afterEach(() => {
  consoleError?.mockRestore();
  consoleError = undefined;
  if (logged.length > 0) {
    const messages = logged.map((args) =>
      args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' '),
    );
    logged = [];
    throw new Error(`console.error was called during the test:\n${messages.join('\n')}`);
  }
});
