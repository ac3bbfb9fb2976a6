import type { Db } from './connection';

/**
 * One request's transaction, opened and closed by the router without it writing SQL. Requests that write
 * (changes, audited reads) take the write lock up front (IMMEDIATE), so a read never has to upgrade to a
 * write halfway and deadlock; pure reads take a plain deferred transaction for a consistent snapshot.
 * Service code may await (the KDF for a new account) inside it: the core handles one request at a time.
 */
export interface RequestTx {
  commit(): void;
  /** Safe to call twice, or after a failed COMMIT. */
  rollback(): void;
}

export function beginRequest(db: Db, writes: boolean): RequestTx {
  db.exec(writes ? 'BEGIN IMMEDIATE' : 'BEGIN');
  return {
    commit: () => db.exec('COMMIT'),
    rollback: () => {
      if (db.open && db.inTransaction) db.exec('ROLLBACK');
    },
  };
}
