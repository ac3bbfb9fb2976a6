import { randomBytes } from 'node:crypto';
import { cpSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../../shared/errors';
import { deriveRecoveryKey, FAST_KDF_COST, wrapKey } from '../../../electron/core/vault/crypto';
import { readKeyring, recoveryAad, writeKeyring } from '../../../electron/core/vault/keyring';
import { newEntry } from '../../../electron/core/vault/sealed';
import { wrapForAccount } from '../../../electron/core/vault/service';
import { keyAad } from '../../../electron/core/documents/service';
import { benchData, openAs, scaleLabel } from '../bulk';
import { row, type Row, type Suite } from '../report';
import { tempDir } from '../seed';

/**
 * Issue 14: re-keying at the centre scale (vault.rotateKey through the router, as an admin): PRAGMA rekey
 * rewrites every page of the database, and every document's wrapped file key is re-wrapped. On a COPY of
 * the cached case data set, with document rows added by plain SQL (the bench is exempt from the SQL rule;
 * the files themselves are not touched by a re-key, so none are written). Full: 100k cases, 20k documents;
 * quick: 2k cases, 2k documents. One timed run (a re-key is not a latency: it is how long the admin waits).
 */
const plan = (quick: boolean) => ({ cases: quick ? 2_000 : 100_000, documents: quick ? 2_000 : 20_000 });

const must = (r: Result<unknown>, what: string) => {
  if (!r.ok) throw new Error(`${what} failed: ${r.error.code}`);
  return r.value;
};

/**
 * A data set cached before keyring entries took the sealed form (vault/sealed.ts) cannot be re-keyed (rekey.ts
 * refuses older entries). On the bench's copy only, every such entry is rewritten in the sealed form: the two
 * benched logins keep their passwords, the others get one nobody uses, and the recovery entry a fresh secret.
 */
async function sealOlderEntries(dir: string, key: Buffer, known: Map<string, string>): Promise<void> {
  const k = readKeyring(dir);
  const accounts = [];
  for (const a of k.accounts) accounts.push(a.publicKey && a.sealed ? a : await wrapForAccount(k, key, a.staffId, a.username, known.get(a.username) ?? 'bench-unused-password-1', FAST_KDF_COST));
  const salt = randomBytes(16).toString('base64');
  const recovery = k.recovery.publicKey && k.recovery.sealed ? k.recovery : { salt, ...newEntry(deriveRecoveryKey(randomBytes(20), salt), key, recoveryAad(k)) };
  writeKeyring(dir, { ...k, accounts, recovery });
}

export const rekeySuite: Suite = async ({ quick }) => {
  const p = plan(quick);
  const data = await benchData(p.cases, (s) => process.stdout.write(`${s}\n`));
  const tmp = tempDir('rekey');
  const dir = join(tmp.dir, 'vault');
  cpSync(data.dataDir, dir, { recursive: true });
  const core = await openAs({ ...data, dataDir: dir }, 'admin');
  try {
    const db = core.runtime.db!;
    const key = core.runtime.key!;
    await sealOlderEntries(dir, key, new Map([[data.admin.username, data.admin.password], [data.caseworker.username, data.caseworker.password]]));
    const cases = db.prepare('SELECT id FROM case_file ORDER BY id LIMIT ?').pluck().all(p.documents) as number[];
    const insert = db.prepare(`INSERT INTO document (case_id, kind, legal, filename, mime, size, sha256, file_id, wrapped_key, uploaded_by, uploaded_at)
      VALUES (?, 'declaration', 0, 'statement.pdf', 'application/pdf', 1000, ?, ?, ?, 1, '2026-01-15T09:00:00.000Z')`);
    db.transaction(() => {
      for (let i = 0; i < p.documents; i++) {
        const fileId = crypto.randomUUID();
        insert.run(cases[i % cases.length], '0'.repeat(64), fileId, JSON.stringify(wrapKey(key, randomBytes(32), keyAad(fileId))));
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const mb = statSync(join(dir, 'haven.db')).size / 1e6;
    const started = performance.now();
    const out = must(await core.handle({ channel: 'vault.rotateKey', input: {} }), 'vault.rotateKey') as { documents: number };
    const seconds = (performance.now() - started) / 1000;
    if (out.documents !== p.documents) throw new Error(`re-keyed ${out.documents} documents, expected ${p.documents}`);
    const scale = scaleLabel(p.cases);
    const rows: Row[] = [
      // The admin waits this long; a deactivation pays it too. Target: under a minute at the centre scale.
      row(`rekey.total_s (${scale} cases, ${p.documents} documents)`, 's', seconds, 60),
      row(`rekey.database_mb (${scale} cases)`, 'MB', mb),
    ];
    return rows;
  } finally {
    await core.close();
    tmp.cleanup();
  }
};
