import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../../shared/errors';
import type { Core } from '../../../electron/core/index';
import { benchData, openAs, type BenchData } from '../bulk';
import { timeBoxed, type Box } from '../measure';
import { REFERRAL_PARTS } from '../../../shared/cases/access';
import { boardReferrals } from '../../../electron/core/referrals/queries';
import { contract } from '../../../shared/contract';
import { row, type Row, type Suite } from '../report';
import { tempDir } from '../seed';

/**
 * Issue 11: the referral board with 20k referrals in the vault, and Today at centre scale, as the benched
 * caseworker (one lead per 150 cases, see ../bulk.ts) through the router. The referrals, consents,
 * directory and agreements are added to a COPY of a cached case data set with plain SQL (the bench is
 * exempt from the SQL rule), so the cache stays as ../bulk.ts wrote it. Full: 10k cases (the centre
 * scale of the case list); quick: 2k cases. 20k referrals at both.
 */
const plan = (quick: boolean) => ({
  cases: quick ? 2_000 : 10_000,
  referrals: 20_000,
  latency: (quick ? { timeMs: 500, minSamples: 30, capMs: 2000 } : { timeMs: 4000, minSamples: 300, capMs: 30_000 }) satisfies Box,
});

const must = (r: Result<unknown>, what: string) => {
  if (!r.ok) throw new Error(`${what} failed: ${r.error.code}`);
  return r.value;
};

const STATUSES = ['sent', 'accepted', 'declined', 'appointment_set', 'attended', 'no_show', 'closed', 'closed', 'closed'];

/** Directory, agreements, and `n` referrals with their consents and a step each, spread over every case. */
function addReferrals(core: Core, n: number): void {
  const db = core.runtime.db!;
  // Dated around the run's own clock (the core's), so Today's windows hold items.
  const now = Date.now();
  const iso = (days: number) => new Date(now + days * 86_400_000).toISOString();
  db.transaction(() => {
    const agency = db.prepare(`INSERT INTO agency (name, relation, country, region, updated_at) VALUES (?, ?, ?, 'ON', ?)`);
    const service = db.prepare(`INSERT INTO service (agency_id, type, name, updated_at) VALUES (?, ?, ?, ?)`);
    const agreement = db.prepare(`INSERT INTO agreement (agency_id, parties, effective_from, ends_at, categories, purpose, created_by, updated_at) VALUES (?, 'p', ?, ?, '["identity","contact"]', 'p', 1, ?)`);
    const types = ['shelter', 'legal', 'immigration', 'medical', 'mental_health', 'peer_mentoring', 'employment_education', 'financial'];
    const services: [number, number, string][] = [];
    for (let a = 0; a < 40; a++) {
      const id = Number(agency.run(`Bench agency ${a}`, a < 4 ? 'internal' : a < 12 ? 'co_located' : 'partner', a % 5 === 0 ? 'CA' : 'US', iso(0)).lastInsertRowid);
      if (a >= 4) agreement.run(id, iso(-300), iso(a % 7 === 0 ? 20 : 400), iso(0));
      for (const t of types.slice(a % 4, (a % 4) + 2)) services.push([id, Number(service.run(id, t, `Bench ${t}`, iso(0)).lastInsertRowid), t]);
    }
    const cases = db.prepare(`SELECT case_id, staff_id FROM case_assignment WHERE case_role = 'lead_caseworker' ORDER BY case_id`).all() as { case_id: number; staff_id: number }[];
    const consent = db.prepare(
      `INSERT INTO consent (case_id, agency_id, decision, categories, purpose, starts_at, expires_at, method, recorded_by, recorded_at) VALUES (?, ?, 'given', '["identity","contact"]', 'p', ?, ?, 'written', ?, ?)`,
    );
    const referral = db.prepare(
      `INSERT INTO referral (case_id, direction, agency_id, service_id, service_type, part, urgency, reason, categories, consent_id, status, outcome, owner_id, follow_up_at, created_by, created_at, updated_at)
       VALUES (?, 'outgoing', ?, ?, ?, ?, 'routine', 'Bench reason.', '["identity"]', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const step = db.prepare(`INSERT INTO referral_step (referral_id, status, at, by_id) VALUES (?, 'sent', ?, ?)`);
    for (let i = 0; i < n; i++) {
      const c = cases[(i * 7919) % cases.length]!;
      const [agencyId, serviceId, type] = services[i % services.length]!;
      const created = iso(-(i % 400));
      const expires = (i % 120) - 20;
      const consentId = Number(consent.run(c.case_id, agencyId, iso(Math.min(-(i % 400), expires - 1)), iso(expires), c.staff_id, created).lastInsertRowid);
      const status = STATUSES[i % STATUSES.length]!;
      const closed = status === 'closed';
      const part = type === 'legal' || type === 'immigration' ? 'referrals.legal' : 'referrals';
      const id = Number(
        referral.run(c.case_id, agencyId, serviceId, type, part, consentId, status, closed ? 'service_received' : null, c.staff_id, closed ? null : iso((i % 40) - 20), c.staff_id, created, created).lastInsertRowid,
      );
      step.run(id, created, c.staff_id);
    }
  }).immediate();
}

/** The caseworker's Today: what the first screen after unlock asks for. */
const today = (core: Core) => async () => {
  must(await core.handle({ channel: 'today.get', input: {} }), 'today.get');
};
/** The board as the screen opens it: open referrals of the caseworker's cases. */
const board = (core: Core) => async () => {
  must(await core.handle({ channel: 'referrals.board', input: {} }), 'referrals.board');
};

async function measure(quick: boolean, data: BenchData): Promise<Row[]> {
  const p = plan(quick);
  const tmp = tempDir('referrals');
  try {
    cpSync(data.dataDir, join(tmp.dir, 'vault'), { recursive: true });
    const copy = { ...data, dataDir: join(tmp.dir, 'vault') };
    const admin = await openAs(copy, 'admin');
    try {
      addReferrals(admin, p.referrals);
    } finally {
      await admin.close();
    }
    const cw = await openAs(copy, 'caseworker');
    try {
      const shown = (must(await cw.handle({ channel: 'referrals.board', input: {} }), 'board') as unknown[]).length;
      const items = (must(await cw.handle({ channel: 'today.get', input: { days: 90 } }), 'today') as unknown[]).length;
      const b = await timeBoxed(board(cw), p.latency);
      const t = await timeBoxed(today(cw), p.latency);
      // The query alone, and the query plus the output check, without the router: where the time goes.
      const me = cw.runtime.session!;
      const filter = { staffId: me.staffId, byPart: REFERRAL_PARTS.map((part) => ({ part, roles: ['lead_caseworker', 'caseworker'] as const, glass: [] })), openOnly: true, limit: 100 };
      const raw = await timeBoxed(() => boardReferrals(cw.runtime.db!, filter), p.latency, false);
      const rows = await board(cw)().then(() => cw.handle({ channel: 'referrals.board', input: {} }));
      const checked = await timeBoxed(() => contract['referrals.board'].output.parse((rows as { value: unknown }).value), p.latency, false);
      return [
        row('referrals.board.p95_ms', 'ms', b.p95Ms, 10),
        row('referrals.board.p50_ms', 'ms', b.p50Ms),
        row('referrals.board.rows', 'rows', shown),
        row('referrals.board.raw_query.p95_ms', 'ms', raw.p95Ms),
        row('referrals.board.output_check.p95_ms', 'ms', checked.p95Ms),
        row('referrals.dataset_referrals', 'referrals', p.referrals),
        row('today.get.p95_ms', 'ms', t.p95Ms, 20),
        row('today.get.p50_ms', 'ms', t.p50Ms),
        row('today.items_90_days', 'items', items),
        row('today.dataset_cases', 'cases', data.cases),
      ];
    } finally {
      await cw.close();
    }
  } finally {
    tmp.cleanup();
  }
}

export const referrals: Suite = async ({ quick }) => {
  const data = await benchData(plan(quick).cases, (s) => process.stdout.write(`  ${s}\n`));
  return measure(quick, data);
};
