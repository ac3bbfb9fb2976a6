import { clearClipboardIfCopied, type ClipboardLike } from './clipboard';

export type LockReason = 'user' | 'shortcut' | 'idle';

export interface LockDeps {
  lockVault(reason: LockReason): Promise<unknown>;
  clipboard(): ClipboardLike | undefined;
  reload(): void;
  /** Hides the page at once, before any await, so nothing stays readable while the core locks. */
  blank(): void;
}

type Listener = () => void;

/**
 * The lock sequence: blank the window, tell the core to drop its key and overwrite our clipboard text, then
 * reload the page so no decrypted data survives in this renderer's memory. Runs at most once per page.
 * The clipboard write is started in the same tick as the core call, not after its answer: a host may
 * reload the page as soon as the core has locked (the Chromium host does), which would cut a later write.
 */
export function createLocker(deps: LockDeps) {
  let locking = false;
  const listeners = new Set<Listener>();

  async function lock(reason: LockReason): Promise<void> {
    if (locking) return;
    locking = true;
    deps.blank();
    for (const l of listeners) l();
    const clipboard = clearClipboardIfCopied(deps.clipboard());
    const core = Promise.resolve()
      .then(() => deps.lockVault(reason))
      // Reload regardless: the page must not keep data even if the core did not answer.
      .catch(() => undefined);
    await Promise.all([core, clipboard]);
    deps.reload();
  }

  return {
    lock,
    isLocking: () => locking,
    subscribe(l: Listener): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
