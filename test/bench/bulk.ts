import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notePart } from '../../shared/cases/access';
import type { Result } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import type { Session } from '../../shared/schemas';
import type { CASE_EVENTS, CaseEventName } from '../../shared/cases/events';
import { findInstrument, scoreScreening } from '../../shared/screening';
import { appendCaseEvent } from '../../electron/core/events';
import { ensureMinorTask, searchNameOf, traffickingTypeOf } from '../../electron/core/cases/profile';
import { completeTaskRow, insertAssignment, insertBreakGlass, insertCase, tasksOf, touchCase } from '../../electron/core/cases/queries';
import { createCore, type Core } from '../../electron/core/index';
import { getNote, insertNote, insertRedaction, redactNote, reviseNote } from '../../electron/core/notes/queries';
import { insertScreening, saveScreening } from '../../electron/core/screening/queries';
import { insertStaff } from '../../electron/core/staff/queries';
import { inTransaction, type Db } from '../../electron/core/store/connection';
import { LATEST_VERSION } from '../../electron/core/store/migrations';
import { FAST_KDF_COST } from '../../electron/core/vault/crypto';
import { fictionalCases, GENERATOR_VERSION, type FictionalCase, type NoteAuthor } from '../../fiction/generator';
import { seeded } from '../../fiction/random';
import { fictionalStaff, type FictionalStaff } from '../../fiction/staff';
import { SEED_NOW } from './seed';

/**
 * Bench data at scale, built once and cached under test/.cache/bench-<scale>-v<N>/ (git-ignored).
 * The vault is made by vault.setup and the benched caseworker by staff.create + changePassword, through the
 * router, so both can sign in like anyone else; everything else (1k to 100k cases) is inserted with the
 * features' own query functions in large transactions, mirroring what the services write: the case row,
 * profile and contact, assignments, the HHS task rule, notes (and their FTS rows, by trigger) with edits
 * and redactions, completed screenings, break-the-glass records, status and the case events behind the
 * timeline. Documents are left out: they are files, and no bench reads them.
 *
 * Bump LOADER_VERSION when this file changes what it writes; GENERATOR_VERSION covers the generator.
 */
const LOADER_VERSION = 2;
export const DATA_VERSION = `${GENERATOR_VERSION}.${LOADER_VERSION}`;

/** One lead caseworker per this many cases over the data's five years: the benched caseworker's caseload stays the same at every scale. */
export const CASES_PER_CASEWORKER = 150;
const NOTES_PER_CASE = 2;
const YEARS = 5;
const SEED = 20260115;
const MARK = '[redacted]'; // what notes.redact puts in place of a passage

export interface Login {
  username: string;
  password: string;
}

export interface BenchData {
  scale: string;
  dataDir: string;
  version: string;
  schema: number;
  cases: number;
  notes: number;
  staff: number;
  admin: Login;
  caseworker: Login & { leads: number };
  buildSeconds: number;
  builtAt: string;
  /** True when this run built it (the cache was cold). */
  fresh: boolean;
}

const CACHE = fileURLToPath(new URL('../.cache/', import.meta.url));
const must = <T>(r: Result<unknown>, what: string): T => {
  if (!r.ok) throw new Error(`${what} failed: ${r.error.code}`);
  return r.value as T;
};

export const scaleLabel = (cases: number) => (cases % 1000 === 0 ? `${cases / 1000}k` : String(cases));

/**
 * The cached data set with `cases` cases, building it when missing or made by another generator/loader
 * version or schema. Stale versions of the same scale are removed.
 */
export async function benchData(cases: number, log: (s: string) => void = () => {}): Promise<BenchData> {
  const scale = scaleLabel(cases);
  const dir = join(CACHE, `bench-${scale}-v${DATA_VERSION}`);
  const metaFile = join(dir, 'login.json');
  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Omit<BenchData, 'dataDir' | 'fresh'>;
    if (meta.schema === LATEST_VERSION) return { ...meta, dataDir: join(dir, 'vault'), fresh: false };
  }
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE)) if (old.startsWith(`bench-${scale}-v`)) rmSync(join(CACHE, old), { recursive: true, force: true });
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  log(`building bench data: ${scale} cases (cached in ${dir})…`);
  const started = performance.now();
  const meta = await build(join(building, 'vault'), cases);
  const full: Omit<BenchData, 'dataDir' | 'fresh'> = { ...meta, scale, version: DATA_VERSION, schema: LATEST_VERSION, buildSeconds: Number(((performance.now() - started) / 1000).toFixed(1)), builtAt: new Date().toISOString() };
  writeFileSync(join(building, 'login.json'), JSON.stringify(full, null, 2) + '\n');
  try {
    renameSync(building, dir);
  } catch (e) {
    // Another bench process finished the same data set first: use theirs.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(metaFile)) throw e;
  }
  log(`  built in ${full.buildSeconds} s: ${full.cases} cases, ${full.notes} notes, ${full.staff} staff`);
  return { ...full, dataDir: join(dir, 'vault'), fresh: true };
}

/** Opens a core on the data set signed in as `who`; the caller closes it. */
export async function openAs(data: BenchData, who: 'admin' | 'caseworker'): Promise<Core> {
  const core = createCore({ dataDir: data.dataDir, kdfCost: FAST_KDF_COST });
  must(await core.handle({ channel: 'vault.unlock', input: { username: data[who].username, password: data[who].password } }), `unlock ${who}`);
  return core;
}

function staffFor(cases: number): FictionalStaff[] {
  const caseworkers = Math.max(4, Math.round(cases / CASES_PER_CASEWORKER));
  const mix: Record<Role, number> = { admin: 2, caseworker: caseworkers, mentor: Math.ceil(caseworkers * 0.7), legal_aide: Math.ceil(caseworkers * 0.4) };
  return fictionalStaff(seeded(SEED), mix, (s) => s);
}

async function build(dataDir: string, count: number): Promise<Pick<BenchData, 'cases' | 'notes' | 'staff' | 'admin' | 'caseworker'>> {
  const staff = staffFor(count);
  const adminStaff = staff.find((s) => s.roles.includes('admin'))!;
  const benched = staff.find((s) => s.roles.length === 1 && s.roles[0] === 'caseworker')!;
  const admin: Login = { username: adminStaff.username, password: 'bench-admin-password-1' };
  const caseworker: Login = { username: benched.username, password: 'bench-caseworker-password-1' };
  const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
  try {
    const setup = must<{ session: Session }>(
      await core.handle({
        channel: 'vault.setup',
        input: { centreName: 'Bench Family Justice Centre', jurisdiction: 'both', admin: { username: admin.username, displayName: adminStaff.displayName, password: admin.password } },
      }),
      'vault.setup',
    );
    const temporary = 'bench-temporary-password-1';
    const cw = must<{ id: number }>(
      await core.handle({ channel: 'staff.create', input: { username: benched.username, displayName: benched.displayName, roles: benched.roles, temporaryPassword: temporary } }),
      'staff.create',
    );
    must<Session>(await core.handle({ channel: 'vault.unlock', input: { username: caseworker.username, password: temporary } }), 'unlock');
    must(await core.handle({ channel: 'vault.changePassword', input: { currentPassword: temporary, newPassword: caseworker.password } }), 'changePassword');

    const db = core.runtime.db!;
    const now = SEED_NOW.toISOString();
    const ids = new Map<string, number>([
      [admin.username, setup.session.staffId],
      [benched.username, cw.id],
    ]);
    inTransaction(db, () => {
      for (const s of staff) if (!ids.has(s.username)) ids.set(s.username, insertStaff(db, { username: s.username, displayName: s.displayName, roles: s.roles, mustChangePassword: false, now }));
    });

    let notes = 0;
    let leads = 0;
    const years = new Map<number, number>();
    const batch: FictionalCase[] = [];
    const flush = () => {
      inTransaction(db, () => {
        const timed: Timed[] = [];
        const finish: Array<() => void> = [];
        for (const c of batch) {
          const year = new Date(c.openedAt).getUTCFullYear();
          const n = (years.get(year) ?? 0) + 1;
          years.set(year, n);
          // The format nextCaseNumber() produces; computed here because its max() scan is O(cases) per call.
          finish.push(insertOne(db, c, `HV-${year}-${String(n).padStart(5, '0')}`, ids, timed));
          notes += c.notes.length;
          if (c.team.lead === benched.username) leads++;
        }
        // Notes go in by time across the whole batch, so a case's notes are spread over the table and the
        // index as they would be after years of use, not side by side.
        timed.sort((a, b) => a.at.localeCompare(b.at));
        for (const t of timed) t.run();
        for (const f of finish) f();
      });
      batch.length = 0;
    };
    for (const c of fictionalCases({ seed: SEED, count, staff, jurisdiction: 'both', now: SEED_NOW, years: YEARS, notesPerCase: NOTES_PER_CASE })) {
      batch.push(c);
      if (batch.length === 5000) flush();
    }
    flush();
    db.pragma('optimize');
    return { cases: count, notes, staff: staff.length, admin, caseworker: { ...caseworker, leads } };
  } finally {
    await core.close();
  }
}

interface Timed {
  at: string;
  run: () => void;
}

/**
 * One case as the services would have left it. Its notes are queued on `timed` (the caller runs them in
 * time order across cases); the returned function closes the case (tasks done, status), run after them.
 */
function insertOne(db: Db, c: FictionalCase, caseNumber: string, ids: ReadonlyMap<string, number>, timed: Timed[]): () => void {
  const idOf = (u: string) => ids.get(u)!;
  const lead = idOf(c.team.lead);
  const caseId = insertCase(db, { caseNumber, createdBy: lead, now: c.openedAt, profile: c.profile, contact: c.contact, searchName: searchNameOf(c.profile), traffickingType: traffickingTypeOf(c.profile) });
  const event = <E extends CaseEventName>(at: string, actorId: number, kind: (typeof CASE_EVENTS)[E], ev: E, part: Parameters<typeof appendCaseEvent>[1]['part'], params?: Record<string, string | number | null>, ref?: { type: string; id: number }) =>
    appendCaseEvent(db, { caseId, at, actorId, kind, event: ev, part, params, ref });
  const assign = (u: string, caseRole: 'lead_caseworker' | 'caseworker' | 'mentor' | 'legal_aide') => {
    insertAssignment(db, { caseId, staffId: idOf(u), caseRole, now: c.openedAt, by: lead });
    event(c.openedAt, lead, 'assignment', 'assignment.added', 'header', { staffId: idOf(u), caseRole });
  };
  event(c.openedAt, lead, 'intake', 'intake.started', 'header');
  assign(c.team.lead, 'lead_caseworker');
  ensureMinorTask(db, caseId, c.profile, 'both', new Date(c.openedAt), lead);
  event(c.openedAt, lead, 'intake', 'contact.updated', 'contact');
  if (c.team.caseworker) assign(c.team.caseworker, 'caseworker');
  if (c.team.mentor) assign(c.team.mentor, 'mentor');
  if (c.team.legalAide) assign(c.team.legalAide, 'legal_aide');

  const authorOf = (a: NoteAuthor) => idOf((a === 'caseworker' ? c.team.caseworker : a === 'mentor' ? c.team.mentor : a === 'legal_aide' ? c.team.legalAide : undefined) ?? c.team.lead);
  for (const n of c.notes) {
    const by = authorOf(n.author);
    const run = () => {
      const id = insertNote(db, { caseId, type: n.type, body: n.body, authorId: by, now: n.at });
      const ref = { type: 'note', id };
      event(n.at, by, 'note', 'note.created', notePart(n.type), { type: n.type }, ref);
      // Edits and redactions rewrite the FTS entry (secure-delete): the costliest rows of the load.
      if (n.edit) {
        reviseNote(db, getNote(db, id)!, n.edit.body, n.edit.at);
        event(n.edit.at, by, 'note', 'note.edited', notePart(n.type), { type: n.type }, ref);
      }
      if (n.redaction) {
        redactNote(db, getNote(db, id)!, n.redaction.passage, MARK, n.redaction.at);
        insertRedaction(db, { noteId: id, reason: n.redaction.reason, by, now: n.redaction.at });
        event(n.redaction.at, by, 'note', 'note.redacted', notePart(n.type), { type: n.type }, ref);
      }
    };
    timed.push({ at: n.at, run });
  }
  if (c.screening) {
    const instrument = findInstrument(c.screening.instrumentId)!;
    const s = scoreScreening(instrument, c.screening.answers);
    const id = insertScreening(db, { caseId, instrumentId: instrument.id, version: instrument.version, by: lead, now: c.screening.at });
    saveScreening(db, { id, version: 1, answers: JSON.stringify(c.screening.answers), score: s.score, band: s.band, complete: true, now: c.screening.at });
    event(c.screening.at, lead, 'screening', 'screening.started', 'screening', { instrument: instrument.id }, { type: 'screening', id });
    event(c.screening.at, lead, 'screening', 'screening.completed', 'screening', { instrument: instrument.id, band: s.band, score: s.score }, { type: 'screening', id });
  }
  if (c.breakGlass) {
    const by = idOf(c.breakGlass.by);
    const id = insertBreakGlass(db, { caseId, staffId: by, caseRole: 'caseworker', reason: c.breakGlass.reason, now: c.breakGlass.at });
    event(c.breakGlass.at, by, 'break_glass', 'break_glass.opened', 'header', { caseRole: 'caseworker' }, { type: 'break_glass', id });
  }
  return () => {
    const settled = c.status !== 'Active';
    if (settled) {
      for (const t of tasksOf(db, caseId)) {
        completeTaskRow(db, t.id, c.updatedAt, lead);
        event(c.updatedAt, lead, 'task', 'task.completed', 'header', { task: t.kind }, { type: 'task', id: t.id });
      }
    }
    if (c.intakeComplete) event(c.updatedAt, lead, 'intake', 'intake.completed', 'header');
    if (settled) event(c.closedAt ?? c.updatedAt, lead, 'status', 'status.changed', 'header', { from: 'Active', to: c.status });
    touchCase(db, caseId, 1, c.updatedAt, { status: c.status, closed_at: c.closedAt, intake_complete: c.intakeComplete ? 1 : 0 });
  };
}
