import type { MatterType } from '../shared/legal/vocab';
import type { Jurisdiction } from '../shared/schemas';
import { fictionalName, fictionalWord } from './names';
import { seeded, type Rng } from './random';

/**
 * Fictional legal matters (issue 12) for the cases that have a legal aide: immigration matters of the
 * centre's jurisdiction (T and U visas with derivatives and Supplement B, Continued Presence, a bona fide
 * determination, an extension, an I-485, EADs; VTIP TRPs with work and study permits) and criminal, civil and
 * family proceedings with court dates, outcomes, sentences and restitution. Dates are days from the demo's
 * clock, so deadlines fall due soon, overdue and later whenever the demo runs. Every free-text field goes
 * through `text` (the canary). Every bundle below is used at least once whenever any case has a legal aide.
 */
export interface FictionalCourtDate {
  inDays: number;
  time: string | null;
  purpose: string;
  location: string;
  accompany: boolean;
}

export interface FictionalMatter {
  type: MatterType;
  jurisdiction: 'US' | 'CA';
  status: 'preparing' | 'filed' | 'approved' | 'closed';
  /** Index in the case's list of the principal (derivatives) or base matter (extensions, I-485, permits...). */
  principal?: number;
  base?: number;
  receiptNumber: string | null;
  noticeNumber: string | null;
  /** Days from the demo's clock (negative: in the past). */
  filedDaysAgo?: number;
  approvedDaysAgo?: number;
  admittedDaysAgo?: number;
  signedDaysAgo?: number;
  eadCategory?: string;
  lawEnforcementContact?: { name: string; agency: string; phone: string; email: string };
  proceeding?: {
    court: string;
    docketNumber: string;
    charges: string;
    victimImpactStatus: 'not_started' | 'drafting' | 'submitted' | 'declined';
    victimImpactNotes: string;
    outcome: 'conviction' | 'plea' | 'acquittal' | 'dismissal' | null;
    outcomeDaysAgo?: number;
    sentence: string | null;
    restitution: string | null;
  };
  courtDates: FictionalCourtDate[];
  /** The date on the notice or card, for the deadline of this kind (days from the clock). */
  override?: { kind: 'status_expiry'; inDays: number; reason: string; noticeRef: string };
  /** Snooze the task of this deadline kind for a few days (never past the deadline). */
  snooze?: { kind: 'status_expiry'; days: number; reason: string };
}

export interface FictionalCaseLegal {
  matters: FictionalMatter[];
  /** Past tasks are done except on these cases, so Today shows a few overdue ones. */
  leaveOverdue: boolean;
}

const Y = 365;
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
const receipt = (rng: Rng, prefix: string) => `${prefix}${digits(rng, 10)}`;

type Text = (s: string) => string;

function officer(rng: Rng, text: Text): FictionalMatter['lawEnforcementContact'] {
  const n = fictionalName(rng);
  const agency = `${fictionalWord(rng, 2)} ${rng.pick(['Police Service', 'County Sheriff', 'Task Force'])}`;
  return {
    name: text(`${rng.pick(['Det.', 'Sgt.', 'Agent'])} ${n.given} ${n.family}`),
    agency: text(agency),
    phone: text(`555-01${digits(rng, 2)}`),
    email: text(`${n.family.toLowerCase()}@example.org`),
  };
}

function court(rng: Rng, text: Text, criminal: boolean, outcome: NonNullable<FictionalMatter['proceeding']>['outcome']): NonNullable<FictionalMatter['proceeding']> {
  const town = fictionalWord(rng, 2);
  return {
    court: text(`${town} ${rng.pick(['Superior Court', 'District Court', 'Court of Justice'])}`),
    docketNumber: text(`${rng.int(20, 26)}-${criminal ? 'CR' : 'CV'}-${digits(rng, 5)}`),
    charges: text(criminal ? rng.pick(['Trafficking in persons; forced labour (fictional counts)', 'Sex trafficking; document servitude (fictional counts)']) : 'Civil claim for unpaid wages (fictional)'),
    victimImpactStatus: rng.pick(['not_started', 'drafting', 'submitted', 'declined'] as const),
    victimImpactNotes: text(rng.pick(['Survivor prefers a written statement read by the advocate.', 'Drafting with an interpreter; two sessions booked.', 'Survivor declined for now; may revisit before sentencing.'])),
    outcome,
    ...(outcome ? { outcomeDaysAgo: rng.int(10, 200) } : {}),
    sentence: criminal && (outcome === 'conviction' || outcome === 'plea') ? text(`${rng.int(2, 12)} years (fictional)`) : null,
    restitution: outcome === 'conviction' || outcome === 'plea' ? text(`${rng.int(2, 60)}000 (fictional)`) : null,
  };
}

function hearing(rng: Rng, text: Text, inDays: number, accompany: boolean): FictionalCourtDate {
  return {
    inDays,
    time: rng.pick(['09:00', '09:30', '10:15', '13:30', null]),
    purpose: text(rng.pick(['Trial', 'Preliminary hearing', 'Sentencing', 'Status conference', 'Family court hearing'])),
    location: text(`Courtroom ${rng.int(1, 12)}`),
    accompany,
  };
}

const note = (text: Text, s: string) => text(s);

/** Bundles of matters a survivor may have, per country. Indices in `principal`/`base` point inside the bundle. */
const US_BUNDLES: ((rng: Rng, t: Text) => FictionalMatter[])[] = [
  // T visa approved a little over three years ago: the I-485 window is open; a derivative, Supplement B, an EAD renewal window.
  (rng, t) => {
    const approved = 3 * Y + rng.int(20, 90);
    return [
      { type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', receiptNumber: t(receipt(rng, 'EAC')), noticeNumber: t(receipt(rng, 'I797')), filedDaysAgo: approved + 300, approvedDaysAgo: approved, admittedDaysAgo: approved, courtDates: [] },
      { type: 'us_t_i914_supplement_b', jurisdiction: 'US', status: 'filed', base: 0, receiptNumber: null, noticeNumber: null, signedDaysAgo: approved + 320, filedDaysAgo: approved + 300, lawEnforcementContact: officer(rng, t), courtDates: [] },
      { type: 'us_t_i914_derivative', jurisdiction: 'US', status: 'approved', principal: 0, receiptNumber: t(receipt(rng, 'EAC')), noticeNumber: null, approvedDaysAgo: approved - 200, admittedDaysAgo: approved - 150, courtDates: [] },
      { type: 'us_t_adjustment_i485', jurisdiction: 'US', status: 'preparing', base: 0, receiptNumber: null, noticeNumber: null, courtDates: [] },
      {
        type: 'us_ead', jurisdiction: 'US', status: 'approved', receiptNumber: t(receipt(rng, 'IOE')), noticeNumber: null, eadCategory: 'a16', approvedDaysAgo: approved - 30, courtDates: [],
        override: { kind: 'status_expiry', inDays: rng.int(100, 170), reason: note(t, 'Card expiry printed on the EAD card.'), noticeRef: t(`Card ${receipt(rng, 'SRC')}`) },
      },
    ];
  },
  // U visa pending with its certification; the prosecution it came from, with a court date to accompany the survivor to.
  (rng, t) => {
    // 8 CFR 214.14(c)(2)(i): the certification is signed within the 6 months before filing.
    const filed = rng.int(200, 500);
    return [
    { type: 'us_u_i918_principal', jurisdiction: 'US', status: 'filed', receiptNumber: t(receipt(rng, 'VSC')), noticeNumber: null, filedDaysAgo: filed, courtDates: [] },
    { type: 'us_u_i918_supplement_b', jurisdiction: 'US', status: 'filed', base: 0, receiptNumber: null, noticeNumber: null, signedDaysAgo: filed + rng.int(20, 150), filedDaysAgo: filed, lawEnforcementContact: officer(rng, t), courtDates: [] },
    { type: 'us_u_i918_derivative', jurisdiction: 'US', status: 'filed', principal: 0, receiptNumber: t(receipt(rng, 'VSC')), noticeNumber: null, filedDaysAgo: rng.int(100, 190), courtDates: [] },
    {
      type: 'proceeding_criminal', jurisdiction: 'US', status: 'filed', receiptNumber: null, noticeNumber: null, lawEnforcementContact: officer(rng, t), proceeding: court(rng, t, true, null),
      courtDates: [hearing(rng, t, rng.int(1, 5), true), hearing(rng, t, rng.int(30, 60), false)],
    },
    ];
  },
  // Continued Presence ending within months (prompt the sponsor); a bona fide determination on a recent I-914.
  (rng, t) => [
    { type: 'us_continued_presence', jurisdiction: 'US', status: 'approved', receiptNumber: null, noticeNumber: t(`CP-${digits(rng, 6)}`), approvedDaysAgo: 2 * Y - rng.int(60, 110), lawEnforcementContact: officer(rng, t), courtDates: [] },
    { type: 'us_t_i914_principal', jurisdiction: 'US', status: 'filed', receiptNumber: t(receipt(rng, 'EAC')), noticeNumber: null, filedDaysAgo: rng.int(200, 400), courtDates: [] },
    {
      type: 'us_t_bona_fide_determination', jurisdiction: 'US', status: 'approved', base: 1, receiptNumber: null, noticeNumber: t(receipt(rng, 'BFD')), approvedDaysAgo: rng.int(30, 120), courtDates: [],
      override: { kind: 'status_expiry', inDays: rng.int(300, 700), reason: note(t, 'Validity printed on the bona fide determination notice.'), noticeRef: t(`BFD notice ${digits(rng, 4)}`) },
    },
  ],
  // T status close to its end: an extension filed, the expiry task snoozed a few days with a reason.
  (rng, t) => {
    const approved = 4 * Y - rng.int(15, 25);
    return [
      {
        type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', receiptNumber: t(receipt(rng, 'EAC')), noticeNumber: t(receipt(rng, 'I797')), approvedDaysAgo: approved, admittedDaysAgo: approved, courtDates: [],
        snooze: { kind: 'status_expiry', days: 3, reason: note(t, 'Extension receipt expected this week; checking with the attorney.') },
      },
      { type: 'us_t_extension', jurisdiction: 'US', status: 'filed', base: 0, receiptNumber: t(receipt(rng, 'EAC')), noticeNumber: null, filedDaysAgo: rng.int(20, 60), courtDates: [] },
    ];
  },
  // Proceedings closed and open: a conviction with sentence and restitution, a civil claim, a family hearing.
  (rng, t) => [
    { type: 'proceeding_criminal', jurisdiction: 'US', status: 'closed', receiptNumber: null, noticeNumber: null, proceeding: court(rng, t, true, rng.pick(['conviction', 'plea'] as const)), courtDates: [hearing(rng, t, -rng.int(30, 90), true)] },
    { type: 'proceeding_civil', jurisdiction: 'US', status: 'filed', receiptNumber: null, noticeNumber: null, proceeding: court(rng, t, false, null), courtDates: [hearing(rng, t, rng.int(8, 20), false)] },
    { type: 'proceeding_family', jurisdiction: 'US', status: 'filed', receiptNumber: null, noticeNumber: null, proceeding: court(rng, t, false, rng.pick([null, 'dismissal'] as const)), courtDates: [hearing(rng, t, rng.int(2, 6), true)] },
  ],
];

const CA_BUNDLES: ((rng: Rng, t: Text) => FictionalMatter[])[] = [
  // An initial VTIP TRP nearing its end (no maintained status) with a work and a study permit under it.
  (rng, t) => {
    const issued = Y - rng.int(60, 100);
    return [
      { type: 'ca_vtip_trp_initial', jurisdiction: 'CA', status: 'approved', receiptNumber: t(`W${digits(rng, 9)}`), noticeNumber: t(`TRP ${digits(rng, 8)}`), approvedDaysAgo: issued, courtDates: [] },
      { type: 'ca_work_permit', jurisdiction: 'CA', status: 'approved', base: 0, receiptNumber: t(`W${digits(rng, 9)}`), noticeNumber: null, approvedDaysAgo: issued - 20, courtDates: [] },
      { type: 'ca_study_permit', jurisdiction: 'CA', status: 'filed', base: 0, receiptNumber: t(`S${digits(rng, 9)}`), noticeNumber: null, filedDaysAgo: rng.int(10, 40), courtDates: [] },
      { type: 'proceeding_civil', jurisdiction: 'CA', status: 'closed', receiptNumber: null, noticeNumber: null, proceeding: court(rng, t, false, 'dismissal'), courtDates: [hearing(rng, t, -rng.int(20, 60), false)] },
    ];
  },
  // A subsequent TRP (its printed expiry entered from the permit), and a criminal trial in Canada.
  (rng, t) => [
    {
      type: 'ca_vtip_trp_subsequent', jurisdiction: 'CA', status: 'approved', receiptNumber: t(`W${digits(rng, 9)}`), noticeNumber: t(`TRP ${digits(rng, 8)}`), approvedDaysAgo: rng.int(100, 300), courtDates: [],
      override: { kind: 'status_expiry', inDays: rng.int(40, 120), reason: note(t, 'Expiry printed on the permit differs from the computed year.'), noticeRef: t(`Permit ${digits(rng, 8)}`) },
    },
    {
      type: 'proceeding_criminal', jurisdiction: 'CA', status: 'filed', receiptNumber: null, noticeNumber: null, lawEnforcementContact: officer(rng, t), proceeding: court(rng, t, true, null),
      courtDates: [hearing(rng, t, rng.int(1, 6), true), hearing(rng, t, rng.int(20, 80), false)],
    },
    { type: 'proceeding_family', jurisdiction: 'CA', status: 'filed', receiptNumber: null, noticeNumber: null, proceeding: court(rng, t, false, null), courtDates: [hearing(rng, t, rng.int(9, 30), false)] },
  ],
];

/**
 * Per case (same index as `cases`), its legal matters: null for cases without a legal aide. Every bundle of
 * the jurisdiction is used once before any repeats, even on a small centre (a case may then hold two).
 */
export function fictionalLegal(o: { seed: number; jurisdiction: Jurisdiction; hasLegalAide: readonly boolean[]; text: Text }): (FictionalCaseLegal | null)[] {
  const rng = seeded(o.seed ^ 0x1e6a1);
  const bundles = o.jurisdiction === 'US' ? US_BUNDLES : o.jurisdiction === 'CA' ? CA_BUNDLES : US_BUNDLES.flatMap((b, i) => [b, ...(CA_BUNDLES[i] ? [CA_BUNDLES[i]!] : [])]);
  const legalCases = o.hasLegalAide.flatMap((has, i) => (has ? [i] : []));
  const out: (FictionalCaseLegal | null)[] = o.hasLegalAide.map(() => null);
  if (legalCases.length === 0) return out;
  for (let j = 0; j < Math.max(legalCases.length, bundles.length); j++) {
    const i = legalCases[j % legalCases.length]!;
    const plan = (out[i] ??= { matters: [], leaveOverdue: j % 4 === 1 });
    const offset = plan.matters.length;
    for (const m of bundles[j % bundles.length]!(rng, o.text))
      plan.matters.push({ ...m, ...(m.principal !== undefined ? { principal: m.principal + offset } : {}), ...(m.base !== undefined ? { base: m.base + offset } : {}) });
  }
  return out;
}
