import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEGAL_SETTINGS,
  RULES,
  RULES_EPOCH,
  adoptRuleVersion,
  computeCaseDeadlines,
  matterFactsSchema,
  pinsAfterEdit,
  previewRuleVersion,
  ruleSchema,
  tableProblems,
} from '../../../shared/legal';
import type { DeadlineFlag, LegalSettings, MatterFacts, MatterFactsInput, MatterType, MatterWarning, Rule, RuleTable } from '../../../shared/legal';

/**
 * Issue 12's table: every expected date below was counted BY HAND on a calendar from the rule's source text
 * (quoted in each case's `source`), never copied from the engine's output. Conventions applied by hand, from
 * DOMAIN.md "Date conventions": a term "valid N years/months from X" ends the day before the anniversary;
 * an anniversary day that does not exist (29 Feb in a common year, 31 Aug + 6 months) ends the term on the
 * last day of that month ("28 February"); "N days" counts X as day 1; "after N years" opens ON the anniversary,
 * on 1 March for a 29 February start; reminders are N calendar days before, never moved off weekends.
 */

const TODAY = '2026-12-01';

function M(id: number, type: MatterType, f: Partial<MatterFactsInput> = {}): MatterFacts {
  return matterFactsSchema.parse({ id, type, jurisdiction: type.startsWith('ca_') ? 'CA' : 'US', status: 'approved', ...f });
}
const ov = (key: string, date: string) => ({
  key,
  date,
  by: 7,
  reason: 'Date printed on the notice',
  noticeRef: null,
  recordedAt: '2026-12-01T10:00:00Z',
});

interface Row {
  name: string;
  /** The rule's source line the expected dates were counted from. */
  source: string;
  matters: MatterFacts[];
  settings?: Partial<LegalSettings>;
  rules?: RuleTable;
  today?: string;
  /** deadline key -> expected effective date; null = needs the notice; 'absent' = not produced. */
  expect: Record<string, string | null | 'absent'>;
  flags?: Record<string, DeadlineFlag[]>;
  noFlags?: Record<string, DeadlineFlag[]>;
  warnings?: [number, MatterWarning][];
}

const T = (id: number, f: Partial<MatterFactsInput> = {}) => M(id, 'us_t_i914_principal', f);

const ROWS: Row[] = [
  // ---- T status (us_t_status_validity) ----
  {
    name: 'T status: 4 years from approval ends the day before the anniversary',
    source: 'USCIS PM Vol 3 Pt B Ch 10 "valid up to 4 years from approval"; 2025-03-14 + 4y = 2029-03-14, day before',
    matters: [T(1, { approvedOn: '2025-03-14' })],
    expect: { '1:status_expiry': '2029-03-13' },
    flags: { '1:status_expiry': ['check_against_notice'] },
  },
  {
    name: 'T status reminders 180/90/60/30 days before expiry',
    source: 'DOMAIN.md offsets "T expiry 180/90/60/30"; counted back from 2029-03-13 (Feb 2029 has 28 days)',
    matters: [T(1, { approvedOn: '2025-03-14' })],
    expect: {
      '1:reminder:status_expiry-30d': '2029-02-11',
      '1:reminder:status_expiry-60d': '2029-01-12',
      '1:reminder:status_expiry-90d': '2028-12-13',
      '1:reminder:status_expiry-180d': '2028-09-14',
    },
  },
  {
    name: 'T status approved on leap day: the 4th anniversary exists (2028), last day 28 Feb',
    source: 'PM Vol 3 Pt B Ch 10 + DOMAIN.md "the day before the anniversary"; 2024-02-29 + 4y = 2028-02-29',
    matters: [T(1, { approvedOn: '2024-02-29' })],
    expect: { '1:status_expiry': '2028-02-28' },
  },
  {
    name: 'T status ending on a leap day: approved 1 Mar 2024, day before 1 Mar 2028 is 29 Feb',
    source: 'PM Vol 3 Pt B Ch 10; 2028 is a leap year',
    matters: [T(1, { approvedOn: '2024-03-01' })],
    expect: { '1:status_expiry': '2028-02-29' },
  },
  {
    name: 'T status approved 1 Mar 2023 ends 28 Feb 2027 (common year)',
    source: 'PM Vol 3 Pt B Ch 10; 2027-03-01 anniversary, day before',
    matters: [T(1, { approvedOn: '2023-03-01' })],
    expect: { '1:status_expiry': '2027-02-28' },
  },
  {
    name: 'T status approved on a month end (31 Dec) ends 30 Dec',
    source: 'PM Vol 3 Pt B Ch 10; 2029-12-31 anniversary, day before',
    matters: [T(1, { approvedOn: '2025-12-31' })],
    expect: { '1:status_expiry': '2029-12-30' },
  },
  {
    name: 'T application still pending: no status, so no expiry to track yet',
    source: 'PM Vol 3 Pt B Ch 10: the term runs from approval',
    matters: [T(1, { status: 'filed', filedOn: '2026-01-05' })],
    expect: { '1:status_expiry': 'absent', '1:adjustment_window_opens': 'absent', '1:reminder:status_expiry-30d': 'absent' },
  },
  {
    name: 'T approved without the approval date entered: ask for the notice',
    source: 'PM Vol 3 Pt B Ch 10: the term runs from approval; DOMAIN.md "the notice\'s printed date"',
    matters: [T(1, { status: 'approved' })],
    expect: { '1:status_expiry': null, '1:reminder:status_expiry-30d': 'absent' },
    flags: { '1:status_expiry': ['needs_notice'] },
  },
  // ---- I-485 window (us_t_adjustment_window) ----
  {
    name: 'I-485 window opens at T-1 admission + 3 years and closes at T expiry',
    source: 'USCIS PM Vol 7 Pt J Ch 2, Ch 4: "after 3 years\' continuous presence since admission as T-1 ... filed BEFORE T status expires"',
    matters: [T(1, { approvedOn: '2025-03-14', admittedOn: '2025-03-14' })],
    expect: { '1:adjustment_window_opens': '2028-03-14', '1:reminder:adjustment_window_opens-0d': '2028-03-14', '1:adjustment_window_closes': '2029-03-13' },
  },
  {
    name: 'I-485 window for a leap-day admission opens 1 Mar (3 years are not complete on 28 Feb)',
    source: 'PM Vol 7 Pt J Ch 2 "only after 3 years"; 2027 has no 29 Feb, so the 3rd anniversary is taken as 1 Mar',
    matters: [T(1, { approvedOn: '2024-02-29', admittedOn: '2024-02-29' })],
    expect: { '1:adjustment_window_opens': '2027-03-01', '1:adjustment_window_closes': '2028-02-28' },
  },
  {
    name: 'I-485 window opened early from the notice (investigation complete): the override wins',
    source: 'PM Vol 7 Pt J Ch 2 "(earlier if the investigation/prosecution is complete)"; staff enter the date',
    matters: [T(1, { approvedOn: '2025-03-14', admittedOn: '2025-03-14', overrides: [ov('1:adjustment_window_opens', '2026-06-01')] })],
    expect: { '1:adjustment_window_opens': '2026-06-01', '1:reminder:adjustment_window_opens-0d': '2026-06-01' },
  },
  {
    name: 'Admitted long after approval: the window never opens before T expiry',
    source: 'PM Vol 7 Pt J Ch 2: 2026-06-01 + 3y = 2029-06-01 is after the T expiry 2029-01-09',
    matters: [T(1, { approvedOn: '2025-01-10', admittedOn: '2026-06-01' })],
    expect: { '1:adjustment_window_opens': '2029-06-01', '1:adjustment_window_closes': '2029-01-09' },
    warnings: [[1, 'adjustment_window_never_opens']],
  },
  {
    name: 'A properly filed I-485 extends T status: expiry flagged, its reminders stop',
    source: 'PM Vol 7 Pt J Ch 4 "a properly filed I-485 extends T status"; filed 2028-06-01 inside 2028-01-10..2029-01-09',
    matters: [
      T(1, { approvedOn: '2025-01-10', admittedOn: '2025-01-10' }),
      M(2, 'us_t_adjustment_i485', { baseMatterId: 1, status: 'filed', filedOn: '2028-06-01' }),
    ],
    expect: { '1:status_expiry': '2029-01-09', '1:reminder:status_expiry-30d': 'absent' },
    flags: { '1:status_expiry': ['extended_by_pending_adjustment'] },
  },
  {
    name: 'A rejected I-485 extends nothing: reminders stay',
    source: 'PM Vol 7 Pt J Ch 4 "(a rejected or late one extends nothing)"; 30 days before 2029-01-09',
    matters: [
      T(1, { approvedOn: '2025-01-10', admittedOn: '2025-01-10' }),
      M(2, 'us_t_adjustment_i485', { baseMatterId: 1, status: 'rejected', filedOn: '2028-06-01' }),
    ],
    expect: { '1:reminder:status_expiry-30d': '2028-12-10' },
    noFlags: { '1:status_expiry': ['extended_by_pending_adjustment'] },
  },
  {
    name: 'An I-485 filed before the window opens is outside it and extends nothing',
    source: 'PM Vol 7 Pt J Ch 2 "only after 3 years"; filed 2027-12-01, window opens 2028-01-10',
    matters: [
      T(1, { approvedOn: '2025-01-10', admittedOn: '2025-01-10' }),
      M(2, 'us_t_adjustment_i485', { baseMatterId: 1, status: 'filed', filedOn: '2027-12-01' }),
    ],
    expect: { '1:reminder:status_expiry-30d': '2028-12-10' },
    warnings: [[2, 'adjustment_filed_outside_window']],
  },
  // ---- T derivatives ----
  {
    name: 'T derivative approved later is cut to the principal\'s end date',
    source: 'PM Vol 3 Pt B Ch 10 "derivatives never past the principal\'s end date"; own 2030-04-30, principal 2029-01-09',
    matters: [T(1, { approvedOn: '2025-01-10' }), M(2, 'us_t_i914_derivative', { principalMatterId: 1, approvedOn: '2026-05-01' })],
    expect: { '2:status_expiry': '2029-01-09', '2:reminder:status_expiry-30d': '2028-12-10' },
    flags: { '2:status_expiry': ['capped_by_principal'] },
  },
  {
    name: 'T derivative approved with the principal ends with it, not flagged as cut',
    source: 'PM Vol 3 Pt B Ch 10; both 2025-01-10 + 4y - 1 day',
    matters: [T(1, { approvedOn: '2025-01-10' }), M(2, 'us_t_i914_derivative', { principalMatterId: 1, approvedOn: '2025-01-10' })],
    expect: { '2:status_expiry': '2029-01-09' },
    noFlags: { '2:status_expiry': ['capped_by_principal'] },
  },
  {
    name: 'T derivative follows the principal\'s notice date when that is earlier',
    source: 'PM Vol 3 Pt B Ch 10 + DOMAIN.md "the notice\'s printed date overrides": principal notice 2028-06-30',
    matters: [
      T(1, { approvedOn: '2025-01-10', overrides: [ov('1:status_expiry', '2028-06-30')] }),
      M(2, 'us_t_i914_derivative', { principalMatterId: 1, approvedOn: '2025-01-10' }),
    ],
    expect: { '1:status_expiry': '2028-06-30', '2:status_expiry': '2028-06-30' },
    flags: { '2:status_expiry': ['capped_by_principal'] },
  },
  {
    name: 'T derivative may run to the principal\'s EXTENDED end, no further',
    source: 'PM Vol 3 Pt B Ch 10 + 8 CFR 214.212: principal 2029-01-09 extended 1 year to 2030-01-09; derivative own 2030-04-30',
    matters: [
      T(1, { approvedOn: '2025-01-10' }),
      M(2, 'us_t_i914_derivative', { principalMatterId: 1, approvedOn: '2026-05-01' }),
      M(3, 'us_t_extension', { baseMatterId: 1, filedOn: '2028-11-01' }),
    ],
    expect: { '2:status_expiry': '2030-01-09', '2:adjustment_window_closes': '2030-01-09', '3:status_expiry': '2030-01-09' },
    flags: { '2:status_expiry': ['capped_by_principal'] },
  },
  {
    name: 'T derivative window opens with the principal\'s window and must be admitted first',
    source: 'PM Vol 7 Pt J Ch 4 "derivatives file with or after the principal, and must be admitted before the T-1 adjusts"',
    matters: [
      T(1, { approvedOn: '2025-01-10', admittedOn: '2025-01-10' }),
      M(2, 'us_t_i914_derivative', { principalMatterId: 1, approvedOn: '2025-01-10' }),
    ],
    expect: { '2:adjustment_window_opens': '2028-01-10', '2:adjustment_window_closes': '2029-01-09' },
    flags: { '2:adjustment_window_opens': ['must_be_admitted_before_principal_adjusts'] },
  },
  {
    name: 'T derivative files with or after the principal\'s I-485',
    source: 'PM Vol 7 Pt J Ch 4 "derivatives file with or after the principal"; principal filed 2028-02-15',
    matters: [
      T(1, { approvedOn: '2025-01-10', admittedOn: '2025-01-10' }),
      M(2, 'us_t_i914_derivative', { principalMatterId: 1, approvedOn: '2025-01-10', admittedOn: '2025-03-01' }),
      M(3, 'us_t_adjustment_i485', { baseMatterId: 1, status: 'filed', filedOn: '2028-02-15' }),
    ],
    expect: { '2:adjustment_window_opens': '2028-02-15' },
    noFlags: { '2:adjustment_window_opens': ['must_be_admitted_before_principal_adjusts'] },
  },
  // ---- T extension (us_t_extension) ----
  {
    name: 'T extension: file by the T expiry; approved, 1 year from the day after it',
    source: '8 CFR 214.212 "1-year periods", filed before expiry; 2029-01-10 + 1y = 2030-01-10, day before',
    matters: [T(1, { approvedOn: '2025-01-10', admittedOn: '2025-01-10' }), M(2, 'us_t_extension', { baseMatterId: 1, filedOn: '2028-11-01' })],
    expect: {
      '2:extension_file_by': '2029-01-09',
      '2:status_expiry': '2030-01-09',
      '2:reminder:status_expiry-30d': '2029-12-10',
      '1:adjustment_window_closes': '2030-01-09',
      '1:reminder:status_expiry-30d': 'absent',
    },
    flags: { '1:status_expiry': ['superseded_by_extension'] },
  },
  {
    name: 'T extension filed after expiry needs a written explanation',
    source: '8 CFR 214.212 "(late needs a written explanation)"; filed 2029-02-01 after 2029-01-09',
    matters: [T(1, { approvedOn: '2025-01-10' }), M(2, 'us_t_extension', { baseMatterId: 1, status: 'filed', filedOn: '2029-02-01' })],
    expect: { '2:extension_file_by': '2029-01-09', '2:status_expiry': 'absent' },
    warnings: [[2, 'extension_filed_late_needs_explanation']],
  },
  // ---- Bona fide determination ----
  {
    name: 'BFD for an I-914 filed before 28 Aug 2024: the rule does not apply',
    source: 'PM Vol 3 Pt B Ch 6 "For I-914 filed on/after 28 Aug 2024"; filed 2024-08-27',
    matters: [M(1, 'us_t_bona_fide_determination', { filedOn: '2024-08-27', approvedOn: '2025-02-10' })],
    expect: { '1:status_expiry': 'absent' },
    warnings: [[1, 'not_eligible_before_effective_date']],
  },
  {
    name: 'BFD validity is read from the notice (⚠️): no computed date',
    source: 'PM Vol 3 Pt B Ch 6 "BFD validity ⚠️ read from the notice"; filed 2024-08-28 (on the date)',
    matters: [M(1, 'us_t_bona_fide_determination', { filedOn: '2024-08-28', approvedOn: '2025-02-10' })],
    expect: { '1:status_expiry': null },
    flags: { '1:status_expiry': ['needs_notice'] },
  },
  {
    name: 'BFD date from the notice drives the reminders',
    source: 'DOMAIN.md "let the notice\'s printed date override"; 30 days before 2029-02-09',
    matters: [M(1, 'us_t_bona_fide_determination', { filedOn: '2024-09-02', approvedOn: '2025-02-10', overrides: [ov('1:status_expiry', '2029-02-09')] })],
    expect: { '1:status_expiry': '2029-02-09', '1:reminder:status_expiry-30d': '2029-01-10' },
  },
  {
    name: 'BFD with a centre-configured validity of 4 years (⚠️ setting)',
    source: 'DOMAIN.md "⚠️ configurable"; 2025-02-10 + 4y = 2029-02-10, day before',
    matters: [M(1, 'us_t_bona_fide_determination', { filedOn: '2024-09-02', approvedOn: '2025-02-10' })],
    settings: { bonaFideValidity: { years: 4 } },
    expect: { '1:status_expiry': '2029-02-09' },
    flags: { '1:status_expiry': ['check_against_notice'] },
  },
  {
    name: 'I-914 Supplement B is optional evidence: no deadline',
    source: 'I-914B instructions "Optional evidence (law-enforcement declaration)"',
    matters: [T(1, { status: 'filed', filedOn: '2026-01-05' }), M(2, 'us_t_i914_supplement_b', { baseMatterId: 1, signedOn: '2025-12-01' })],
    expect: { '2:certification_file_by': 'absent', '2:status_expiry': 'absent' },
  },
  // ---- U status ----
  {
    name: 'U status 4 years; adjustment window after 3 years, closing at U expiry',
    source: 'DOMAIN.md U row "status up to 4 years ... adjustment after 3 years" (◐); 2025-06-30',
    matters: [M(1, 'us_u_i918_principal', { approvedOn: '2025-06-30', admittedOn: '2025-06-30' })],
    expect: { '1:status_expiry': '2029-06-29', '1:adjustment_window_opens': '2028-06-30', '1:adjustment_window_closes': '2029-06-29' },
  },
  {
    name: 'U derivative cut to the principal, short of 3 years: may need an I-539 extension',
    source: 'DOMAIN.md U row "derivatives may need an I-539 extension to reach 3 years"; own 2031-01-14, principal 2029-06-29, 3y at 2030-01-15',
    matters: [
      M(1, 'us_u_i918_principal', { approvedOn: '2025-06-30', admittedOn: '2025-06-30' }),
      M(2, 'us_u_i918_derivative', { principalMatterId: 1, approvedOn: '2027-01-15', admittedOn: '2027-01-15' }),
    ],
    expect: { '2:status_expiry': '2029-06-29' },
    flags: { '2:status_expiry': ['capped_by_principal'] },
    warnings: [[2, 'u_derivative_may_need_i539_extension']],
  },
  {
    name: 'U Supplement B: file the I-918 within 6 months of the signature',
    source: '8 CFR 214.14(c)(2)(i) "signed within the 6 months before filing"; 2025-01-15 + 6 months = 2025-07-15, day before',
    matters: [M(1, 'us_u_i918_principal', { status: 'preparing' }), M(2, 'us_u_i918_supplement_b', { baseMatterId: 1, signedOn: '2025-01-15' })],
    expect: { '2:certification_file_by': '2025-07-14', '2:reminder:certification_file_by-30d': '2025-06-14', '2:reminder:certification_file_by-7d': '2025-07-07' },
  },
  {
    name: 'U Supplement B signed 31 Aug: 6 months land on a missing 31 Feb, last day 28 Feb',
    source: '8 CFR 214.14(c)(2)(i); 2026 is a common year, DOMAIN.md month-end convention',
    matters: [M(1, 'us_u_i918_principal', { status: 'preparing' }), M(2, 'us_u_i918_supplement_b', { baseMatterId: 1, signedOn: '2025-08-31' })],
    expect: { '2:certification_file_by': '2026-02-28' },
  },
  {
    name: 'U Supplement B signed 31 Aug 2023: the last day is 29 Feb 2024 (leap year)',
    source: '8 CFR 214.14(c)(2)(i); month-end convention',
    matters: [M(1, 'us_u_i918_principal', { status: 'preparing' }), M(2, 'us_u_i918_supplement_b', { baseMatterId: 1, signedOn: '2023-08-31' })],
    expect: { '2:certification_file_by': '2024-02-29' },
  },
  {
    name: 'U Supplement B signed 31 Mar: September has 30 days, last day 30 Sep',
    source: '8 CFR 214.14(c)(2)(i); month-end convention',
    matters: [M(1, 'us_u_i918_principal', { status: 'preparing' }), M(2, 'us_u_i918_supplement_b', { baseMatterId: 1, signedOn: '2025-03-31' })],
    expect: { '2:certification_file_by': '2025-09-30' },
  },
  {
    name: 'I-918 filed a day after the certification\'s 6 months: flagged, no reminders',
    source: '8 CFR 214.14(c)(2)(i); signed 2025-01-15, last day 2025-07-14, filed 2025-07-15',
    matters: [M(1, 'us_u_i918_principal', { status: 'filed', filedOn: '2025-07-15' }), M(2, 'us_u_i918_supplement_b', { baseMatterId: 1, signedOn: '2025-01-15' })],
    expect: { '2:certification_file_by': '2025-07-14', '2:reminder:certification_file_by-30d': 'absent' },
    warnings: [[2, 'certification_older_than_6_months_at_filing']],
  },
  // ---- Continued Presence ----
  {
    name: 'Continued Presence: 2 years from the grant; reminders 120/90/60 prompt the sponsor',
    source: 'ICE 30 Jul 2021 "granted for 2 years"; DOMAIN.md "CP 120/90/60 (prompt the law-enforcement sponsor)"',
    matters: [M(1, 'us_continued_presence', { approvedOn: '2025-04-01' })],
    expect: {
      '1:status_expiry': '2027-03-31',
      '1:reminder:status_expiry-60d': '2027-01-30',
      '1:reminder:status_expiry-90d': '2026-12-31',
      '1:reminder:status_expiry-120d': '2026-12-01',
    },
    flags: { '1:reminder:status_expiry-60d': ['prompt_law_enforcement_sponsor'] },
  },
  {
    name: 'Continued Presence granted on the ICE notice\'s date: 2-year term applies',
    source: 'ICE, 30 Jul 2021; 2021-07-30 + 2y = 2023-07-30, day before',
    matters: [M(1, 'us_continued_presence', { approvedOn: '2021-07-30' })],
    expect: { '1:status_expiry': '2023-07-29' },
  },
  {
    name: 'Continued Presence granted before 30 Jul 2021: no rule version, read the notice',
    source: 'ICE, 30 Jul 2021 (effective date of the 2-year term); granted 2021-07-29',
    matters: [M(1, 'us_continued_presence', { approvedOn: '2021-07-29' })],
    expect: { '1:status_expiry': null },
    warnings: [[1, 'no_rule_version_for_date']],
  },
  // ---- EAD ----
  {
    name: 'EAD: renewal window opens 180 days before the card\'s expiry; reminders 180/120/90/30',
    source: 'DOMAIN.md EAD row "up to 180 days before expiry"; offsets "EAD 180/120/90/30"; card 2027-05-31 (Feb 2027: 28 days)',
    matters: [M(1, 'us_ead', { eadCategory: 'c40', approvedOn: '2025-06-01', overrides: [ov('1:status_expiry', '2027-05-31')] })],
    expect: {
      '1:status_expiry': '2027-05-31',
      '1:renewal_window_opens': '2026-12-02',
      '1:reminder:status_expiry-180d': '2026-12-02',
      '1:reminder:status_expiry-120d': '2027-01-31',
      '1:reminder:status_expiry-90d': '2027-03-02',
      '1:reminder:status_expiry-30d': '2027-05-01',
    },
    flags: { '1:status_expiry': ['no_automatic_extension'] },
  },
  {
    name: 'EAD without the card\'s date: nothing to count from',
    source: 'DOMAIN.md: the EAD validity is on the card',
    matters: [M(1, 'us_ead', { eadCategory: 'c40', approvedOn: '2025-06-01' })],
    expect: { '1:status_expiry': null, '1:renewal_window_opens': null, '1:reminder:status_expiry-30d': 'absent' },
  },
  {
    name: 'EAD renewal filed 29 Oct 2025: the automatic extension still applied',
    source: '90 FR 48799 "ended for renewals filed on or after 30 Oct 2025"; filed the day before',
    matters: [
      M(1, 'us_ead', { eadCategory: 'c40', approvedOn: '2024-01-01', overrides: [ov('1:status_expiry', '2025-12-31')] }),
      M(2, 'us_ead', { baseMatterId: 1, status: 'filed', eadCategory: 'c40', filedOn: '2025-10-29' }),
    ],
    expect: { '1:renewal_window_opens': '2025-07-04' },
    noFlags: { '1:status_expiry': ['no_automatic_extension'] },
  },
  {
    name: 'EAD renewal filed 30 Oct 2025: no automatic extension',
    source: '90 FR 48799 "for renewals filed on or after 30 Oct 2025"; 180 days before 2025-12-31 is 2025-07-04',
    matters: [
      M(1, 'us_ead', { eadCategory: 'c40', approvedOn: '2024-01-01', overrides: [ov('1:status_expiry', '2025-12-31')] }),
      M(2, 'us_ead', { baseMatterId: 1, status: 'filed', eadCategory: 'c40', filedOn: '2025-10-30' }),
    ],
    expect: { '1:renewal_window_opens': '2025-07-04' },
    flags: { '1:status_expiry': ['no_automatic_extension'], '1:renewal_window_opens': ['no_automatic_extension'] },
  },
  {
    name: '(c)(9) EAD approved 5 Dec 2025: capped at 18 months',
    source: 'DOMAIN.md EAD row "(c)(9) EADs capped at 18 months from 5 Dec 2025"; 2027-06-05 anniversary, day before',
    matters: [M(1, 'us_ead', { eadCategory: 'c9', approvedOn: '2025-12-05' })],
    expect: { '1:status_expiry': '2027-06-04' },
  },
  {
    name: '(c)(9) EAD approved 4 Dec 2025: before the cap, the card says',
    source: 'DOMAIN.md EAD row "from 5 Dec 2025"',
    matters: [M(1, 'us_ead', { eadCategory: 'c9', approvedOn: '2025-12-04' })],
    expect: { '1:status_expiry': null },
  },
  {
    name: '(c)(9) EAD approved 31 Aug 2026: 18 months end on 29 Feb 2028',
    source: 'DOMAIN.md "(c)(9) ... 18 months"; 31 Feb 2028 does not exist, month-end convention, 2028 leap',
    matters: [M(1, 'us_ead', { eadCategory: 'c9', approvedOn: '2026-08-31' })],
    expect: { '1:status_expiry': '2028-02-29' },
  },
  // ---- Canada: VTIP TRP ----
  {
    name: 'Initial VTIP TRP issued 3 Feb 2025: the historical 180 days',
    source: 'IRCC notice Feb 2025 "historically up to 180 days"; issued day is day 1, day 180 = 2025-08-01',
    matters: [M(1, 'ca_vtip_trp_initial', { approvedOn: '2025-02-03' })],
    expect: { '1:status_expiry': '2025-08-01', '1:next_permit_apply_by': '2025-08-01' },
    flags: { '1:status_expiry': ['no_maintained_status'], '1:next_permit_apply_by': ['no_maintained_status'] },
  },
  {
    name: 'Initial VTIP TRP issued 4 Feb 2025: at least 12 months, apply for the next by its last day',
    source: 'IRCC notice Feb 2025 "Since 4 Feb 2025: at least 12 months"; IRCC May 2025 "APPLIED for before the current one expires"; offsets 120/90/60/30',
    matters: [M(1, 'ca_vtip_trp_initial', { approvedOn: '2025-02-04' })],
    expect: {
      '1:status_expiry': '2026-02-03',
      '1:next_permit_apply_by': '2026-02-03',
      '1:reminder:next_permit_apply_by-30d': '2026-01-04',
      '1:reminder:next_permit_apply_by-60d': '2025-12-05',
      '1:reminder:next_permit_apply_by-90d': '2025-11-05',
      '1:reminder:next_permit_apply_by-120d': '2025-10-06',
    },
    flags: { '1:reminder:next_permit_apply_by-30d': ['no_maintained_status'] },
  },
  {
    name: 'Initial VTIP TRP issued on leap day 2024: 180 days end 26 Aug',
    source: 'IRCC "historically up to 180 days"; 2024-02-29 is day 1',
    matters: [M(1, 'ca_vtip_trp_initial', { approvedOn: '2024-02-29' })],
    expect: { '1:status_expiry': '2024-08-26' },
  },
  {
    name: 'Subsequent VTIP TRP issued 29 Feb 2024: a calendar year ends 28 Feb 2025',
    source: 'IRCC "normally a year" (◐); DOMAIN.md "Canada counts a permit year as a calendar year" and "28 February"',
    matters: [M(1, 'ca_vtip_trp_subsequent', { approvedOn: '2024-02-29' })],
    expect: { '1:status_expiry': '2025-02-28' },
  },
  {
    name: 'Subsequent VTIP TRP issued 31 Jan 2025 ends 30 Jan 2026',
    source: 'IRCC "normally a year"; calendar year, day before the anniversary',
    matters: [M(1, 'ca_vtip_trp_subsequent', { approvedOn: '2025-01-31' })],
    expect: { '1:status_expiry': '2026-01-30' },
  },
  {
    name: 'TRP notice date beyond 3 years: outside IRPR s.63, the notice still wins',
    source: 'IRPR s.63 "Valid 1 day to 3 years"; issued 2025-03-01, 3 years end 2028-02-29, notice says 2028-06-01',
    matters: [M(1, 'ca_vtip_trp_subsequent', { approvedOn: '2025-03-01', overrides: [ov('1:status_expiry', '2028-06-01')] })],
    expect: { '1:status_expiry': '2028-06-01', '1:next_permit_apply_by': '2028-06-01' },
    warnings: [[1, 'trp_validity_outside_1_day_to_3_years']],
  },
  {
    name: 'TRP date from the permit moves the apply-by date and its reminders',
    source: 'DOMAIN.md "let the notice\'s printed date override"; IRCC May 2025 apply before expiry; 30 days before 2026-05-31',
    matters: [M(1, 'ca_vtip_trp_initial', { approvedOn: '2025-06-01', overrides: [ov('1:status_expiry', '2026-05-31')] })],
    expect: { '1:status_expiry': '2026-05-31', '1:next_permit_apply_by': '2026-05-31', '1:reminder:next_permit_apply_by-30d': '2026-05-01' },
  },
  {
    name: 'Work permit under a TRP: date from the permit, no maintained status, reminders as a TRP',
    source: 'IRCC notice Feb 2025 (VTIP work permits); DOMAIN.md "no work or study while it is processed"; 30 days before 2026-09-30',
    matters: [
      M(1, 'ca_vtip_trp_initial', { approvedOn: '2025-10-01' }),
      M(2, 'ca_work_permit', { baseMatterId: 1, approvedOn: '2025-10-01', overrides: [ov('2:status_expiry', '2026-09-30')] }),
    ],
    expect: { '2:status_expiry': '2026-09-30', '2:reminder:status_expiry-30d': '2026-08-31' },
    flags: { '2:status_expiry': ['no_maintained_status'] },
  },
  {
    name: 'Study permit without its date: needs the permit',
    source: 'IRCC notice Feb 2025: validity printed on the permit',
    matters: [M(1, 'ca_study_permit', { approvedOn: '2025-10-01' })],
    expect: { '1:status_expiry': null },
    flags: { '1:status_expiry': ['needs_notice'] },
  },
  // ---- Proceedings ----
  {
    name: 'Court date: preparation 14, 7 and 1 days before; accompany flag carried',
    source: 'Design default courtPreparationDays 14/7/1 (DOMAIN.md practice anchors: Primero 7 days, several reminders per event)',
    matters: [M(1, 'proceeding_criminal', { status: 'filed', courtDates: [{ key: 'c1', date: '2026-03-02', accompany: true }] })],
    expect: {
      '1:court_date:c1': '2026-03-02',
      '1:court_preparation:c1-14d': '2026-02-16',
      '1:court_preparation:c1-7d': '2026-02-23',
      '1:court_preparation:c1-1d': '2026-03-01',
    },
    flags: { '1:court_date:c1': ['accompany_survivor'], '1:court_preparation:c1-1d': ['accompany_survivor'] },
  },
  {
    name: 'Court date on 1 Mar 2028: the day before is the leap day',
    source: 'Design default 14/7/1 days; 2028 is a leap year',
    matters: [M(1, 'proceeding_family', { status: 'filed', courtDates: [{ key: 'h', date: '2028-03-01' }] })],
    expect: { '1:court_preparation:h-1d': '2028-02-29', '1:court_preparation:h-7d': '2028-02-23', '1:court_preparation:h-14d': '2028-02-16' },
  },
  {
    name: 'Court preparation offsets are the centre\'s setting',
    source: 'issue 12 "reminder dates from configurable offsets"; 21 days before 2026-03-02',
    matters: [M(1, 'proceeding_civil', { status: 'filed', courtDates: [{ key: 'c1', date: '2026-03-02' }] })],
    settings: { courtPreparationDays: [21] },
    expect: { '1:court_preparation:c1-21d': '2026-02-09', '1:court_preparation:c1-7d': 'absent' },
  },
  {
    name: 'A rescheduled court date (override) moves its preparation dates',
    source: 'DOMAIN.md "let the notice\'s printed date override"; 7 days before 2026-03-09',
    matters: [M(1, 'proceeding_criminal', { status: 'filed', courtDates: [{ key: 'c1', date: '2026-03-02' }], overrides: [ov('1:court_date:c1', '2026-03-09')] })],
    expect: { '1:court_date:c1': '2026-03-09', '1:court_preparation:c1-7d': '2026-03-02' },
  },
  // ---- Overrides ----
  {
    name: 'Override from the T approval notice wins; reminders and the I-485 window follow it',
    source: 'DOMAIN.md "let the notice\'s printed date override"; 30 days before 2029-03-20',
    matters: [T(1, { approvedOn: '2025-03-14', admittedOn: '2025-03-14', overrides: [ov('1:status_expiry', '2029-03-20')] })],
    expect: { '1:status_expiry': '2029-03-20', '1:reminder:status_expiry-30d': '2029-02-18', '1:adjustment_window_closes': '2029-03-20' },
  },
  {
    name: 'An override whose key matches no deadline is reported, not silently dropped',
    source: 'issue 12 "Staff override any computed date"',
    matters: [T(1, { approvedOn: '2025-03-14', overrides: [ov('1:status_expiri', '2029-03-20')] })],
    expect: { '1:status_expiry': '2029-03-13' },
    warnings: [[1, 'override_matches_no_deadline']],
  },
  // ---- Rule versions ----
  {
    name: 'A matter pinned to the 180-day TRP rule keeps it after 4 Feb 2025',
    source: 'issue 12 "a rule change keeps the old version for matters computed under it"; 2025-03-01 + 179 days',
    matters: [M(1, 'ca_vtip_trp_initial', { approvedOn: '2025-03-01', ruleVersions: { ca_vtip_trp_initial: 1 } })],
    expect: { '1:status_expiry': '2025-08-27' },
  },
  {
    name: 'A pin is not applied to an issue date before its version took effect',
    source: 'IRCC notice Feb 2025 "Since 4 Feb 2025"; issued 2025-02-03 stays under the 180 days: 2025-08-01',
    matters: [M(1, 'ca_vtip_trp_initial', { approvedOn: '2025-02-03', ruleVersions: { ca_vtip_trp_initial: 2 } })],
    expect: { '1:status_expiry': '2025-08-01' },
  },
  {
    name: 'The same matter unpinned takes the version in force on its issue date (12 months)',
    source: 'IRCC notice Feb 2025; 2025-03-01 + 12 months = 2026-03-01, day before',
    matters: [M(1, 'ca_vtip_trp_initial', { approvedOn: '2025-03-01' })],
    expect: { '1:status_expiry': '2026-02-28' },
  },
];

function run(row: Row) {
  const settings = { ...DEFAULT_LEGAL_SETTINGS, ...row.settings };
  return computeCaseDeadlines(row.matters, { today: row.today ?? TODAY, rules: row.rules ?? RULES, settings });
}

function datesOf(row: Row): Record<string, string | null | 'absent'> {
  const byKey = new Map(run(row).deadlines.map((d) => [d.key, d.date]));
  return Object.fromEntries(Object.keys(row.expect).map((k) => [k, byKey.has(k) ? byKey.get(k)! : 'absent']));
}

describe('legal deadline table (dates counted by hand from the sources)', () => {
  it('has at least 40 cases', () => expect(ROWS.length).toBeGreaterThanOrEqual(40));

  it('covers every rule in the shipped table', () => {
    const used = new Set(
      ROWS.flatMap((row) => {
        const out = run(row);
        return [...out.deadlines.map((d) => d.ruleId), ...Object.values(out.pins).flatMap((p) => Object.keys(p))];
      }),
    );
    expect([...used].sort()).toEqual([...new Set(RULES.map((r) => r.id))].sort());
  });

  // Calendar dates must not drift with the machine's zone: Santiago has no local midnight on its DST day
  // (2024-09-08), Kiritimati is UTC+14, St John's is a half-hour zone, Pago Pago is UTC-11.
  it.each(['America/Santiago', 'Pacific/Kiritimati', 'America/St_Johns', 'Pacific/Pago_Pago'])('gives the same dates in %s', (tz) => {
    const before = process.env.TZ;
    process.env.TZ = tz;
    try {
      for (const row of ROWS) expect(datesOf(row), row.name).toEqual(row.expect);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const out = run(row);
    const byKey = new Map(out.deadlines.map((d) => [d.key, d]));
    const got: Record<string, string | null | 'absent'> = {};
    for (const key of Object.keys(row.expect)) got[key] = byKey.has(key) ? byKey.get(key)!.date : 'absent';
    expect(got).toEqual(row.expect);
    for (const [key, flags] of Object.entries(row.flags ?? {})) expect(byKey.get(key)?.flags).toEqual(expect.arrayContaining(flags));
    for (const [key, flags] of Object.entries(row.noFlags ?? {})) for (const f of flags) expect(byKey.get(key)?.flags).not.toContain(f);
    const warnings = out.warnings.map((w) => [w.matterId, w.code]);
    expect(warnings).toEqual(expect.arrayContaining(row.warnings ?? []));
    if (!row.warnings) expect(warnings).toEqual([]);
  });
});

// ---- Rule-version changes: a matter computed under N keeps N; the preview shows what N+1 would move ----

/** DOMAIN.md T extension row: the Policy Manual says "up to 4 additional years" — a plausible next version. */
const T_EXTENSION_4Y: Rule = {
  ...RULES.find((r) => r.id === 'us_t_extension' && r.version === 1)!,
  version: 2,
  source: 'USCIS Policy Manual Vol 3 Pt B Ch 10: "up to 4 additional years"',
  params: { term: { years: 4 } },
};
const TRP_SUBSEQUENT_24M: Rule = {
  ...RULES.find((r) => r.id === 'ca_vtip_trp_subsequent')!,
  version: 2,
  effectiveFrom: '2026-01-01',
  effectiveFromStated: true,
  source: 'fictional test version: 24 months from 1 Jan 2026',
  params: { term: { months: 24 } },
};
const extensionCase = (pin?: number) => [
  T(1, { approvedOn: '2025-01-10', admittedOn: '2025-01-10' }),
  M(2, 'us_t_extension', { baseMatterId: 1, filedOn: '2028-11-01', ruleVersions: pin ? { us_t_extension: pin } : {} }),
];
const ctx = (rules: RuleTable = RULES) => ({ today: TODAY, rules, settings: DEFAULT_LEGAL_SETTINGS });

interface VersionRow {
  name: string;
  source: string;
  cases: MatterFacts[][];
  candidate: Rule;
  /** matter id -> key -> [before, after], every change expected (hand-counted). */
  expect: Record<number, Record<string, [string | null | 'absent', string | null | 'absent']>>;
}

const VERSION_ROWS: VersionRow[] = [
  {
    name: 'T extension 1 -> 4 years moves the extension, its reminders and the I-485 window close',
    source: '8 CFR 214.212 (1 year) vs PM "up to 4 additional years": from 2029-01-10, 1y ends 2030-01-09, 4y ends 2033-01-09',
    cases: [extensionCase(1)],
    candidate: T_EXTENSION_4Y,
    expect: {
      1: { '1:adjustment_window_closes': ['2030-01-09', '2033-01-09'] },
      2: {
        '2:status_expiry': ['2030-01-09', '2033-01-09'],
        '2:reminder:status_expiry-30d': ['2029-12-10', '2032-12-10'],
        '2:reminder:status_expiry-60d': ['2029-11-10', '2032-11-10'],
        '2:reminder:status_expiry-90d': ['2029-10-11', '2032-10-11'],
        '2:reminder:status_expiry-180d': ['2029-07-13', '2032-07-13'],
      },
    },
  },
  {
    name: 'A version effective after the extension was filed changes nothing',
    source: 'rule anchor filedOn 2028-11-01 precedes the candidate\'s effective date 2029-01-01',
    cases: [extensionCase(1)],
    candidate: { ...T_EXTENSION_4Y, effectiveFrom: '2029-01-01', effectiveFromStated: true },
    expect: {},
  },
  {
    name: 'A TRP version from 1 Jan 2026 reaches only permits issued since',
    source: 'fictional 24 months: issued 2026-03-01, 12 months end 2027-02-28, 24 months end 2028-02-29 (leap); 2025-06-01 untouched',
    cases: [[M(1, 'ca_vtip_trp_subsequent', { approvedOn: '2025-06-01' })], [M(5, 'ca_vtip_trp_subsequent', { approvedOn: '2026-03-01' })]],
    candidate: TRP_SUBSEQUENT_24M,
    expect: {
      5: {
        '5:status_expiry': ['2027-02-28', '2028-02-29'],
        '5:next_permit_apply_by': ['2027-02-28', '2028-02-29'],
        '5:reminder:next_permit_apply_by-30d': ['2027-01-29', '2028-01-30'],
        '5:reminder:next_permit_apply_by-60d': ['2026-12-30', '2027-12-31'],
        '5:reminder:next_permit_apply_by-90d': ['2026-11-30', '2027-12-01'],
        '5:reminder:next_permit_apply_by-120d': ['2026-10-31', '2027-11-01'],
      },
    },
  },
];

describe('rule-version changes (previewed before they apply)', () => {
  it.each(VERSION_ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const preview = previewRuleVersion(row.cases, row.candidate, ctx());
    const got: VersionRow['expect'] = {};
    for (const m of preview) got[m.matterId] = Object.fromEntries(m.changes.map((c) => [c.key, [c.before, c.after]]));
    expect(got).toEqual(row.expect);
  });

  it('a matter computed under version 1 keeps it once version 2 is in the table; adopting 2 moves it', () => {
    // 8 CFR 214.212 1 year: 2030-01-09; PM 4 years: 2033-01-09 (both from 2029-01-10).
    const table = [...RULES, T_EXTENSION_4Y];
    const pinned = computeCaseDeadlines(extensionCase(1), ctx(table));
    expect(pinned.deadlines.find((d) => d.key === '2:status_expiry')?.date).toBe('2030-01-09');
    expect(pinned.pins[2]).toEqual({ us_t_extension: 1 });

    const fresh = computeCaseDeadlines(extensionCase(), ctx(table));
    expect(fresh.deadlines.find((d) => d.key === '2:status_expiry')?.date).toBe('2033-01-09');

    const [t, ext] = extensionCase(1);
    const adopted = computeCaseDeadlines([t!, adoptRuleVersion(ext!, 'us_t_extension', 2)], ctx(table));
    expect(adopted.deadlines.find((d) => d.key === '2:status_expiry')).toMatchObject({ date: '2033-01-09', ruleVersion: 2 });
  });

  it('reports the versions each matter was computed under, for the core to store', () => {
    const out = computeCaseDeadlines(extensionCase(), ctx());
    expect(out.pins).toEqual({ 1: { us_t_status_validity: 1, us_t_adjustment_window: 1 }, 2: { us_t_extension: 1 } });
  });

  it('pins only versions chosen by a fact: an EAD with no renewal filed stays provisional', () => {
    const card = M(1, 'us_ead', { eadCategory: 'c40', approvedOn: '2024-01-01', overrides: [ov('1:status_expiry', '2025-12-31')] });
    expect(computeCaseDeadlines([card], ctx()).pins[1]?.us_ead_renewal).toBeUndefined();
    const renewal = M(2, 'us_ead', { baseMatterId: 1, status: 'filed', eadCategory: 'c40', filedOn: '2025-11-03' });
    expect(computeCaseDeadlines([card, renewal], ctx()).pins[1]?.us_ead_renewal).toBe(2); // 90 FR 48799: on/after 30 Oct 2025
  });

  it('drops a pin when staff correct the date that chose it, and keeps the others', () => {
    const before = T(1, { approvedOn: '2025-03-14', admittedOn: '2025-03-14', ruleVersions: { us_t_status_validity: 1, us_t_adjustment_window: 1 } });
    const after = { ...before, approvedOn: '2025-03-15' };
    expect(pinsAfterEdit(before, after, RULES)).toEqual({ us_t_adjustment_window: 1 });
    expect(pinsAfterEdit(before, before, RULES)).toEqual(before.ruleVersions);
  });

  it('the shipped table is well formed and every rule cites a source', () => {
    expect(tableProblems(RULES)).toEqual([]);
    for (const r of RULES) expect(ruleSchema.parse(r)).toEqual(r);
    expect(RULES.filter((r) => !r.effectiveFromStated).every((r) => r.effectiveFrom === RULES_EPOCH)).toBe(true);
  });
});
