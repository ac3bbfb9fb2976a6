import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../shared/contract';
import { ERROR_CODES } from '../../shared/errors';
import { ROLES, type Role } from '../../shared/roles';
import { createCore, type Core } from '../../electron/core/index';
import { openDatabase, type Db } from '../../electron/core/store/connection';
import { FAST_KDF_COST } from '../../electron/core/vault/crypto';
import { ADMIN, tempDir } from '../unit/helpers/vault';
import { FULL, report, size } from './figures';
import { fromSchema, hostileLeaf, mutate, type JsonSchema } from './hostile';
import { seededCentre } from './seed';

/**
 * Fuzz proof: every channel, as every role (and locked), gets inputs generated from its JSON Schema and then
 * made malformed or hostile. Each answer must be a Result with a known code, never INTERNAL, never a throw;
 * and an answer that refuses must leave the database as it was (a checksum over every table but the audit
 * log, which records refusals). The vault holds one record of every kind, so ids hit real rows.
 */

const TOTAL = size(2_000, 100_000);
const SIGN_INS: Record<Role, { username: string; password: string }> = {
  admin: { username: ADMIN.username, password: ADMIN.password },
  caseworker: { username: 'cw', password: 'cw-final-pass-1' },
  mentor: { username: 'mentor', password: 'mentor-final-pass-1' },
  legal_aide: { username: 'legal', password: 'legal-final-pass-1' },
};
type Who = Role | 'locked';
const WHO: readonly Who[] = [...ROLES, 'locked'];

/** Every table except the audit log, in a stable order. */
function checksum(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit' ORDER BY name`).pluck().all() as string[];
  for (const t of tables) {
    hash.update(`table ${t}\n`);
    for (const row of db.prepare(`SELECT * FROM "${t}"`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v)) + '\n');
  }
  return hash.digest('hex');
}

describe('fuzz: every channel, every role', () => {
  it(`answers ${TOTAL} malformed or hostile inputs with a stable code, never INTERNAL, and changes nothing when it refuses`, { timeout: 120 * 60_000 }, async () => {
    const c = await seededCentre();
    await c.core.close();
    // A pristine copy: when a generated input happens to be valid and changes an account we sign in with (a
    // guessed id and version), the vault goes back to it rather than the run testing less.
    const pristine = join(tempDir(), 'pristine');
    cpSync(c.dataDir, pristine, { recursive: true });
    const clock = { now: Date.parse('2026-11-25T09:00:00Z') };
    let core: Core = createCore({ dataDir: c.dataDir, kdfCost: FAST_KDF_COST, now: () => new Date(clock.now) });
    let restores = 0;

    const restore = async () => {
      await core.close();
      rmSync(c.dataDir, { recursive: true, force: true });
      cpSync(pristine, c.dataDir, { recursive: true });
      core = createCore({ dataDir: c.dataDir, kdfCost: FAST_KDF_COST, now: () => new Date(clock.now) });
      restores++;
    };
    /** Signs in as `who` unless already; true when it had to do anything. */
    const become = async (who: Who): Promise<boolean> => {
      const s = core.runtime.session;
      if (who === 'locked') {
        if (!s) return false;
        await core.handle({ channel: 'vault.lock', input: { reason: 'user' } });
        return true;
      }
      const want = SIGN_INS[who];
      if (s && s.username === want.username && s.roles.includes(who) && !s.mustChangePassword) return false;
      for (let attempt = 0; attempt < 3; attempt++) {
        // A fuzzed unlock may have started the back-off: an hour later it is over.
        clock.now += 3_600_000;
        const r = await core.handle({ channel: 'vault.unlock', input: want });
        const now = core.runtime.session;
        if (r.ok && now?.roles.includes(who) && !now.mustChangePassword) return true;
        await restore();
      }
      throw new Error(`cannot sign in as ${who}`);
    };

    const byCode: Record<string, number> = {};
    const byWho: Record<string, number> = {};
    let calls = 0;
    let accepted = 0;
    let crashes = 0;
    let internal = 0;
    let changedOnRefusal = 0;
    let unknownShape = 0;
    let refusals = 0;
    let fullChecks = 0;
    /** The checksum of the state before the call; null when a success or a sign-in may have moved it. */
    let baseline: string | null = null;
    const failures: string[] = [];
    const schemas = new Map(CHANNELS.map((ch) => [ch, fromSchema(z.toJSONSchema(contract[ch].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema)]));
    const perPair = Math.max(1, Math.round(TOTAL / (CHANNELS.length * WHO.length)));

    for (const [wi, who] of WHO.entries()) {
      for (const [ci, ch] of (CHANNELS as readonly Channel[]).entries()) {
        const seedOf = 1_000 * wi + ci;
        const inputs = fc.sample(
          fc.oneof(
            // Valid-shaped, as the contract generates it: reaches the services with real-looking ids.
            { weight: 2, arbitrary: schemas.get(ch)! },
            // One malformed or hostile change somewhere inside.
            { weight: 6, arbitrary: schemas.get(ch)!.chain((v) => fc.integer({ min: 0, max: 2 ** 30 }).map((n) => mutate(v, (k) => (n = (n * 31 + 7) % 2 ** 30) % k, () => fc.sample(hostileLeaf, { numRuns: 1, seed: n })[0]))) },
            // Anything at all, including values only structured clone carries (bigint, Map, typed arrays).
            { weight: 1, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }) },
            { weight: 1, arbitrary: hostileLeaf },
          ),
          { numRuns: perPair, seed: seedOf },
        );
        for (const input of inputs) {
          if (await become(who)) baseline = null;
          // Locked, the database is closed: its files must not change (the attempts file may).
          const db = core.runtime.db;
          baseline ??= db ? checksum(db) : fileDigest(c.dataDir);
          const before = db ? changeCounters(db) : null;
          // A call can lock the vault (vault.lock, or the account it runs as deactivated by an earlier accepted
          // call): the database is then read again through a second connection with the key it had.
          const key = db && core.runtime.key ? Buffer.from(core.runtime.key) : null;
          calls++;
          byWho[who] = (byWho[who] ?? 0) + 1;
          let r: unknown;
          try {
            r = await core.handle({ channel: ch, input });
          } catch (e) {
            crashes++;
            failures.push(`${who} ${ch}: threw ${String(e).slice(0, 120)}`);
            continue;
          }
          const res = r as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
          if (typeof res?.ok !== 'boolean' || (!res.ok && !ERROR_CODES.includes(res.error?.code as never))) {
            unknownShape++;
            failures.push(`${who} ${ch}: answer of unknown shape`);
            continue;
          }
          if (res.ok) {
            accepted++;
            byCode.ok = (byCode.ok ?? 0) + 1;
            baseline = null;
            continue;
          }
          const code = res.error!.code as string;
          byCode[code] = (byCode[code] ?? 0) + 1;
          if (code === 'INTERNAL') {
            internal++;
            failures.push(`${who} ${ch}: INTERNAL for ${describeInput(input)}`);
          }
          // The answer never carries the input back, nor a stack or SQL.
          if (JSON.stringify(res.error).length > 4_000 || /at .*\.ts:|SELECT |INSERT /.test(JSON.stringify(res.error))) failures.push(`${who} ${ch}: error echoes too much`);
          // Cheap proof first: the connection made no row change besides the audit records it appended. A full
          // checksum when that does not hold, and on every 20th refusal anyway (the counters cannot see everything).
          const after = core.runtime.db;
          const cheap = before && after === db && db ? sameButAudit(before, changeCounters(db)) : false;
          if (!cheap || ++refusals % 20 === 0) fullChecks++;
          if ((!cheap || refusals % 20 === 0) && stateNow(after, db, key, c.dataDir) !== baseline) {
            changedOnRefusal++;
            baseline = null; // each finding on its own: the next refusal is compared with the state as it now is
            failures.push(`${who} ${ch}: ${code} but the database changed, for ${describeInput(input)}`);
          }
        }
      }
    }
    // Still sound after all of it.
    await become('admin');
    const verify = await core.handle({ channel: 'system.verify', input: {} });
    await core.close();

    report('fuzz', { inputs: calls, channels: CHANNELS.length, as: WHO.join('/'), accepted, crashes, internal, changedOnRefusal, unknownShape, restores, fullChecksums: fullChecks, byCode, byWho });
    expect(failures.slice(0, 20)).toEqual([]);
    expect({ crashes, internal, changedOnRefusal, unknownShape }).toEqual({ crashes: 0, internal: 0, changedOnRefusal: 0, unknownShape: 0 });
    expect(verify).toMatchObject({ ok: true, value: { integrity: ['ok'], audit: { ok: true } } });
    expect(calls).toBeGreaterThanOrEqual(FULL ? 99_000 : 1_900);
  });
});

/** The checksum of the state after a call: the open database, the closed one read with its key, or the locked files. */
function stateNow(after: Db | null, before: Db | null, key: Buffer | null, dataDir: string): string {
  if (after) return checksum(after);
  if (!before || !key) return fileDigest(dataDir);
  const side = openDatabase(join(dataDir, 'haven.db'), key, { create: false });
  try {
    return checksum(side);
  } finally {
    side.close();
  }
}

/** Rows changed by this connection so far, and the audit log's length. */
function changeCounters(db: Db): { changes: number; audit: number } {
  return { changes: db.prepare('SELECT total_changes()').pluck().get() as number, audit: db.prepare('SELECT max(id) FROM audit').pluck().get() as number };
}
/** Every row change was an appended audit record (a rolled-back change still counts, so this errs towards a full check). */
const sameButAudit = (a: { changes: number; audit: number }, b: { changes: number; audit: number }) => b.changes - a.changes === b.audit - a.audit;

/** The database files' bytes, for the locked runs. */
function fileDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const f of ['haven.db', 'haven.db-wal']) hash.update(existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : Buffer.alloc(0));
  return hash.digest('hex');
}

function describeInput(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'string' && x.length > 40 ? `${x.slice(0, 20)}…(${x.length})` : x))?.slice(0, 200) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
