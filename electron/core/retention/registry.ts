import type { Db } from '../store/connection';

/**
 * What a feature contributes to a retention purge. Retention asks each registered feature what it holds
 * for the cases being purged instead of reading the feature's tables itself, so a new feature that keeps
 * case data (referrals, sessions…) registers here from its own queries.ts and retention stays unchanged.
 * Rows reached by the case row's ON DELETE CASCADE need only `count`; `remove` is for rows it does not reach.
 */
export interface Purger {
  /** The key of its count in the purge result and the audit entry, e.g. 'notes'. */
  name: string;
  count(db: Db, caseIds: readonly number[]): number;
  /** Rows the cascade does not reach; runs inside the purge's transaction, before the case rows go. */
  remove?(db: Db, caseIds: readonly number[]): void;
  /** Files under the data dir: collected inside the transaction, deleted only after COMMIT. */
  files?: { ids(db: Db, caseIds: readonly number[]): string[]; delete(dataDir: string, id: string): void };
}

const purgers = new Map<string, Purger>();

/** Called once per feature when its queries module loads (electron/core/handlers.ts loads them all). */
export function registerPurger(p: Purger): void {
  if (purgers.has(p.name)) throw new Error(`retention purger registered twice: ${p.name}`);
  purgers.set(p.name, p);
}

export const registeredPurgers = (): readonly Purger[] => [...purgers.values()];
