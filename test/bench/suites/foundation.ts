import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { appendAudit } from '../../../electron/core/audit/chain';
import { listAudit } from '../../../electron/core/audit/queries';
import { startCoreWorker } from '../../../electron/core/host';
import { createCore } from '../../../electron/core/index';
import { getStaff, listStaff } from '../../../electron/core/staff/queries';
import { inTransaction, openDatabase, type Db } from '../../../electron/core/store/connection';
import { migrate } from '../../../electron/core/store/migrations';
import { deriveKey, FAST_KDF_COST, newKdfParams } from '../../../electron/core/vault/crypto';
import { comparePair, measure, type Budget } from '../measure';
import { row, type Row, type Suite } from '../report';
import { openPlain, seedAudit, seedStaff, tempDir } from '../seed';

/** Data sizes are part of what the tracked numbers mean: change them and old runs stop being comparable. */
const STAFF = 200;
const AUDIT = 3000;

const plan = (quick: boolean) => ({
  // Milliseconds per side, cut into ~200 ms interleaved slices (see comparePair).
  mix: { perSideMs: quick ? 2000 : 20_000, slices: quick ? 10 : 100 },
  handle: { perSideMs: quick ? 1000 : 8000, slices: quick ? 5 : 40 },
  worker: { time: quick ? 1000 : 5000, iterations: quick ? 500 : 2000 } satisfies Budget,
  // time ~0: the unlock task runs exactly this many times (each one opens the file afresh).
  unlock: { time: 1, iterations: quick ? 30 : 200 } satisfies Budget,
});

const us = (ms: number) => ms * 1000;
const ADMIN_LOGIN = { username: 'benchadmin', password: 'bench-password-1' };

/** One "screen's worth" of foundation work: a lookup, two lists, and one audited write (which fsyncs). */
function mix(db: Db, staffIds: readonly number[]): () => void {
  let i = 0;
  return () => {
    const id = staffIds[i++ % staffIds.length]!;
    getStaff(db, id);
    listStaff(db, false);
    listAudit(db, null, 100);
    inTransaction(db, () => appendAudit(db, new Date(), { actorId: id, action: 'bench.mix', target: `staff:${id}`, outcome: 'ok' }));
  };
}

/**
 * The same mix on an encrypted and a plain file, twice. "ratio": each connection keeps SQLite's default page
 * cache, as openDatabase leaves it (no cache_size pragma); this data set fits in it, so pages are decrypted
 * once and reads come from the cache. "cold.ratio": the page cache is emptied before every mix
 * (shrink_memory), so every page read is read from the OS and, on the encrypted side, decrypted and
 * authenticated again: the cost right after unlock, or on a vault larger than the cache.
 */
async function encryptedVsPlain(quick: boolean): Promise<Row[]> {
  const p = plan(quick);
  const tmp = tempDir('store');
  const enc = openDatabase(join(tmp.dir, 'encrypted.db'), randomBytes(32), { create: true });
  const plain = openPlain(join(tmp.dir, 'plain.db'));
  try {
    const ids = [enc, plain].map((db) => {
      migrate(db);
      const staffIds = seedStaff(db, STAFF);
      seedAudit(db, AUDIT, staffIds);
      return staffIds;
    });
    const warm = await comparePair(p.mix.perSideMs, p.mix.slices, ['encrypted', mix(enc, ids[0]!)], ['plain', mix(plain, ids[1]!)]);
    const cold = (db: Db, staffIds: number[]) => {
      const run = mix(db, staffIds);
      return () => {
        db.pragma('shrink_memory');
        run();
      };
    };
    const c = await comparePair(p.mix.perSideMs, p.mix.slices, ['encrypted cold', cold(enc, ids[0]!)], ['plain cold', cold(plain, ids[1]!)]);
    return [
      row('store.encrypted_vs_plain.ratio', 'ratio', warm.ratio, 1.15),
      row('store.mix.encrypted_us', 'µs', us(warm.meanAMs)),
      row('store.mix.plain_us', 'µs', us(warm.meanBMs)),
      row('store.encrypted_vs_plain.cold.ratio', 'ratio', c.ratio, 1.15),
      row('store.mix.cold.encrypted_us', 'µs', us(c.meanAMs)),
      row('store.mix.cold.plain_us', 'µs', us(c.meanBMs)),
    ];
  } finally {
    enc.close();
    plain.close();
    tmp.cleanup();
  }
}

/** The router's overhead (queue, zod in and out, BEGIN/COMMIT) on top of the query it wraps. */
async function handleVsRaw(quick: boolean, core: ReturnType<typeof createCore>): Promise<Row[]> {
  const db = core.runtime.db!;
  const viaCore = async () => {
    const r = await core.handle({ channel: 'staff.list', input: {} });
    if (!r.ok) throw new Error(`staff.list failed: ${r.error.code}`);
  };
  const p = plan(quick);
  const r = await comparePair(p.handle.perSideMs, p.handle.slices, ['core.handle', viaCore], ['raw', () => listStaff(db, false)]);
  return [
    row('core.handle_vs_raw.ratio', 'ratio', r.ratio, 1.5),
    row('core.handle.staff_list_us', 'µs', us(r.meanAMs)),
    row('core.raw.staff_list_us', 'µs', us(r.meanBMs)),
  ];
}

/** postMessage there and back plus the status handler (which reads keyring.json). The worker boot is excluded. */
async function workerRoundtrip(quick: boolean, dataDir: string): Promise<Row[]> {
  const client = startCoreWorker({ dataDir, kdfCost: FAST_KDF_COST });
  try {
    const status = async () => {
      const r = await client.request('vault.status', {});
      if (!r.ok) throw new Error(`vault.status failed: ${r.error.code}`);
    };
    await status(); // waits for the worker thread to load tsx and the core
    const [l] = await measure(plan(quick).worker, [['worker vault.status', status]]);
    return [row('core.worker_roundtrip.p50_us', 'µs', us(l!.p50Ms), 1000), row('core.worker_roundtrip.p95_us', 'µs', us(l!.p95Ms), 1000)];
  } finally {
    await client.close();
  }
}

/**
 * vault.unlock through the core, as the lock screen calls it, minus Argon2id: the router and its queue, the
 * unlock file lock, the keyring read, the throttle file, the key unwrap, the database open and key check,
 * migrate (a no-op on a current vault), the staged-keyring check, the session load and the audited commit
 * (an fsync). Argon2id runs at the test cost (64 KiB, 1 pass) and its own median, measured here, is
 * subtracted. Locking between calls is outside the timed window.
 */
async function unlockExcludingKdf(quick: boolean, dataDir: string, login: { username: string; password: string }): Promise<Row[]> {
  const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
  try {
    const unlock = async () => {
      const r = await core.handle({ channel: 'vault.unlock', input: login });
      if (!r.ok) throw new Error(`vault.unlock failed: ${r.error.code}`);
    };
    const lock = async () => {
      await core.handle({ channel: 'vault.lock', input: { reason: 'user' } });
    };
    const kdfParams = newKdfParams(FAST_KDF_COST);
    const [l, k] = await measure(plan(quick).unlock, [
      ['vault.unlock', unlock, { afterEach: lock }],
      ['argon2id at the test cost', async () => (await deriveKey(login.password, kdfParams)).fill(0)],
    ]);
    return [
      row('vault.unlock_excluding_kdf_ms', 'ms', l!.p95Ms - k!.p50Ms, 300),
      row('vault.unlock.with_test_kdf.p95_ms', 'ms', l!.p95Ms),
      row('vault.unlock.test_kdf.p50_ms', 'ms', k!.p50Ms),
    ];
  } finally {
    await core.close();
  }
}

export const foundation: Suite = async ({ quick }) => {
  const rows = await encryptedVsPlain(quick);
  const tmp = tempDir('vault');
  const core = createCore({ dataDir: tmp.dir, kdfCost: FAST_KDF_COST });
  try {
    const setup = await core.handle({
      channel: 'vault.setup',
      input: { centreName: 'Bench Family Justice Centre', jurisdiction: 'US', admin: { ...ADMIN_LOGIN, displayName: 'Bench Admin' } },
    });
    if (!setup.ok) throw new Error(`vault.setup failed: ${setup.error.code}`);
    seedStaff(core.runtime.db!, STAFF);
    rows.push(...(await handleVsRaw(quick, core)));
    await core.close();
    rows.push(...(await workerRoundtrip(quick, tmp.dir)));
    rows.push(...(await unlockExcludingKdf(quick, tmp.dir, ADMIN_LOGIN)));
  } finally {
    await core.close(); // a no-op once locked; covers a failure part-way
    tmp.cleanup();
  }
  return rows;
};
