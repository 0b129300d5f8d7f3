/** What a run is told about the job's stop. */
export type JobRunContext = {
  /** Aborted as soon as stop() is called: a run that loops should not start another round. */
  stopRequested: AbortSignal;
  /** Aborted when a stop's grace (stopGraceMs) runs out: cut off the work still in flight. */
  cutOff: AbortSignal;
};

export type JobOptions = {
  /** The job's name, for its error line. */
  name: string;
  /** The work: one run. Never two at once; a rejection is logged, and the next run still happens. */
  run: (context: JobRunContext) => Promise<unknown>;
  /** The wait after a run ends before the next one (runs never overlap, so no backlog piles up). */
  intervalMs: number;
  /** The wait before the first run (default 0: right after start). */
  firstRunAfterMs?: number;
  /** A random extra wait of up to this long, added to each scheduled wait (default 0: none). */
  jitterMs?: number;
  /** Whether the waits let the process exit (default false: they keep it alive, as timers do). */
  unref?: boolean;
  /** At stop, how long a run in flight may take before cutOff is aborted (default: no limit). */
  stopGraceMs?: number;
  /** Where a failed run is logged (with `err`). */
  log: { error(fields: object, message: string): void };
  /** The error line's message (default: "<name>: run failed; trying again at the next run"). */
  errorMessage?: string;
};

export type RunningJob = {
  /**
   * Run now rather than at the next scheduled time: at once when idle, else right after the run in
   * flight (any number of nudges during a run make one more run). Does nothing once stopped.
   */
  nudge(): void;
  /**
   * Runs nothing more and waits for the run in flight (after stopGraceMs, its cutOff is aborted and
   * it is still waited for). Never rejects.
   */
  stop(): Promise<void>;
};

/**
 * The one loop behind every background job (server/jobs.ts): runs `run` after firstRunAfterMs, then
 * again intervalMs (+ up to jitterMs) after each run ends, one run at a time, until stopped.
 */
export function startJob(options: JobOptions): RunningJob {
  const { run, intervalMs, firstRunAfterMs = 0, jitterMs = 0, unref = false, stopGraceMs, log } = options;
  const errorMessage = options.errorMessage ?? `${options.name}: run failed; trying again at the next run`;
  const stopRequested = new AbortController();
  const cutOff = new AbortController();
  const context: JobRunContext = { stopRequested: stopRequested.signal, cutOff: cutOff.signal };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let runAgain = false;

  function schedule(delayMs: number) {
    const jitter = jitterMs > 0 ? Math.floor(Math.random() * (jitterMs + 1)) : 0;
    timer = setTimeout(start, delayMs + jitter);
    if (unref) timer.unref();
  }

  function start() {
    if (stopped) return;
    if (running) {
      runAgain = true;
      return;
    }
    clearTimeout(timer);
    // An async wrapper, so that a run that throws before its first await is caught like any other.
    running = (async () => {
      await run(context);
    })()
      .catch((err: unknown) => log.error({ err }, errorMessage))
      .finally(() => {
        running = undefined;
        if (stopped) return;
        if (runAgain) {
          runAgain = false;
          start();
        } else {
          schedule(intervalMs);
        }
      });
  }

  schedule(firstRunAfterMs);
  return {
    nudge: start,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      stopRequested.abort();
      if (!running) return;
      const inFlight = running;
      if (stopGraceMs !== undefined) {
        let graceTimer: NodeJS.Timeout | undefined;
        const graceOver = new Promise<void>((resolve) => (graceTimer = setTimeout(resolve, stopGraceMs)));
        await Promise.race([inFlight, graceOver]);
        clearTimeout(graceTimer);
        cutOff.abort();
      }
      await inFlight;
    },
  };
}
