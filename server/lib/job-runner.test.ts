import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startJob, type JobOptions, type JobRunContext } from './job-runner.ts';

/** A run the test ends by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function fakeLog() {
  return { error: vi.fn<(fields: object, message: string) => void>() };
}

function job(overrides: Partial<JobOptions> & Pick<JobOptions, 'run'>) {
  return startJob({ name: 'test', intervalMs: 100, log: fakeLog(), ...overrides });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('startJob', () => {
  test('runs after firstRunAfterMs, then intervalMs after each run ends', async () => {
    const run = vi.fn(async () => {});
    const running = job({ run, firstRunAfterMs: 50 });
    await vi.advanceTimersByTimeAsync(49);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(run).toHaveBeenCalledTimes(5);
    await running.stop();
  });

  test('adds up to jitterMs to each wait', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const run = vi.fn(async () => {});
    const running = job({ run, firstRunAfterMs: 0, jitterMs: 20 });
    await vi.advanceTimersByTimeAsync(19);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(119);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await running.stop();
    vi.mocked(Math.random).mockRestore();
  });

  test('never runs twice at once: the next wait starts when a long run ends', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = deferred();
    const run = vi.fn(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await slow.promise;
      inFlight--;
    });
    const running = job({ run, intervalMs: 10 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
    slow.resolve();
    await vi.advanceTimersByTimeAsync(9);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    await running.stop();
  });

  test('a nudge runs at once when idle; nudges during a run make one more run, right after it', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const run = vi.fn(() => {
      const one = deferred();
      runs.push(one);
      return one.promise;
    });
    const running = job({ run, firstRunAfterMs: 1000, intervalMs: 1000 });
    running.nudge();
    expect(run).toHaveBeenCalledTimes(1);
    running.nudge();
    running.nudge();
    running.nudge();
    expect(run).toHaveBeenCalledTimes(1);
    runs[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    runs[1]!.resolve();
    await vi.advanceTimersByTimeAsync(999);
    // The nudges were coalesced into that one run; the scheduled first run was replaced by it.
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(3);
    runs[2]!.resolve();
    await running.stop();
  });

  test('stop waits for the run in flight, then nothing more runs (nudges included)', async () => {
    const slow = deferred();
    let context: JobRunContext | undefined;
    const run = vi.fn((ctx: JobRunContext) => {
      context = ctx;
      return slow.promise;
    });
    const running = job({ run, intervalMs: 10 });
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));
    expect(context!.stopRequested.aborted).toBe(true);
    expect(context!.cutOff.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(stopped).toBe(false);
    slow.resolve();
    await stopping;
    expect(stopped).toBe(true);
    running.nudge();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('with stopGraceMs, stop aborts cutOff once the grace is over, and still waits for the run', async () => {
    const run = vi.fn(
      ({ cutOff }: JobRunContext) =>
        new Promise<void>((resolve) => cutOff.addEventListener('abort', () => setTimeout(resolve, 5))),
    );
    const running = job({ run, stopGraceMs: 200 });
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(5);
    await stopping;
    expect(stopped).toBe(true);
  });

  test('a failed run is logged, not thrown, and the next run still happens', async () => {
    const log = fakeLog();
    const err = new Error('database away');
    const run = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(err)
      .mockImplementationOnce(() => {
        throw new Error('thrown before any await');
      })
      .mockResolvedValue(undefined);
    const running = job({ run, log, intervalMs: 10 });
    await vi.advanceTimersByTimeAsync(0);
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenLastCalledWith({ err }, 'test: run failed; trying again at the next run');
    await vi.advanceTimersByTimeAsync(10);
    expect(run).toHaveBeenCalledTimes(2);
    expect(log.error).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10);
    expect(run).toHaveBeenCalledTimes(3);
    expect(log.error).toHaveBeenCalledTimes(2);
    await running.stop();
  });

  test('errorMessage replaces the default error line', async () => {
    const log = fakeLog();
    const running = job({ run: () => Promise.reject(new Error('x')), log, errorMessage: 'It failed' });
    await vi.advanceTimersByTimeAsync(0);
    expect(log.error).toHaveBeenCalledWith({ err: expect.any(Error) }, 'It failed');
    await running.stop();
  });
});
