import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearClipboardIfCopied, copyText, hasCopied, noteCopied, resetClipboardTracking } from '../../../renderer/src/lock/clipboard';
import { createHeartbeat } from '../../../renderer/src/lock/heartbeat';
import { createIdleTimer, type IdleClock } from '../../../renderer/src/lock/idle';
import { createLocker, type LockDeps } from '../../../renderer/src/lock/locker';
import { isLockShortcut } from '../../../renderer/src/lock/shortcut';

const fakeClock = (): IdleClock => ({
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
});

describe('idle timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the timeout without activity', () => {
    const onIdle = vi.fn();
    createIdleTimer(60_000, onIdle, fakeClock());
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('activity restarts the period', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(60_000, onIdle, fakeClock());
    vi.advanceTimersByTime(50_000);
    timer.touch();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('fires when the clock jumps past the deadline (suspend, fast-forwarded test clock)', () => {
    const onIdle = vi.fn();
    createIdleTimer(60_000, onIdle, fakeClock());
    vi.setSystemTime(Date.now() + 3_600_000);
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stop() cancels it', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(60_000, onIdle, fakeClock());
    timer.stop();
    vi.advanceTimersByTime(120_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('lock sequence', () => {
  beforeEach(() => resetClipboardTracking());

  const deps = (over: Partial<LockDeps> = {}) => {
    const order: string[] = [];
    const clipboard = { writeText: vi.fn(async (t: string) => void order.push(`clipboard:${JSON.stringify(t)}`)) };
    const d: LockDeps = {
      blank: () => order.push('blank'),
      lockVault: async (reason) => void order.push(`lock:${reason}`),
      clipboard: () => clipboard,
      reload: () => order.push('reload'),
      ...over,
    };
    return { d, order, clipboard };
  };

  it('blanks, locks the core, then reloads; the clipboard is left alone when we never copied', async () => {
    const { d, order, clipboard } = deps();
    await createLocker(d).lock('shortcut');
    expect(order).toEqual(['blank', 'lock:shortcut', 'reload']);
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('overwrites the clipboard with an empty string when the app copied something', async () => {
    const { d, order } = deps();
    noteCopied();
    await createLocker(d).lock('idle');
    expect(order).toEqual(['blank', 'clipboard:""', 'lock:idle', 'reload']);
    expect(hasCopied()).toBe(false);
  });

  it('still reloads when the core or the clipboard fails', async () => {
    const { d, order } = deps({
      lockVault: () => Promise.reject(new Error('core gone')),
      clipboard: () => ({ writeText: () => Promise.reject(new Error('no focus')) }),
    });
    noteCopied();
    await createLocker(d).lock('user');
    expect(order).toEqual(['blank', 'reload']);
  });

  it('runs once even if triggered twice', async () => {
    const { d, order } = deps();
    const locker = createLocker(d);
    await Promise.all([locker.lock('user'), locker.lock('idle')]);
    expect(order.filter((o) => o === 'reload')).toHaveLength(1);
    expect(locker.isLocking()).toBe(true);
  });

  it('copyText marks the clipboard as ours only when the copy worked', async () => {
    expect(await copyText({ writeText: () => Promise.reject(new Error('denied')) }, 'x')).toBe(false);
    expect(hasCopied()).toBe(false);
    expect(await copyText({ writeText: async () => undefined }, 'x')).toBe(true);
    expect(hasCopied()).toBe(true);
    await clearClipboardIfCopied(undefined);
  });
});

describe('lock shortcut', () => {
  const k = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  it('is Ctrl+L or Cmd+L, nothing else', () => {
    expect(isLockShortcut(k('l', { ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(k('L', { metaKey: true }))).toBe(true);
    expect(isLockShortcut(k('l'))).toBe(false);
    expect(isLockShortcut(k('l', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLockShortcut(k('k', { ctrlKey: true }))).toBe(false);
  });
});

describe('heartbeat', () => {
  it('pings at most once per interval and reports a core that locked itself', async () => {
    let t = 0;
    const ping = vi.fn(async () => 'locked' as const);
    const onLocked = vi.fn();
    const beat = createHeartbeat(ping, onLocked, () => t, 30_000);
    beat();
    expect(ping).not.toHaveBeenCalled();
    t = 30_000;
    beat();
    beat();
    await vi.waitFor(() => expect(onLocked).toHaveBeenCalledTimes(1));
    expect(ping).toHaveBeenCalledTimes(1);
  });
});
