import { fail } from '../../errors';
import type { Db } from '../connection';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-case-files';
import * as m0003 from './0003-search-and-list-speed';
import * as m0004 from './0004-keyring-generation';
import * as m0005 from './0005-referrals';
import * as m0006 from './0006-legal-matters';
import * as m0007 from './0007-sessions';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

/** Ordered; one file per version. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', up: m0001.up },
  { version: 2, name: 'case-files', up: m0002.up },
  { version: 3, name: 'search-and-list-speed', up: m0003.up },
  { version: 4, name: 'keyring-generation', up: m0004.up },
  { version: 5, name: 'referrals', up: m0005.up },
  { version: 6, name: 'legal-matters', up: m0006.up },
  { version: 7, name: 'sessions', up: m0007.up },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to `target` (default: latest) in ONE transaction: either every pending step lands
 * or none does. A database from a newer Haven is refused before anything is touched. `before` runs once
 * when an existing database (version > 0) is about to change: the vault takes a backup of it there.
 */
export function migrate(db: Db, target: number = LATEST_VERSION, before?: (from: number) => void): number {
  MIGRATIONS.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is out of order`);
  });
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) fail('DATABASE_TOO_NEW');
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  if (current > 0) before?.(current);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return schemaVersion(db);
}
