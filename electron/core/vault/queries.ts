import { fail } from '../errors';
import { prep, type Db } from '../store/connection';

/** Whether a committed audit record names this staged keyring (keyring.ts): the change it belongs to committed. */
export const keyringIntentCommitted = (db: Db, intent: string): boolean =>
  prep(db, 'SELECT 1 FROM audit WHERE instr(detail, ?) > 0 LIMIT 1').get(`"keyringIntent":"${intent}"`) !== undefined;

export interface KeyringState {
  generation: number;
  digest: string | null;
}

/** The keyring the database last committed to (migration 0004), or null on a database not yet migrated to it. */
export function keyringState(db: Db): KeyringState | null {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'keyring_state'`).get();
  return table ? (prep(db, 'SELECT generation, digest FROM keyring_state WHERE id = 1').get() as KeyringState) : null;
}

/**
 * Records the keyring a change is about to install; runs inside that change's transaction. Generations only
 * move forward: another process that committed a keyring change meanwhile makes this one a CONFLICT.
 */
export function recordKeyringState(db: Db, s: KeyringState): void {
  const r = prep(db, 'UPDATE keyring_state SET generation = ?, digest = ? WHERE id = 1 AND generation < ?').run(s.generation, s.digest, s.generation);
  if (r.changes !== 1) fail('CONFLICT', 'Another change to accounts or keys was saved at the same time. Try again.');
}

/** First unlock after migration 0004: the keyring in force becomes the recorded one. */
export const adoptKeyringDigest = (db: Db, digest: string): void => {
  prep(db, 'UPDATE keyring_state SET digest = ? WHERE id = 1 AND digest IS NULL').run(digest);
};

/**
 * A re-key owed: the newest of the deactivations' and the completed re-keys' audit records is a deactivation. The
 * deactivation's record commits in its own transaction and a re-key's record in the re-key's last one (rekey.ts),
 * so this needs no table of its own and survives any crash between the two. Returns the deactivated staff target.
 */
export function rekeyOwed(db: Db): string | null {
  const r = prep(db, `SELECT action, target FROM audit WHERE outcome = 'ok' AND action IN ('staff.deactivate', 'vault.rotateKey') ORDER BY id DESC LIMIT 1`).get() as
    | { action: string; target: string | null }
    | undefined;
  return r?.action === 'staff.deactivate' ? (r.target ?? 'staff:?') : null;
}
