import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// A lazy page's first render (the intake detail with its result) can take over a second on a
// loaded 2-core machine; findBy* waits up to 5 s for it instead of Testing Library's 1 s.
configure({ asyncUtilTimeout: 5000 });

// A console.error during a test is a bug (docs/architecture.md, "Tests"): fail the test.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during test: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  // One window serves every test of a file: the next test starts on a history entry without state.
  window.history.replaceState(null, '');
});
