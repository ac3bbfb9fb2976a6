import type { Result } from '../../shared/errors';
import { startCoreWorker, type CoreClient } from '../core/host';

export const print = (v: unknown) => process.stdout.write(JSON.stringify(v) + '\n');

/** Starts the core worker for a data dir, optionally unlocking as a user; the caller must close it. */
export async function openCore(dataDir: string, login?: { username: string; password: string }): Promise<{ core: CoreClient; unlock: Result<unknown> | null }> {
  const core = startCoreWorker({ dataDir });
  if (!login) return { core, unlock: null };
  const unlock = await core.request('vault.unlock', login);
  return { core, unlock };
}

export async function closeCore(core: CoreClient, locked: boolean): Promise<void> {
  if (locked) await core.request('vault.lock', { reason: 'exit' });
  await core.close();
}
