import { contract, isChannel, type Channel } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { CoreError } from '../errors';
import type { Runtime } from '../runtime';
import { isDamaged } from './health';

/** Still answered on a damaged database: they write nothing to it, or they open it afresh. */
const SAFE_WHEN_DAMAGED = new Set<Channel>(['vault.status', 'vault.lock', 'vault.unlock', 'vault.recover']);

/**
 * Once corruption was seen on the open database, every request that would write to it (changes, audited
 * reads) is refused with DATABASE_CORRUPT until the vault is unlocked again; plain reads still answer.
 */
export function refuseWhenDamaged(rt: Runtime, request: unknown): Result<unknown> | null {
  if (!isDamaged(rt.db)) return null;
  const channel = (request as { channel?: unknown } | null)?.channel;
  if (!isChannel(channel) || SAFE_WHEN_DAMAGED.has(channel) || contract[channel].audit === 'none') return null;
  return { ok: false, error: new CoreError('DATABASE_CORRUPT').toAppError() };
}
