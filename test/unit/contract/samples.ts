import { CHANNELS, contract, type Channel, type InputOf } from '../../../shared/contract';

export interface SampleIds {
  targetStaffId: number;
  caseId: number;
}

/**
 * Hand-written inputs, only for channels whose input needs more than nothing or the case id (those are
 * found by GENERIC below). Every channel ends up in SAMPLES; the first contract test fails for a new channel
 * that neither fits a generic input nor has a line here, so the generic checks cover it the day it is added.
 */
const HAND_WRITTEN: { [C in Channel]?: (ids: SampleIds) => InputOf<C> } = {
  'vault.setup': () => ({ centreName: 'Fictional', jurisdiction: 'US', admin: { username: 'second', displayName: 'Fictional', password: 'second-pass-123' } }),
  'vault.unlock': () => ({ username: 'nobody', password: 'not-a-password' }),
  'vault.lock': () => ({ reason: 'user' }),
  'vault.recover': () => ({ username: 'nobody', recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', newPassword: 'whatever-123' }),
  'vault.changePassword': () => ({ currentPassword: 'not-my-password', newPassword: 'whatever-12345' }),
  'vault.rotateKey': () => ({}),
  'vault.restoreBackup': () => ({ backupId: 'haven-backup-20260101T000000Z-manual', username: 'nobody', password: 'not-a-password' }),
  'backups.setFolder': () => ({ folder: '/nonexistent-haven-sample/backups' }),
  'backups.verify': () => ({ backupId: 'haven-backup-20260101T000000Z-manual' }),
  'backups.restore': () => ({ backupId: 'haven-backup-20260101T000000Z-manual', password: 'not-a-password' }),
  'staff.list': () => ({ includeInactive: true }),
  'staff.create': () => ({ username: `s${Math.floor(Math.random() * 1e9)}`, displayName: 'Fictional Sample', roles: ['mentor'], temporaryPassword: 'sample-pass-123' }),
  'staff.update': (ids) => ({ id: ids.targetStaffId, version: 1, displayName: 'Fictional Renamed' }),
  'staff.deactivate': (ids) => ({ id: ids.targetStaffId, version: 999 }),
  'staff.reactivate': (ids) => ({ id: ids.targetStaffId, version: 999, temporaryPassword: 'sample-pass-123' }),
  'staff.resetPassword': (ids) => ({ id: ids.targetStaffId, version: 999, temporaryPassword: 'sample-pass-123' }),
  'settings.update': () => ({ version: 999, idleMinutes: 15 }),
  'audit.list': () => ({ limit: 10 }),
  'cases.list': () => ({ search: 'HV', sort: 'caseNumber', dir: 'asc' }),
  'cases.create': () => ({ profile: { givenName: { state: 'known', value: 'Fictional' }, minor: { state: 'declined' } } }),
  'cases.breakGlass': (ids) => ({ caseId: ids.caseId, reason: 'Sample reason long enough to be accepted.' }),
  'cases.updateProfile': (ids) => ({ caseId: ids.caseId, version: 999, profile: { gender: { state: 'unknown' } } }),
  'cases.updateContact': (ids) => ({
    caseId: ids.caseId,
    version: 999,
    contact: { preferredName: 'F', methods: [], unsafePersonMayMonitor: 'unknown', othersAwareOfContact: 'no', doNotContact: false, safetyNotes: '' },
  }),
  'cases.setStatus': (ids) => ({ caseId: ids.caseId, version: 999, status: 'FollowUp' }),
  'cases.completeIntake': (ids) => ({ caseId: ids.caseId, version: 999 }),
  'cases.discardIntake': (ids) => ({ caseId: ids.caseId, version: 999 }),
  'cases.assign': (ids) => ({ caseId: ids.caseId, staffId: ids.targetStaffId, caseRole: 'mentor' }),
  'cases.unassign': (ids) => ({ caseId: ids.caseId, staffId: 999_999 }),
  'tasks.complete': () => ({ taskId: 999_999 }),
  'screening.start': (ids) => ({ caseId: ids.caseId, instrumentId: 'hhs_acf_adult' }),
  'screening.answer': () => ({ screeningId: 999_999, version: 1, answers: { papers_held: 'declined' } }),
  'screening.complete': () => ({ screeningId: 999_999, version: 1 }),
  'notes.create': (ids) => ({ caseId: ids.caseId, type: 'contact', body: 'Sample note.' }),
  'notes.update': () => ({ noteId: 999_999, version: 1, body: 'Sample edit.' }),
  'notes.history': () => ({ noteId: 999_999 }),
  'notes.redact': () => ({ noteId: 999_999, version: 1, passage: 'xyz', reason: 'sample reason' }),
  'notes.search': () => ({ query: 'sample' }),
  'documents.beginUpload': (ids) => ({ caseId: ids.caseId, kind: 'notice', legal: true, filename: 'notice.pdf', mime: 'application/pdf', size: 10 }),
  'documents.uploadChunk': () => ({ uploadId: 'none', index: 0, data: 'AAAA' }),
  'documents.finishUpload': () => ({ uploadId: 'none' }),
  'documents.cancelUpload': () => ({ uploadId: 'none' }),
  'documents.open': () => ({ documentId: 999_999, purpose: 'view' }),
  'retention.purge': (ids) => ({ caseIds: [ids.caseId] }),
  'directory.saveAgency': () => ({ name: 'Fictional Sample Agency', relation: 'partner', country: 'CA', region: 'ON' }),
  'directory.saveService': () => ({ agencyId: 999_999, type: 'legal', name: 'Fictional Sample Service' }),
  'agreements.save': () => ({
    agencyId: 999_999,
    parties: 'Fictional Centre and Fictional Partner',
    effectiveFrom: '2026-01-01T00:00:00Z',
    endsAt: '2027-01-01T00:00:00Z',
    categories: ['identity'],
    purpose: 'Sample purpose.',
  }),
  'consents.record': (ids) => ({ caseId: ids.caseId, agencyId: 999_999, decision: 'declined', method: 'written' }),
  'consents.attach': () => ({ consentId: 999_999, version: 1, documentId: 999_999 }),
  'consents.revoke': () => ({ consentId: 999_999, version: 1 }),
  'referrals.get': () => ({ referralId: 999_999 }),
  'referrals.create': (ids) => ({ caseId: ids.caseId, serviceId: 999_999, urgency: 'routine', reason: 'Sample reason.', categories: ['identity'], followUpAt: '2026-12-01T09:00:00Z' }),
  'referrals.recordIncoming': (ids) => ({
    caseId: ids.caseId,
    agencyId: 999_999,
    urgency: 'routine',
    reason: 'Sample reason.',
    receivedAt: '2026-11-20T09:00:00Z',
    followUpAt: '2026-12-01T09:00:00Z',
  }),
  'referrals.advance': () => ({ referralId: 999_999, version: 1, status: 'accepted' }),
  'referrals.update': () => ({ referralId: 999_999, version: 1, urgency: 'soon' }),
  'referrals.share': () => ({ referralId: 999_999, version: 1, categories: ['contact'] }),
  'referrals.packetPreview': () => ({ referralId: 999_999 }),
  'referrals.packet': () => ({ referralId: 999_999, version: 1 }),
  'legal.matters.create': (ids) => ({ caseId: ids.caseId, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn: '2026-01-15' }),
  'legal.matters.get': () => ({ matterId: 999_999 }),
  'legal.matters.update': () => ({ matterId: 999_999, version: 1, receiptNumber: 'EAC0000000000' }),
  'legal.matters.close': () => ({ matterId: 999_999, version: 1 }),
  'legal.proceedings.update': () => ({ matterId: 999_999, version: 1, outcome: 'plea' }),
  'legal.courtDates.add': () => ({ matterId: 999_999, version: 1, date: '2026-12-10', accompany: true }),
  'legal.courtDates.update': () => ({ matterId: 999_999, version: 1, courtDateId: 999_999, date: '2026-12-11' }),
  'legal.courtDates.remove': () => ({ matterId: 999_999, version: 1, courtDateId: 999_999 }),
  'legal.overrides.set': () => ({ matterId: 999_999, version: 1, key: '999999:status_expiry', date: '2030-01-14', reason: 'Date on the approval notice.' }),
  'legal.overrides.clear': () => ({ matterId: 999_999, version: 1, key: '999999:status_expiry', reason: 'Entered on the wrong matter.' }),
  'legal.tasks.complete': () => ({ legalTaskId: 999_999, version: 1 }),
  'legal.tasks.snooze': () => ({ legalTaskId: 999_999, version: 1, until: '2026-12-20', reason: 'Waiting for the notice.' }),
  'legal.tasks.assign': (ids) => ({ legalTaskId: 999_999, version: 1, ownerId: ids.targetStaffId }),
  'legal.rules.impact': () => ({ ruleId: 'us_ead_renewal', ruleVersion: 2 }),
  'legal.rules.preview': () => ({ matterId: 999_999, ruleId: 'us_ead_renewal', ruleVersion: 2 }),
  'legal.rules.adopt': () => ({ matterId: 999_999, version: 1, ruleId: 'us_ead_renewal', ruleVersion: 2 }),
  'legal.settings.update': () => ({ version: 999, settings: {} }),
  'disclosures.record': (ids) => ({
    caseId: ids.caseId,
    agencyId: 999_999,
    recipientName: 'Fictional Officer',
    categories: ['identity'],
    basis: 'subpoena_order',
    orderReference: 'ORDER-0001',
    disclosedAt: '2026-11-20T09:00:00Z',
  }),
  'calendar.updateSettings': () => ({ version: 999, timeZone: 'America/Toronto' }),
  'rooms.save': () => ({ name: 'Fictional Sample Room', capacity: 4, accessible: true }),
  'availability.setHours': (ids) => ({ staffId: ids.targetStaffId, hours: [{ weekday: 1, start: '09:00', end: '17:00' }] }),
  'availability.addTimeOff': (ids) => ({ staffId: ids.targetStaffId, startsAt: '2026-12-24T14:00:00Z', endsAt: '2026-12-26T23:00:00Z' }),
  'availability.removeTimeOff': (ids) => ({ staffId: ids.targetStaffId, timeOffId: 999_999 }),
  'sessions.calendar': () => ({ from: '2026-11-30T05:00:00Z', to: '2026-12-07T05:00:00Z' }),
  'sessions.get': () => ({ sessionId: 999_999 }),
  'sessions.check': (ids) => ({ caseId: ids.caseId, kind: 'mentoring', date: '2026-12-07', startTime: '10:00', endTime: '11:00', location: 'remote' }),
  'sessions.create': (ids) => ({
    caseId: ids.caseId,
    kind: 'mentoring',
    title: 'Sample check-in',
    date: '2026-12-07',
    startTime: '10:00',
    endTime: '11:00',
    location: 'offsite',
    recurrence: { every: 1, until: '2027-02-01', except: ['2026-12-28'] },
  }),
  'sessions.checkMove': () => ({ sessionId: 999_999, occurrenceId: 999_999, date: '2026-12-08', startTime: '10:00', endTime: '11:00', location: 'remote' }),
  'sessions.move': () => ({ sessionId: 999_999, occurrenceId: 999_999, version: 1, date: '2026-12-08', startTime: '10:00', endTime: '11:00', location: 'remote' }),
  'sessions.checkUpdate': () => ({ sessionId: 999_999, apply: 'series', date: '2026-12-08', startTime: '10:00', endTime: '11:00', location: 'remote' }),
  'sessions.update': () => ({ sessionId: 999_999, version: 1, apply: 'series', date: '2026-12-08', startTime: '10:00', endTime: '11:00', location: 'remote' }),
  'sessions.setStatus': () => ({ sessionId: 999_999, occurrenceId: 999_999, version: 1, status: 'held' }),
  'sessions.cancelSeries': () => ({ sessionId: 999_999, version: 1 }),
  'sessions.writeNote': (ids) => ({ sessionId: 999_999, occurrenceId: 999_999, caseId: ids.caseId, body: 'Sample session note.' }),
  'reminders.done': (ids) => ({ sessionId: 999_999, occurrenceId: 999_999, caseId: ids.caseId }),
  'sessions.exportCalendar': () => ({ from: '2026-12-01', to: '2026-12-31' }),
};

/** Tried in order for a channel without a hand-written input: most reads take nothing, or just the case. */
const GENERIC = (ids: SampleIds): object[] => [{}, { caseId: ids.caseId }];

function generic<C extends Channel>(ch: C): (ids: SampleIds) => InputOf<C> {
  return (ids) => {
    const fit = GENERIC(ids).find((x) => contract[ch].input.safeParse(x).success);
    if (!fit) throw new Error(`${ch}: no generic input fits; add one to HAND_WRITTEN in test/unit/contract/samples.ts`);
    return fit as InputOf<C>;
  };
}

/** One valid input per channel: the hand-written one, else the first generic input its schema accepts. */
export const SAMPLES = Object.fromEntries(CHANNELS.map((ch) => [ch, HAND_WRITTEN[ch] ?? generic(ch)])) as { [C in Channel]: (ids: SampleIds) => InputOf<C> };

/** Inputs no channel accepts: wrong types, unknown keys, oversized strings, prototype tricks. */
export const MALFORMED: unknown[] = [
  42,
  'text',
  null,
  [],
  true,
  { unexpected: 1 },
  JSON.parse('{"__proto__": {"admin": true}, "x": 1}'),
  { id: 'one', version: -1, username: 'A B', password: 1, limit: 10_000, reason: 'bogus', roles: ['root'] },
  { username: 'x'.repeat(10_000), centreName: '', jurisdiction: 'Mars' },
];
