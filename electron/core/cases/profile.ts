import type { Contact, Profile } from '../../../shared/cases/schemas';
import { needsHhsMinorNotification, HHS_MINOR_NOTIFICATION } from '../../../shared/rules/minor';
import type { Jurisdiction } from '../../../shared/schemas';
import type { Db } from '../store/connection';
import { appendCaseEvent } from '../events';
import { insertTask, tasksOf } from './queries';

const U = { state: 'unknown' } as const;

export const EMPTY_PROFILE: Profile = {
  givenName: U,
  familyName: U,
  aliases: U,
  dateOfBirth: U,
  ageBand: U,
  gender: U,
  nationality: U,
  languages: U,
  citizenship: U,
  traffickingType: U,
  polarisType: U,
  meansOfControl: U,
  vulnerabilities: U,
  minor: U,
};

export const EMPTY_CONTACT: Contact = {
  preferredName: '',
  methods: [],
  unsafePersonMayMonitor: 'unknown',
  othersAwareOfContact: 'unknown',
  doNotContact: false,
  safetyNotes: '',
};

/** Lower-cased known names and aliases, kept on the case row so the list can search without decoding JSON. */
export function searchNameOf(p: Profile): string {
  const parts: string[] = [];
  if (p.givenName.state === 'known') parts.push(p.givenName.value);
  if (p.familyName.state === 'known') parts.push(p.familyName.value);
  if (p.aliases.state === 'known') parts.push(...p.aliases.value);
  return parts.join(' ').toLowerCase();
}

export function displayNameOf(p: Profile): string | null {
  const n = [p.givenName, p.familyName].flatMap((a) => (a.state === 'known' ? [a.value] : []));
  return n.length ? n.join(' ') : null;
}

export const traffickingTypeOf = (p: Profile) => (p.traffickingType.state === 'known' ? p.traffickingType.value : null);

/** Creates the 24-hour HHS notification task the first time a case is flagged as a (possible) minor (US). */
export function ensureMinorTask(db: Db, caseId: number, p: Profile, jurisdiction: Jurisdiction, now: Date, actorId: number): void {
  const minor = p.minor.state === 'known' ? p.minor.value : null;
  if (!needsHhsMinorNotification(minor, jurisdiction)) return;
  if (tasksOf(db, caseId).some((t) => t.kind === 'hhs_minor_notification')) return;
  const due = new Date(now.getTime() + HHS_MINOR_NOTIFICATION.dueWithinHours * 3_600_000).toISOString();
  const id = insertTask(db, { caseId, kind: 'hhs_minor_notification', dueAt: due });
  appendCaseEvent(db, { caseId, at: now.toISOString(), actorId, kind: 'task', event: 'task.created', part: 'header', params: { task: 'hhs_minor_notification', rule: HHS_MINOR_NOTIFICATION.id }, ref: { type: 'task', id } });
}
