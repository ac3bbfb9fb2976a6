/**
 * The core enforces the idle lock too, counting only requests it receives. While someone reads or types
 * without saving, the renderer tells it they are still there, at most once per interval, and learns in
 * the same call whether the core has already locked on its own.
 */
export function createHeartbeat(ping: () => Promise<'alive' | 'locked'>, onLocked: () => void, now: () => number, intervalMs = 30_000) {
  let last = now();
  let inFlight = false;
  return function activity(): void {
    const t = now();
    if (inFlight || t - last < intervalMs) return;
    last = t;
    inFlight = true;
    void ping()
      .then((r) => {
        if (r === 'locked') onLocked();
      })
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
      });
  };
}
