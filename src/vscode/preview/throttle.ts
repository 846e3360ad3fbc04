// Leading-and-trailing throttle for the live preview, as the built-in markdown preview does it:
// the first change after a quiet spell renders at once, changes during the interval that follows
// collapse into one render at its end. So while someone types there is at most one render per
// interval, and the last keystroke is always shown.
//
// The throttled function takes no arguments on purpose: it reads the document when it runs, so
// whatever it renders is the newest version, never a snapshot captured when the timer was set.
// No `vscode` import: the clock is injected so tests can drive it.

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Throttle {
  /** Asks for a run: now if the last run was at least `intervalMs` ago, else at the interval's end. */
  trigger(): void;
  /** Runs now if a run is pending (e.g. the panel became visible). */
  flush(): void;
  /** True while a trailing run is scheduled. */
  readonly pending: boolean;
  dispose(): void;
}

export function createThrottle(
  fn: () => void,
  intervalMs: number,
  clock: Clock = systemClock,
): Throttle {
  let lastRun = Number.NEGATIVE_INFINITY;
  let timer: unknown;
  let disposed = false;

  const run = () => {
    timer = undefined;
    lastRun = clock.now();
    fn();
  };

  return {
    trigger() {
      if (disposed || timer !== undefined) return;
      const wait = lastRun + intervalMs - clock.now();
      if (wait <= 0) run();
      else timer = clock.setTimeout(run, wait);
    },
    flush() {
      if (disposed || timer === undefined) return;
      clock.clearTimeout(timer);
      run();
    },
    get pending() {
      return timer !== undefined;
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
