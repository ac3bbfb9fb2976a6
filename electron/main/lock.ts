import { createHash } from 'node:crypto';
import type { Clipboard, PowerMonitor, WebContents } from 'electron';
import type { Channel } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { CoreClient } from '../core/host';

/** The reasons main itself locks for; the renderer sends its own (user, shortcut, idle) over IPC. */
export type MainLockReason = 'shortcut' | 'os-lock' | 'suspend' | 'exit';

type Board = Pick<Clipboard, 'readText' | 'clear'>;

export interface LockDeps {
  core: Pick<CoreClient, 'request'>;
  /** On Linux, `selection` is the PRIMARY selection: text merely selected in the window lands there too. */
  clipboard: Board & { readonly selection?: Board };
  appContents: () => WebContents | null;
}

export interface Locker {
  lock(reason: MainLockReason): Promise<Result<unknown>>;
  /** Every core result passes here, from IPC and from main's own calls. */
  observe(channel: Channel, result: Result<unknown>): void;
  /** After a lock and on quit: applies the clipboard rule below. Resolves when done; never rejects. */
  clearClipboard(): Promise<void>;
}

// A digest, not the text: main never keeps a copy of what may be case data.
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What happens after the core has dropped its key:
 *  - the renderer process is killed, then reloaded. A plain reload may keep the same process and heap;
 *    forcing a new one is what guarantees no decrypted record outlives the lock in renderer memory. The
 *    killed page shows nothing in the meantime, which is the blanking.
 *  - the clipboard is cleared if its text changed while the vault was unlocked. Main cannot see which
 *    program wrote it, and a survivor's address copied into another program is still a survivor's
 *    address, so "changed during the session" is the rule; text that was there before unlock is left alone.
 */
export function createLocker(deps: LockDeps): Locker {
  const boards = (): Board[] => (deps.clipboard.selection ? [deps.clipboard, deps.clipboard.selection] : [deps.clipboard]);
  const read = (b: Board) => b.readText().catch(() => '');
  let atUnlock: Promise<string[]> | null = null;

  const clearClipboard = async () => {
    const pending = atUnlock;
    atUnlock = null;
    if (!pending) return;
    const before = await pending;
    await Promise.all(
      boards().map(async (b, i) => {
        const text = await read(b);
        if (text !== '' && digest(text) !== before[i]) b.clear();
      }),
    );
  };

  const afterLock = () => {
    const contents = deps.appContents();
    if (contents && !contents.isDestroyed()) {
      contents.forcefullyCrashRenderer();
      contents.reload();
    }
    void clearClipboard().catch(() => undefined);
  };

  const observe = (channel: Channel, result: Result<unknown>) => {
    if (!result.ok) return;
    if (channel === 'vault.lock') afterLock();
    // A second unlock (switching user) keeps the first snapshot: the session never ended in between.
    else if ((channel === 'vault.unlock' || channel === 'vault.setup') && atUnlock === null) {
      atUnlock = Promise.all(boards().map(async (b) => digest(await read(b))));
    }
  };

  return {
    async lock(reason) {
      const result = await deps.core.request('vault.lock', { reason });
      observe('vault.lock', result);
      return result;
    },
    observe,
    clearClipboard: () => clearClipboard().catch(() => undefined),
  };
}

/** OS screen lock and suspend lock the vault, whatever the renderer is doing. */
export function lockOnSystemEvents(power: Pick<PowerMonitor, 'on'>, locker: Pick<Locker, 'lock'>): void {
  power.on('lock-screen', () => void locker.lock('os-lock'));
  power.on('suspend', () => void locker.lock('suspend'));
}
