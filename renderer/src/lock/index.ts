import { useSyncExternalStore } from 'react';
import { haven } from '../api';
import { createLocker, type LockReason } from './locker';

export type { LockReason } from './locker';

const locker = createLocker({
  lockVault: (reason) => haven.vault.lock({ reason }),
  clipboard: () => navigator.clipboard,
  reload: () => window.location.reload(),
  blank: () => {
    // Synchronous, outside React: the CSS hides the whole body from this frame on.
    document.documentElement.dataset.locking = 'true';
  },
});

export const lock = (reason: LockReason): Promise<void> => locker.lock(reason);

/** True once a lock has started: the app renders a plain cover in place of everything. */
export function useIsLocking(): boolean {
  return useSyncExternalStore(locker.subscribe, locker.isLocking, locker.isLocking);
}
