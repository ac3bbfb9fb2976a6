import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/connection';
import { pathsFor, writeFileAtomic } from '../vault/files';
import { readKeyring, type Keyring } from '../vault/keyring';
import { GENESIS, type ChainReport } from './chain';
import { auditHashAt, lastAudit } from './queries';

/**
 * The audit chain proves that no record was changed or removed from the middle, but not that the newest ones
 * are all there: cutting the tail (or a database rolled back to an older copy, or a WAL that lost its last
 * commits in a power cut) leaves a shorter chain that still verifies. So the tail is anchored outside the
 * database: keyring.json carries the count and hash of the newest record, under an HMAC keyed from the
 * database key (HKDF, node:crypto). `haven verify` / system.verify then needs record `count` to exist with
 * that hash. Without the database key nobody can write a valid anchor; with an older keyring put back (or
 * the anchor removed) the check only gets weaker, never falsely alarming.
 *
 * When: after every committed change (router), at unlock and at lock. Changes already pay an fsync for
 * their COMMIT (synchronous=FULL), so one atomic keyring write more is the price of detecting a lost change
 * (measured on this loaded 2-core box: a commit 3 ms, commit + anchor 15 ms; 32 ms while the write still
 * went through the keyring mirror too);
 * audited reads and refusals commit with synchronous=NORMAL to spare list pages an fsync, so they are
 * anchored with the next change or at the latest when the vault locks (idle lock bounds it). A read lost in a
 * power cut is by design not detected.
 *
 * The anchor only moves forward from a consistent state: if the database no longer holds the anchored record
 * (the case this exists to detect), it is left as it is, so the finding survives until someone looks.
 */
export interface AuditAnchor {
  count: number;
  hash: string;
  mac: string;
}

const anchorKey = (dbKey: Buffer, vaultId: string) => Buffer.from(hkdfSync('sha256', dbKey, Buffer.from(vaultId, 'utf8'), 'haven audit anchor v1', 32));

export function anchorMac(dbKey: Buffer, vaultId: string, count: number, hash: string): string {
  return createHmac('sha256', anchorKey(dbKey, vaultId)).update(`haven-audit-anchor/v1|${vaultId}|${count}|${hash}`).digest('hex');
}

const macValid = (dbKey: Buffer, vaultId: string, a: AuditAnchor): boolean => {
  const want = Buffer.from(anchorMac(dbKey, vaultId, a.count, a.hash), 'hex');
  const got = Buffer.from(a.mac, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
};

/** null when the database agrees with the anchor (or there is none yet); else what is wrong. */
export function anchorProblem(db: Db, dbKey: Buffer, keyring: Pick<Keyring, 'vaultId' | 'auditAnchor'>): Omit<ChainReport, 'checked'> | null {
  const a = keyring.auditAnchor;
  if (!a) return null;
  if (!macValid(dbKey, keyring.vaultId, a)) return { ok: false, firstBadId: null, reason: 'the audit anchor in keyring.json was altered (its MAC does not match)' };
  if (a.count === 0) return null;
  const last = lastAudit(db)?.id ?? 0;
  if (last < a.count) {
    return { ok: false, firstBadId: last + 1, reason: `the audit log ends at record ${last} but the anchor outside the database names record ${a.count}: records were removed or the database was rolled back` };
  }
  if (auditHashAt(db, a.count) !== a.hash) return { ok: false, firstBadId: a.count, reason: `record ${a.count} is not the one the anchor outside the database names: the log was replaced or rolled back` };
  return null;
}

/**
 * Moves the anchor to the newest committed record. Runs after COMMIT (outside the transaction). A failure to
 * write the keyring must not fail the request that already committed: the anchor is caught up at the next one.
 */
export function anchorAudit(dataDir: string, db: Db, dbKey: Buffer): void {
  try {
    const k = readKeyring(dataDir);
    if (anchorProblem(db, dbKey, k)) return;
    const last = lastAudit(db);
    const count = last?.id ?? 0;
    const hash = last?.hash ?? GENESIS;
    if (k.auditAnchor && k.auditAnchor.count === count && k.auditAnchor.hash === hash) return;
    // keyring.json alone, one atomic write: not through writeKeyring, whose copy to keyring.mirror.json would
    // double the fsyncs of every change. The mirror keeps an older anchor, which is still a true prefix.
    const next: Keyring = { ...k, auditAnchor: { count, hash, mac: anchorMac(dbKey, k.vaultId, count, hash) } };
    writeFileAtomic(pathsFor(dataDir).keyring, JSON.stringify(next, null, 2));
  } catch {
    // A keyring that cannot be read or written now is reported by unlock and status; the anchor waits.
  }
}
