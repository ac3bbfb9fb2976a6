import { useEffect } from 'react';
import { haven } from '../api';
import { noteCopied } from './clipboard';
import { createHeartbeat } from './heartbeat';
import { browserClock, createIdleTimer } from './idle';
import { lock } from './index';
import { isLockShortcut } from './shortcut';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'mousemove'] as const;

async function ping(): Promise<'alive' | 'locked'> {
  const r = await haven.session.current();
  return !r.ok && (r.error.code === 'UNAUTHENTICATED' || r.error.code === 'LOCKED') ? 'locked' : 'alive';
}

/**
 * While unlocked: idle lock after `idleMinutes` without keyboard or pointer activity, the lock shortcut,
 * a heartbeat that keeps the core's own idle clock in step with real activity, and tracking of copy
 * events so a lock can clear what this window copied.
 */
export function useLockTriggers(idleMinutes: number): void {
  useEffect(() => {
    const timer = createIdleTimer(idleMinutes * 60_000, () => void lock('idle'), browserClock);
    const beat = createHeartbeat(ping, () => void lock('idle'), browserClock.now);
    const touch = () => {
      timer.touch();
      beat();
    };
    for (const ev of ACTIVITY) window.addEventListener(ev, touch, { capture: true, passive: true });
    return () => {
      timer.stop();
      for (const ev of ACTIVITY) window.removeEventListener(ev, touch, { capture: true });
    };
  }, [idleMinutes]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLockShortcut(e)) return;
      e.preventDefault();
      void lock('shortcut');
    };
    const onCopy = () => noteCopied();
    window.addEventListener('keydown', onKey, { capture: true });
    document.addEventListener('copy', onCopy, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('copy', onCopy, { capture: true });
    };
  }, []);
}
