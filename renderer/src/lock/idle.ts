export interface IdleClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IdleTimer {
  /** Activity seen: restart the idle period. Cheap, so it can run on every mousemove. */
  touch(): void;
  stop(): void;
}

/**
 * Fires onIdle once after `timeoutMs` without touch(). Activity only records a timestamp; one timer checks
 * the elapsed time with now() and re-arms for the remainder. Using plain setTimeout and Date.now is what
 * lets an end-to-end test fast-forward a fake clock instead of waiting minutes.
 */
export function createIdleTimer(timeoutMs: number, onIdle: () => void, clock: IdleClock): IdleTimer {
  let last = clock.now();
  let handle: unknown = null;
  let stopped = false;

  const arm = (ms: number) => {
    handle = clock.setTimeout(check, Math.max(0, ms));
  };
  function check(): void {
    handle = null;
    if (stopped) return;
    const idleFor = clock.now() - last;
    if (idleFor >= timeoutMs) {
      stopped = true;
      onIdle();
    } else {
      arm(timeoutMs - idleFor);
    }
  }
  arm(timeoutMs);

  return {
    touch() {
      last = clock.now();
    },
    stop() {
      stopped = true;
      if (handle !== null) clock.clearTimeout(handle);
      handle = null;
    },
  };
}

export const browserClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (h) => window.clearTimeout(h as number),
};
