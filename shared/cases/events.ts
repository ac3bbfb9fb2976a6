/**
 * Every event the core writes to a case's timeline, with its kind (the timeline's marker and filter).
 * The one list: appendCaseEvent (electron/core/events) accepts only these names, each with its own kind, and
 * the renderer's timeline knows exactly these, so test/unit/renderer/timeline.test.ts demands their
 * wording (`timeline.<event>`, `timeline.kinds.<kind>`) in every catalogue. A feature adding events adds
 * lines here; nothing else needs to be kept in step by hand. Params carry ids, codes and counts, never text.
 */
export const CASE_EVENTS = {
  'intake.started': 'intake',
  'intake.completed': 'intake',
  'profile.updated': 'intake',
  'contact.updated': 'intake',
  'contact.safety_changed': 'intake',
  'status.changed': 'status',
  'screening.started': 'screening',
  'screening.completed': 'screening',
  'note.created': 'note',
  'note.edited': 'note',
  'note.redacted': 'note',
  'document.added': 'document',
  'assignment.added': 'assignment',
  'assignment.removed': 'assignment',
  'task.created': 'task',
  'task.completed': 'task',
  'break_glass.opened': 'break_glass',
  // Issue 11. Consent events sit in the 'consents' part, referral events in the referral's part, so a mentor's
  // timeline shows neither and a legal aide's shows legal and immigration referrals only.
  'consent.recorded': 'consent',
  'consent.declined': 'consent',
  'consent.revoked': 'consent',
  'consent.form_attached': 'consent',
  'referral.created': 'referral',
  'referral.received': 'referral',
  'referral.moved': 'referral',
  'referral.shared': 'referral',
  'referral.packet_produced': 'referral',
  'disclosure.recorded': 'disclosure',
  // Issue 12. All in the 'legal' part (legal aides on the case), except an accompany court date, which sits in
  // 'legal.summary' with its date only, so the caseworker who goes along sees it and nothing else legal.
  'legal.matter_created': 'legal',
  'legal.matter_filed': 'legal',
  'legal.matter_approved': 'legal',
  'legal.matter_closed': 'legal',
  'legal.override_set': 'legal',
  'legal.override_cleared': 'legal',
  'legal.court_date_added': 'legal',
  'legal.accompany_court_date': 'legal',
  'legal.outcome_recorded': 'legal',
  'legal.rule_adopted': 'legal',
  // Issue 13. In the session's part ('sessions', or 'sessions.legal' for a legal aide's appointment), written on
  // each mentee's own case: a group session shows on every mentee's timeline, naming none of the others.
  'session.booked': 'session',
  'session.changed': 'session',
  'session.moved': 'session',
  'session.cancelled': 'session',
  'session.held': 'session',
  'session.no_show': 'session',
  'session.replanned': 'session',
} as const satisfies Record<string, string>;

export type CaseEventName = keyof typeof CASE_EVENTS;
export type CaseEventKind = (typeof CASE_EVENTS)[CaseEventName];

export const CASE_EVENT_NAMES = Object.keys(CASE_EVENTS) as readonly CaseEventName[];
export const CASE_EVENT_KINDS: readonly CaseEventKind[] = [...new Set(Object.values(CASE_EVENTS))];
