import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { appendAudit } from '../../../electron/core/audit/chain';
import { listAudit } from '../../../electron/core/audit/queries';
import { startCoreWorker } from '../../../electron/core/host';
import { createCore } from '../../../electron/core/index';
import { createRuntime, type Runtime } from '../../../electron/core/runtime';
import { getStaff, listStaff } from '../../../electron/core/staff/queries';
import { inTransaction, openDatabase, type Db } from '../../../electron/core/store/connection';
import { migrate } from '../../../electron/core/store/migrations';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { openInto } from '../../../electron/core/vault/service';
import { comparePair, measure, type Budget } from '../measure';
import { row, type Row, type Suite } from '../report';
import { CACHE_KIB, openPlain, seedAudit, seedStaff, tempDir } from '../seed';

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

async function encryptedVsPlain(quick: boolean): Promise<Row[]> {
  const p = plan(quick);
  const tmp = tempDir('store');
  const enc = openDatabase(join(tmp.dir, 'encrypted.db'), randomBytes(32), { create: true });
  const plain = openPlain(join(tmp.dir, 'plain.db'));
  try {
    const ids = [enc, plain].map((db) => {
      db.pragma(`cache_size = -${CACHE_KIB}`);
      migrate(db);
      const staffIds = seedStaff(db, STAFF);
      seedAudit(db, AUDIT, staffIds);
      return staffIds;
    });
    const r = await comparePair(p.mix.perSideMs, p.mix.slices, ['encrypted', mix(enc, ids[0]!)], ['plain', mix(plain, ids[1]!)]);
    return [
      row('store.encrypted_vs_plain.ratio', 'ratio', r.ratio, 1.15),
      row('store.mix.encrypted_us', 'µs', us(r.meanAMs)),
      row('store.mix.plain_us', 'µs', us(r.meanBMs)),
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

/** Unlock minus Argon2id: open + key check, migrate (a no-op on a current vault), load the session. */
async function unlockExcludingKdf(quick: boolean, dataDir: string, key: Buffer, staffId: number): Promise<Row[]> {
  let rt: Runtime | null = null;
  const open = () => {
    rt = createRuntime({ dataDir, kdfCost: FAST_KDF_COST });
    openInto(rt, Buffer.from(key), staffId);
  };
  // Closing is outside the timed window: it checkpoints the WAL, which unlock itself never pays.
  const close = () => {
    rt?.db?.close();
    rt = null;
  };
  const [l] = await measure(plan(quick).unlock, [['unlock excl. kdf', open, { afterEach: close }]]);
  return [row('vault.unlock_excluding_kdf_ms', 'ms', l!.p95Ms, 300)];
}

export const foundation: Suite = async ({ quick }) => {
  const rows = await encryptedVsPlain(quick);
  const tmp = tempDir('vault');
  const core = createCore({ dataDir: tmp.dir, kdfCost: FAST_KDF_COST });
  try {
    const setup = await core.handle({
      channel: 'vault.setup',
      input: { centreName: 'Bench Family Justice Centre', jurisdiction: 'US', admin: { username: 'benchadmin', displayName: 'Bench Admin', password: 'bench-password-1' } },
    });
    if (!setup.ok) throw new Error(`vault.setup failed: ${setup.error.code}`);
    seedStaff(core.runtime.db!, STAFF);
    rows.push(...(await handleVsRaw(quick, core)));
    // Copied before close: locking zero-fills the runtime's key buffer.
    const key = Buffer.from(core.runtime.key!);
    const staffId = core.runtime.session!.staffId;
    await core.close();
    rows.push(...(await workerRoundtrip(quick, tmp.dir)));
    rows.push(...(await unlockExcludingKdf(quick, tmp.dir, key, staffId)));
    key.fill(0);
  } finally {
    await core.close(); // a no-op once locked; covers a failure part-way
    tmp.cleanup();
  }
  return rows;
};
