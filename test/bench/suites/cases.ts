import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_ROLES, STAFF_ROLE_FOR } from '../../../shared/cases/access';
import type { Result } from '../../../shared/errors';
import type { Core } from '../../../electron/core/index';
import { toFtsQuery } from '../../../electron/core/notes/match';
import { maintainNoteIndex } from '../../../electron/core/notes/maintenance';
import { readablePairs, searchNotes } from '../../../electron/core/notes/queries';
import { SEARCH_QUERIES } from '../../../fiction/phrases';
import { benchData, openAs, scaleLabel, type BenchData } from '../bulk';
import { tempDir } from '../seed';
import { comparePairBoxed, timeBoxed, type Box } from '../measure';
import { row, type Row, type Suite } from '../report';

/**
 * Case list and note search at scale, on cached data sets (see ../bulk.ts). Full: search over ~200k notes
 * (100k cases), the list over 10k cases, and both at 100k against 1k cases. Quick: 20k notes (10k cases),
 * 2k cases, 10k against 1k, so a cold cache still builds in seconds. Every data set has ~2 notes per case
 * and one lead caseworker per 150 cases, so the benched caseworker's own caseload (~150 cases, ~300 notes)
 * is the same at every scale: a ratio above 1 is cost that grows with the vault, not with the user's work.
 */
const plan = (quick: boolean) => ({
  search: quick ? 10_000 : 100_000,
  list: quick ? 2_000 : 10_000,
  // The deep page needs more than DEEP_OFFSET cases at both scales.
  deep: 10_000,
  scale: quick ? ([10_000, 1_000] as const) : ([100_000, 1_000] as const),
  // Time-boxed (see timeBoxed): a search that regresses to seconds per call must not stretch the run.
  latency: (quick ? { timeMs: 500, minSamples: 30, capMs: 2000 } : { timeMs: 4000, minSamples: 300, capMs: 45_000 }) satisfies Box,
  pair: quick ? { perSideMs: 1000, slices: 6, capMs: 3000 } : { perSideMs: 8000, slices: 40, capMs: 60_000 },
});

/** "offset 5000+": deep enough that a plan which walks the skipped rows shows it. */
const DEEP_OFFSET = 5000;

const must = (r: Result<unknown>, what: string) => {
  if (!r.ok) throw new Error(`${what} failed: ${r.error.code}`);
  return r.value;
};

/** Cycles through the generator's search vocabulary, so every side of a comparison runs the same mix. */
function searcher(core: Core): () => Promise<void> {
  let i = 0;
  return async () => {
    const query = SEARCH_QUERIES[i++ % SEARCH_QUERIES.length]!;
    must(await core.handle({ channel: 'notes.search', input: { query } }), 'notes.search');
  };
}

/** The query alone: searchNotes with what notesSearch would pass for this session, no router around it. */
function rawSearcher(core: Core): () => void {
  const db = core.runtime.db!;
  const me = core.runtime.session!;
  const heldCaseRoles = CASE_ROLES.filter((r) => me.roles.includes(STAFF_ROLE_FOR[r]));
  const matches = SEARCH_QUERIES.map((q) => toFtsQuery(q)!);
  let i = 0;
  return () => {
    const pairs = readablePairs(db, { staffId: me.staffId, isAdmin: false, heldCaseRoles, glass: [] });
    searchNotes(db, { match: matches[i++ % matches.length]!, pairs, limit: 30 });
  };
}

/** cases.list with its defaults: updatedAt desc, first page of 100. */
const lister = (core: Core) => async () => {
  must(await core.handle({ channel: 'cases.list', input: {} }), 'cases.list');
};

async function withCores<T>(data: BenchData, fn: (c: { admin: Core; caseworker: Core }) => Promise<T>): Promise<T> {
  const admin = await openAs(data, 'admin');
  const caseworker = await openAs(data, 'caseworker');
  try {
    return await fn({ admin, caseworker });
  } finally {
    await admin.close();
    await caseworker.close();
  }
}

async function searchRows(quick: boolean, data: BenchData): Promise<Row[]> {
  return withCores(data, async ({ caseworker }) => {
    const listed = must(await caseworker.handle({ channel: 'cases.list', input: { limit: 1 } }), 'cases.list') as { total: number };
    const core = await timeBoxed(searcher(caseworker), plan(quick).latency);
    // The same queries just ran through the core: the caches are warm.
    const raw = await timeBoxed(rawSearcher(caseworker), plan(quick).latency, false);
    return [
      row('notes.search.p95_ms', 'ms', core.p95Ms, 15),
      row('notes.search.p50_ms', 'ms', core.p50Ms),
      row('notes.search.raw.p95_ms', 'ms', raw.p95Ms),
      row('notes.search.samples', 'calls', core.samples),
      row('notes.search.dataset_notes', 'notes', data.notes),
      row('notes.search.caseworker_cases', 'cases', listed.total),
    ];
  });
}

/** cases.list as the screen calls it to search by name: each of `names` in turn (the caseworker's own cases). */
const nameSearcher = (core: Core, names: readonly string[]) => {
  let i = 0;
  return async () => {
    must(await core.handle({ channel: 'cases.list', input: { search: names[i++ % names.length]! } }), 'cases.list search');
  };
};

/** The page at `offset` of the whole list, updatedAt desc: what paging far down (or a jump to the end) costs. */
const deepLister = (core: Core, offset: number) => async () => {
  must(await core.handle({ channel: 'cases.list', input: { offset } }), 'cases.list deep page');
};

/** Family names the caseworker can see on their first page: searches that hit, as a person would type them. */
async function visibleNames(core: Core): Promise<string[]> {
  const page = must(await core.handle({ channel: 'cases.list', input: { limit: 50 } }), 'cases.list') as { rows: { name: string | null }[] };
  const names = [...new Set(page.rows.map((r) => r.name?.trim().split(/\s+/).pop()).filter((n): n is string => !!n && n.length >= 3))];
  if (names.length === 0) throw new Error('the benched caseworker sees no names: the name search would measure nothing');
  return names.slice(0, 12);
}

/**
 * The same searches after the note index maintenance (notes/maintenance.ts) has merged the index, on a copy
 * so the cached data set stays as the loader wrote it. The core runs that maintenance by itself after 5 s
 * without a request (core/quiet.ts), so this is what a person sees once the centre's day has paused;
 * notes.search.p95_ms above is the worst case, right after a burst of writes has split the index.
 */
async function mergedSearchRows(quick: boolean, data: BenchData): Promise<Row[]> {
  const tmp = tempDir('merged-index');
  try {
    cpSync(data.dataDir, join(tmp.dir, 'vault'), { recursive: true });
    return await withCores({ ...data, dataDir: join(tmp.dir, 'vault') }, async ({ caseworker }) => {
      const started = performance.now();
      const m = maintainNoteIndex(caseworker.runtime.db!, { budgetMs: Number.POSITIVE_INFINITY });
      const mergeMs = performance.now() - started;
      const l = await timeBoxed(searcher(caseworker), plan(quick).latency);
      return [
        row('notes.search.after_index_merge.p95_ms', 'ms', l.p95Ms, 15),
        row('notes.search.after_index_merge.p50_ms', 'ms', l.p50Ms),
        row('notes.index.segments_before_merge', 'segments', m.segmentsBefore),
        row('notes.index.segments_after_merge', 'segments', m.segmentsAfter),
        row('notes.index.merge_ms', 'ms', mergeMs),
        row('notes.index.merge_slices', 'slices', m.slices),
      ];
    });
  } finally {
    tmp.cleanup();
  }
}

async function listRows(quick: boolean, data: BenchData, deep: BenchData): Promise<Row[]> {
  const rows = await withCores(data, async ({ admin, caseworker }) => {
    const a = await timeBoxed(lister(admin), plan(quick).latency);
    const c = await timeBoxed(lister(caseworker), plan(quick).latency);
    const names = await visibleNames(caseworker);
    const s = await timeBoxed(nameSearcher(caseworker, names), plan(quick).latency);
    return [
      // The tracked number is the slower of the two people; both are reported.
      row('cases.list.page_ms', 'ms', Math.max(a.p95Ms, c.p95Ms), 10),
      row('cases.list.page_ms.admin', 'ms', a.p95Ms),
      row('cases.list.page_ms.caseworker', 'ms', c.p95Ms),
      row('cases.list.name_search_ms', 'ms', s.p95Ms, 10),
      row('cases.list.dataset_cases', 'cases', data.cases),
    ];
  });
  // Only the admin lists every case (a caseworker lists their own ~150), so only the admin can page this deep.
  const offset = DEEP_OFFSET;
  if (deep.cases < offset + 100) throw new Error(`deep page needs more than ${offset + 100} cases`);
  const d = await withCores(deep, async ({ admin }) => timeBoxed(deepLister(admin, offset), plan(quick).latency));
  rows.push(row(`cases.list.deep_page_ms.offset_${offset}`, 'ms', d.p95Ms, 10), row('cases.list.deep_page.dataset_cases', 'cases', deep.cases));
  return rows;
}

/** The same calls against a large and a small vault, interleaved (see comparePair), as ratios of means. */
async function scaleRows(quick: boolean, large: BenchData, small: BenchData): Promise<Row[]> {
  const p = plan(quick).pair;
  const tag = `scale_${scaleLabel(large.cases)}_vs_${scaleLabel(small.cases)}`;
  return withCores(large, (big) =>
    withCores(small, async (little) => {
      const pair = (a: () => unknown, b: () => unknown) => comparePairBoxed(p.perSideMs, p.slices, p.capMs, a, b);
      const listCw = await pair(lister(big.caseworker), lister(little.caseworker));
      const listAdmin = await pair(lister(big.admin), lister(little.admin));
      const search = await pair(searcher(big.caseworker), searcher(little.caseworker));
      return [
        row(`cases.list.${tag}.ratio`, 'ratio', Math.max(listCw.ratio, listAdmin.ratio), 3),
        row(`cases.list.${tag}.ratio.admin`, 'ratio', listAdmin.ratio),
        row(`cases.list.${tag}.ratio.caseworker`, 'ratio', listCw.ratio),
        row(`cases.list.${tag}.large_admin_ms`, 'ms', listAdmin.meanAMs),
        row(`cases.list.${tag}.large_caseworker_ms`, 'ms', listCw.meanAMs),
        row(`notes.search.${tag}.ratio`, 'ratio', search.ratio, 3),
        row(`notes.search.${tag}.large_ms`, 'ms', search.meanAMs),
        row(`notes.search.${tag}.small_ms`, 'ms', search.meanBMs),
        row(`notes.search.${tag}.samples`, 'calls', search.samples),
      ];
    }),
  );
}

export const cases: Suite = async ({ quick }) => {
  const p = plan(quick);
  const log = (s: string) => process.stdout.write(`  ${s}\n`);
  const sizes = [...new Set([p.scale[1], p.list, p.deep, p.search, p.scale[0]])].sort((a, b) => a - b);
  const data = new Map<number, BenchData>();
  for (const n of sizes) data.set(n, await benchData(n, log));
  const rows: Row[] = [];
  rows.push(...(await searchRows(quick, data.get(p.search)!)));
  rows.push(...(await mergedSearchRows(quick, data.get(p.search)!)));
  rows.push(...(await listRows(quick, data.get(p.list)!, data.get(p.deep)!)));
  rows.push(...(await scaleRows(quick, data.get(p.scale[0])!, data.get(p.scale[1])!)));
  // How long each data set took to build (when this run built it, or when it was cached).
  for (const d of data.values()) rows.push(row(`bench.data.build_s.${d.scale}`, 's', d.buildSeconds));
  return rows;
};
