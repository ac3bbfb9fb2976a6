import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateCentre,
  type CentreSize,
  type FictionalAgency,
  type FictionalCase,
  type FictionalCaseLegal,
  type FictionalCaseReferrals,
  type FictionalStaff,
  type NoteAuthor,
} from '../../../fiction/generator';
import type { Referral } from '../../../shared/referrals/schemas';
import type { CaseFile, CaseHeader, Note } from '../../../shared/cases/schemas';
import type { Screening } from '../../../shared/contract/casework';
import type { Jurisdiction, Session } from '../../../shared/schemas';
import type { CoreClient } from '../../core/host';
import { parse, readPassword, requireOpt, UsageError } from '../args';
import { must } from './demo-common';
import { writeLegal } from './demo-legal';
import { writeRoomsAndHours, writeSessions, type ScheduleCounts } from './demo-sessions';
import { closeCore, openCore, print } from '../session';

export const help = `haven demo --data-dir D [--size small|centre] [--seed N] [--canary TEXT] [--user ADMIN]
  Fills D with a fictional centre from the test generator: staff of every role with demo passwords
  printed once, then cases (small: 12, centre: 150) with profiles, safe contact, notes of every type,
  screenings, assignments, small encrypted documents, consents, referrals and legal matters (immigration
  matters with derivatives, proceedings with court dates and outcomes, notice dates), all written through the core as the staff
  concerned. On an empty D it creates the vault too (the first generated admin); on an existing vault it
  runs as ADMIN (password from HAVEN_PASSWORD or --password-file) and writes cases only as staff it
  created in this run.
  --canary TEXT puts TEXT into every free-text field, so you can grep D for plaintext afterwards.`;


/** The temporary password an admin would hand out; the account replaces it with its demo password at first sign-in. */
const temporaryOf = (password: string) => `${password}-temporary`;

/** Chunks of an upload; the core takes up to 1 MiB each. Small enough that a demo file still uses two. */
const CHUNK = 256;

interface Counts {
  cases: number;
  notes: number;
  edits: number;
  redactions: number;
  screenings: number;
  documents: number;
  tasks: number;
  breakGlass: number;
  consents: number;
  referrals: number;
  packets: number;
  matters: number;
  courtDates: number;
  overrides: number;
  snoozed: number;
}

/** The directory as written: agency key -> its id, its services' ids by type. */
type WrittenDirectory = Map<string, { id: number; services: Map<string, number> }>;

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Agencies, services and partner agreements, written by the signed-in admin. */
async function writeDirectory(core: CoreClient, agencies: readonly FictionalAgency[]): Promise<WrittenDirectory> {
  const out: WrittenDirectory = new Map();
  for (const a of agencies) {
    const { key: _key, services, agreement, ...fields } = a;
    const agency = must<{ id: number }>(await core.request('directory.saveAgency', fields), 'agency');
    const ids = new Map<string, number>();
    for (const sv of services) ids.set(sv.type, must<{ id: number }>(await core.request('directory.saveService', { agencyId: agency.id, ...sv }), 'service').id);
    if (agreement) {
      const { endsInDays, ...g } = agreement;
      must(await core.request('agreements.save', { agencyId: agency.id, effectiveFrom: inDays(-365), endsAt: inDays(endsInDays), ...g }), 'agreement');
    }
    out.set(a.key, { id: agency.id, services: ids });
  }
  return out;
}

/**
 * Writes the generated cases through the router, signed in as whoever does each step: the lead caseworker
 * opens the case, records contact, puts the team on it and writes their notes; then each other member
 * (co-caseworker, mentor, legal aide, or a caseworker breaking the glass) signs in once for their part.
 * A generated account is created with a temporary password derived from its demo password and switches to
 * the demo password at its first sign-in (the core refuses "changing" a password to itself), so the
 * printed password is the one that works.
 */
async function writeCases(
  core: CoreClient,
  cases: readonly FictionalCase[],
  staff: ReadonlyMap<string, FictionalStaff & { id: number }>,
  permanent: Set<string>,
  referrals: { plan: readonly FictionalCaseReferrals[]; directory: WrittenDirectory; crossBorder: (agencyKey: string) => boolean },
  legal: readonly (FictionalCaseLegal | null)[],
  /** Issue 13: the sessions, booked once the cases and teams exist. */
  sessions: (caseIds: ReadonlyMap<FictionalCase, number>, signIn: (username: string) => Promise<void>) => Promise<void>,
): Promise<Counts> {
  const counts: Counts = {
    cases: 0, notes: 0, edits: 0, redactions: 0, screenings: 0, documents: 0, tasks: 0, breakGlass: 0, consents: 0, referrals: 0, packets: 0,
    matters: 0, courtDates: 0, overrides: 0, snoozed: 0,
  };
  let current: string | null = null;
  const signIn = async (username: string) => {
    if (current === username) return;
    const st = staff.get(username)!;
    const password = permanent.has(username) ? st.password : temporaryOf(st.password);
    const s = must<Session>(await core.request('vault.unlock', { username, password }), `unlock ${username}`);
    if (s.mustChangePassword) must(await core.request('vault.changePassword', { currentPassword: password, newPassword: st.password }), 'changePassword');
    permanent.add(username);
    current = username;
  };
  const usable = (c: FictionalCase) => staff.has(c.team.lead);
  const memberOf = (c: FictionalCase, a: NoteAuthor): string | undefined =>
    a === 'lead' ? c.team.lead : a === 'caseworker' ? c.team.caseworker : a === 'mentor' ? c.team.mentor : c.team.legalAide;
  const present = (u: string | undefined): u is string => u !== undefined && staff.has(u);

  const ids = new Map<FictionalCase, number>();
  const writeNotes = async (c: FictionalCase, who: NoteAuthor) => {
    for (const n of c.notes.filter((x) => x.author === who)) {
      let note = must<Note>(await core.request('notes.create', { caseId: ids.get(c)!, type: n.type, body: n.body }), 'note');
      counts.notes++;
      if (n.edit) {
        note = must<Note>(await core.request('notes.update', { noteId: note.id, version: note.version, body: n.edit.body }), 'note edit');
        counts.edits++;
      }
      if (n.redaction) {
        must(await core.request('notes.redact', { noteId: note.id, version: note.version, passage: n.redaction.passage, reason: n.redaction.reason }), 'redaction');
        counts.redactions++;
      }
    }
  };
  const upload = async (c: FictionalCase) => {
    const d = c.document!;
    const bytes = Buffer.from(d.content, 'utf8');
    const { uploadId } = must<{ uploadId: string }>(
      await core.request('documents.beginUpload', { caseId: ids.get(c)!, kind: d.kind, legal: d.legal, filename: d.filename, mime: d.mime, size: bytes.length }),
      'upload',
    );
    for (let i = 0; i * CHUNK < bytes.length; i++) {
      must(await core.request('documents.uploadChunk', { uploadId, index: i, data: bytes.subarray(i * CHUNK, (i + 1) * CHUNK).toString('base64') }), 'upload chunk');
    }
    must(await core.request('documents.finishUpload', { uploadId }), 'upload finish');
    counts.documents++;
  };

  // 1. Each lead caseworker, in one sitting, opens their cases.
  const leads = [...new Set(cases.filter(usable).map((c) => c.team.lead))];
  for (const lead of leads) {
    await signIn(lead);
    for (const c of cases.filter((x) => usable(x) && x.team.lead === lead)) {
      let file = must<CaseFile>(await core.request('cases.create', { profile: c.profile }), 'case');
      const caseId = file.header.id;
      ids.set(c, caseId);
      counts.cases++;
      file = must<CaseFile>(await core.request('cases.updateContact', { caseId, version: file.header.version, contact: c.contact }), 'contact');
      let header: CaseHeader = file.header;
      for (const [u, caseRole] of [[c.team.caseworker, 'caseworker'], [c.team.mentor, 'mentor'], [c.team.legalAide, 'legal_aide']] as const) {
        if (present(u)) header = must<CaseHeader>(await core.request('cases.assign', { caseId, staffId: staff.get(u)!.id, caseRole }), 'assign');
      }
      await writeNotes(c, 'lead');
      // A co-caseworker or mentor who could not be created here: the lead writes their notes instead.
      if (!present(c.team.caseworker)) await writeNotes(c, 'caseworker');
      if (!present(c.team.mentor)) await writeNotes(c, 'mentor');
      if (c.screening) {
        let s = must<Screening>(await core.request('screening.start', { caseId, instrumentId: c.screening.instrumentId }), 'screening');
        if (Object.keys(c.screening.answers).length) s = must<Screening>(await core.request('screening.answer', { screeningId: s.id, version: s.version, answers: c.screening.answers }), 'answers');
        must(await core.request('screening.complete', { screeningId: s.id, version: s.version }), 'screening complete');
        counts.screenings++;
      }
      if (c.document && c.document.author === 'lead') await upload(c);
      if (c.intakeComplete) header = must<CaseFile>(await core.request('cases.completeIntake', { caseId, version: header.version }), 'intake').header;
      // A possible minor in the US opens a 24-hour HHS task; settled cases have it done.
      for (const t of header.tasks.filter((x) => !x.doneAt && c.status !== 'Active')) {
        header = must<CaseHeader>(await core.request('tasks.complete', { taskId: t.id }), 'task');
        counts.tasks++;
      }
      if (c.status !== 'Active') must(await core.request('cases.setStatus', { caseId, version: header.version, status: c.status }), 'status');
    }
  }

  // 2. Everyone else on a case signs in once for their notes and documents; some break the glass.
  const helpers = new Set<string>();
  for (const c of cases.filter((x) => ids.has(x))) {
    for (const u of [c.team.caseworker, c.team.mentor, c.team.legalAide, c.breakGlass?.by]) if (present(u)) helpers.add(u);
  }
  for (const u of helpers) {
    await signIn(u);
    for (const c of cases.filter((x) => ids.has(x))) {
      for (const who of ['caseworker', 'mentor', 'legal_aide'] as const) if (memberOf(c, who) === u) await writeNotes(c, who);
      if (c.document?.author === 'legal_aide' && c.team.legalAide === u) await upload(c);
      if (c.breakGlass?.by === u) {
        must(await core.request('cases.breakGlass', { caseId: ids.get(c)!, reason: c.breakGlass.reason }), 'break glass');
        counts.breakGlass++;
      }
    }
  }

  // 3. Each lead caseworker records the releases and referrals of their cases and moves them along the loop.
  for (const lead of leads) {
    await signIn(lead);
    for (const c of cases.filter((x) => ids.has(x) && x.team.lead === lead)) {
      const caseId = ids.get(c)!;
      const plan = referrals.plan[cases.indexOf(c)];
      if (!plan) continue;
      const revoke: Array<{ id: number; version: number }> = [];
      for (const k of plan.consents) {
        const agencyId = referrals.directory.get(k.agency)!.id;
        const common = { caseId, agencyId, method: k.method, ...(k.witnessName ? { witnessName: k.witnessName } : {}) };
        const input =
          k.decision === 'declined'
            ? { ...common, decision: 'declined' }
            : {
                ...common,
                decision: 'given',
                categories: k.categories,
                purpose: k.purpose,
                startsAt: inDays(-k.startedDaysAgo),
                expiresAt: inDays(k.expiresInDays),
                ...(referrals.crossBorder(k.agency) ? { crossBorderBasis: 'informed_consent' } : {}),
              };
        const consent = must<{ id: number; version: number }>(await core.request('consents.record', input), 'consent');
        counts.consents++;
        if (k.revoke) revoke.push(consent);
      }
      for (const r of plan.referrals) {
        const agency = referrals.directory.get(r.agency)!;
        let ref = r.incoming
          ? must<Referral>(
              await core.request('referrals.recordIncoming', {
                caseId,
                agencyId: agency.id,
                serviceType: r.serviceType,
                urgency: r.urgency,
                reason: r.reason,
                receivedAt: inDays(-1),
                followUpAt: inDays(r.followUpInDays),
              }),
              'incoming referral',
            )
          : must<Referral>(
              await core.request('referrals.create', { caseId, serviceId: agency.services.get(r.serviceType)!, urgency: r.urgency, reason: r.reason, categories: r.categories, followUpAt: inDays(r.followUpInDays) }),
              'referral',
            );
        counts.referrals++;
        if (r.packet) {
          ref = { ...ref, ...must<object>(await core.request('referrals.packet', { referralId: ref.id, version: ref.version }), 'packet') };
          ref = must<Referral>(await core.request('referrals.get', { referralId: ref.id }), 'referral');
          counts.packets++;
        }
        for (const status of r.path) {
          const extra = status === 'appointment_set' ? { appointmentAt: inDays(Math.max(1, r.followUpInDays)) } : status === 'closed' ? { outcome: r.outcome ?? 'service_received' } : {};
          ref = must<Referral>(await core.request('referrals.advance', { referralId: ref.id, version: ref.version, status, ...extra }), `referral ${status}`);
        }
      }
      // Some survivors withdraw a release later: sharing stops from that instant.
      for (const k of revoke) must(await core.request('consents.revoke', { consentId: k.id, version: k.version }), 'revoke');
    }
  }

  // 4. Each legal aide enters the legal matters of their cases: facts, proceedings, court dates, the dates
  // printed on notices, then ticks off what is past and snoozes what can wait (issue 12).
  const aides = [...new Set(cases.filter((c) => ids.has(c) && legal[cases.indexOf(c)] && present(c.team.legalAide)).map((c) => c.team.legalAide!))];
  for (const aide of aides) {
    await signIn(aide);
    for (const c of cases.filter((x) => ids.has(x) && x.team.legalAide === aide)) {
      const plan = legal[cases.indexOf(c)];
      if (plan) await writeLegal(core, ids.get(c)!, plan, counts);
    }
  }
  await sessions(ids, signIn);
  return counts;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { size: { type: 'string' }, seed: { type: 'string' }, canary: { type: 'string' } });
  const dataDir = requireOpt(values['data-dir'], 'data-dir');
  const size = (values.size ?? 'small') as CentreSize;
  if (size !== 'small' && size !== 'centre') throw new UsageError('--size is small or centre');
  const seed = values.seed ? Number(values.seed) : undefined;
  const fresh = !existsSync(join(dataDir, 'haven.db'));
  let recoveryKey: string | null = null;
  const { core, unlock } = fresh
    ? await openCore(dataDir)
    : await openCore(dataDir, { username: requireOpt(values.user, 'user'), password: readPassword(values['password-file']) });
  if (unlock && !unlock.ok) {
    print(unlock);
    await closeCore(core, false);
    return 1;
  }
  try {
    let centre = generateCentre({ size, seed, canary: values.canary });
    const [first, ...rest] = centre.staff;
    const created: Array<FictionalStaff & { id: number }> = [];
    if (fresh) {
      const r = must<{ recoveryKey: string; session: Session }>(
        await core.request('vault.setup', {
          centreName: centre.centreName,
          jurisdiction: centre.jurisdiction,
          admin: { username: first!.username, displayName: first!.displayName, password: first!.password },
        }),
        'setup',
      );
      recoveryKey = r.recoveryKey;
      created.push({ ...first!, id: r.session.staffId });
    } else {
      const s = must<{ version: number; jurisdiction: Jurisdiction }>(await core.request('settings.get', {}), 'settings');
      must(await core.request('settings.update', { version: s.version, centreName: centre.centreName }), 'settings');
      centre = generateCentre({ size, seed, canary: values.canary, jurisdiction: s.jurisdiction });
    }
    for (const st of fresh ? rest : centre.staff) {
      const r = await core.request('staff.create', { username: st.username, displayName: st.displayName, roles: st.roles, temporaryPassword: temporaryOf(st.password) });
      if (r.ok) created.push({ ...st, id: (r.value as { id: number }).id });
      else if (r.error.code !== 'CONFLICT') throw new Error(`staff: ${r.error.code}`);
    }
    // Only accounts created in this run: their passwords are known. Existing accounts are never guessed at.
    const permanent = new Set<string>(fresh ? [first!.username] : []);
    const directory = await writeDirectory(core, centre.directory);
    const countryOf = new Map(centre.directory.map((a) => [a.key, a.country]));
    const crossBorder = (key: string) => centre.jurisdiction !== 'both' && countryOf.get(key) !== centre.jurisdiction;
    const rooms = await writeRoomsAndHours(core, centre.schedule, created);
    let schedule: ScheduleCounts | null = null;
    const staffMap = new Map(created.map((s) => [s.username, s]));
    const counts = await writeCases(core, centre.cases, staffMap, permanent, { plan: centre.referrals, directory, crossBorder }, centre.legal, async (caseIds, signIn) => {
      schedule = await writeSessions(core, centre.schedule, rooms, centre.cases, caseIds, signIn, (u) => staffMap.has(u));
    });

    const line = (s: FictionalStaff) => `  ${s.username.padEnd(24)} ${s.roles.join('+').padEnd(20)} ${permanent.has(s.username) ? s.password : temporaryOf(s.password)}\n`;
    const ready = created.filter((s) => permanent.has(s.username));
    const temporary = created.filter((s) => !permanent.has(s.username));
    process.stdout.write(`Fictional centre in ${dataDir}. Demo passwords (shown once).\n`);
    if (ready.length) process.stdout.write(`Ready to use (the demo signed in with these, so no change is asked):\n${ready.map(line).join('')}`);
    if (temporary.length) process.stdout.write(`Temporary (changed at first unlock):\n${temporary.map(line).join('')}`);
    if (!created.length) process.stdout.write('No new accounts: every generated login already exists.\n');
    process.stdout.write(
      `\nCases: ${counts.cases} (notes ${counts.notes}, edited ${counts.edits}, redactions ${counts.redactions}, screenings ${counts.screenings}, ` +
        `documents ${counts.documents}, HHS tasks done ${counts.tasks}, break-the-glass ${counts.breakGlass})\n` +
        `Directory: ${centre.directory.length} agencies; consents ${counts.consents}, referrals ${counts.referrals}, packets ${counts.packets}\n` +
        `Legal: matters ${counts.matters} (court dates ${counts.courtDates}, notice dates ${counts.overrides}, snoozed tasks ${counts.snoozed})\n`,
    );
    const sc = schedule as ScheduleCounts | null;
    if (sc) process.stdout.write(`Schedule: ${sc.rooms} rooms; sessions ${sc.sessions} (occurrences ${sc.occurrences}, notes after sessions ${sc.notes}, no-shows ${sc.noShows}, skipped ${sc.skipped})\n`);
    if (counts.cases < centre.cases.length) process.stdout.write(`Skipped ${centre.cases.length - counts.cases} case(s) led by accounts that already existed (use another --seed).\n`);
    if (recoveryKey) process.stdout.write(`\nRecovery key (shown once): ${recoveryKey}\n`);
  } finally {
    await closeCore(core, true);
  }
  return 0;
}
