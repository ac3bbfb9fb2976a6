import type { Runtime } from '../runtime';

/** setTimeout/clearTimeout, injectable so a test can drive the idle lock without real time passing. */
export interface Scheduler {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  set: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // The idle timer alone must not keep a CLI or a worker alive.
    t.unref?.();
    return t;
  },
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * The core's own idle lock, on a timer: a host that never sends another request (crashed UI, forgotten CLI)
 * must not keep the key in memory. Re-armed after every request from the session's last activity; when it
 * fires, `lockIfIdle` runs through the core's request queue, so it never interrupts a request.
 */
export function idleTimer(rt: Runtime, scheduler: Scheduler, lockIfIdle: () => void) {
  const timer = oneShot(scheduler, lockIfIdle);
  const arm = () => {
    if (!rt.session) return timer.cancel();
    const due = rt.idle.lastActivity + rt.idle.limitMs - rt.now().getTime();
    // +1: the router locks only once the limit is exceeded, not reached.
    timer.set(Math.max(0, due) + 1);
  };
  return { arm, cancel: timer.cancel };
}

/** One pending call of `fire` at a time: setting it again replaces the earlier one. */
export function oneShot(scheduler: Scheduler, fire: () => void) {
  let handle: unknown = null;
  const cancel = () => {
    if (handle !== null) scheduler.clear(handle);
    handle = null;
  };
  const set = (ms: number) => {
    cancel();
    handle = scheduler.set(() => {
      handle = null;
      fire();
    }, ms);
  };
  return { set, cancel };
}

/** True when the session has been idle past its limit (the same test the router applies on a request). */
export const isIdle = (rt: Runtime): boolean => rt.session !== null && rt.now().getTime() - rt.idle.lastActivity > rt.idle.limitMs;
