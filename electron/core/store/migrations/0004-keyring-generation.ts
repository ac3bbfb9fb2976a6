import type { Db } from '../connection';

/**
 * Which keyring is current, recorded in the database (red team, issue 8): keyring.json lives outside the
 * encrypted file, so an old copy put back would silently undo later password changes, resets, deactivations
 * and recoveries. Every keyring change bumps `generation` and records the new keyring's `digest` in the same
 * transaction as the change; unlock refuses a keyring that does not match (vault/keyring.ts). The digest is
 * null until the first unlock after this migration records the keyring then in force.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE keyring_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      generation INTEGER NOT NULL CHECK (generation >= 0),
      digest TEXT
    );
    INSERT INTO keyring_state (id, generation, digest) VALUES (1, 0, NULL);
  `);
}
