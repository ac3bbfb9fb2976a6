import { z } from 'zod';

/**
 * Legal matter vocabulary (issue 12). Labels live in the renderer's catalogues (legal.type.<value>), never here.
 * A derivative is its own type, not a flag, so "derivative without a principal" is refused by the schema.
 */
export const MATTER_TYPES = [
  'us_t_i914_principal',
  'us_t_i914_derivative',
  'us_t_i914_supplement_b',
  'us_t_bona_fide_determination',
  'us_t_extension',
  'us_t_adjustment_i485',
  'us_u_i918_principal',
  'us_u_i918_derivative',
  'us_u_i918_supplement_b',
  'us_continued_presence',
  'us_ead',
  'ca_vtip_trp_initial',
  'ca_vtip_trp_subsequent',
  'ca_work_permit',
  'ca_study_permit',
  'proceeding_criminal',
  'proceeding_civil',
  'proceeding_family',
] as const;
export const matterTypeSchema = z.enum(MATTER_TYPES);
export type MatterType = z.infer<typeof matterTypeSchema>;

export const MATTER_JURISDICTIONS = ['US', 'CA'] as const;
export const matterJurisdictionSchema = z.enum(MATTER_JURISDICTIONS);
export type MatterJurisdiction = z.infer<typeof matterJurisdictionSchema>;

/** Which jurisdictions a type can be filed in; proceedings exist in both countries. */
export const TYPE_JURISDICTIONS: Record<MatterType, readonly MatterJurisdiction[]> = {
  us_t_i914_principal: ['US'],
  us_t_i914_derivative: ['US'],
  us_t_i914_supplement_b: ['US'],
  us_t_bona_fide_determination: ['US'],
  us_t_extension: ['US'],
  us_t_adjustment_i485: ['US'],
  us_u_i918_principal: ['US'],
  us_u_i918_derivative: ['US'],
  us_u_i918_supplement_b: ['US'],
  us_continued_presence: ['US'],
  us_ead: ['US'],
  ca_vtip_trp_initial: ['CA'],
  ca_vtip_trp_subsequent: ['CA'],
  ca_work_permit: ['CA'],
  ca_study_permit: ['CA'],
  proceeding_criminal: ['US', 'CA'],
  proceeding_civil: ['US', 'CA'],
  proceeding_family: ['US', 'CA'],
};

/** Derivatives point at a principal of this type; their end date never passes the principal's. */
export const DERIVATIVE_OF: Partial<Record<MatterType, MatterType>> = {
  us_t_i914_derivative: 'us_t_i914_principal',
  us_u_i918_derivative: 'us_u_i918_principal',
};

/** Matters that belong to another matter (`baseMatterId`), and the types that base may have. */
export const BASE_TYPES: Partial<Record<MatterType, readonly MatterType[]>> = {
  us_t_i914_supplement_b: ['us_t_i914_principal'],
  us_t_bona_fide_determination: ['us_t_i914_principal', 'us_t_i914_derivative'],
  us_t_extension: ['us_t_i914_principal', 'us_t_i914_derivative'],
  us_t_adjustment_i485: ['us_t_i914_principal', 'us_t_i914_derivative'],
  us_u_i918_supplement_b: ['us_u_i918_principal'],
  us_ead: ['us_ead'], // a renewal points at the card it renews
  ca_work_permit: ['ca_vtip_trp_initial', 'ca_vtip_trp_subsequent'],
  ca_study_permit: ['ca_vtip_trp_initial', 'ca_vtip_trp_subsequent'],
};

export const MATTER_STATUSES = ['preparing', 'filed', 'approved', 'denied', 'rejected', 'withdrawn', 'expired', 'closed'] as const;
export const matterStatusSchema = z.enum(MATTER_STATUSES);
export type MatterStatus = z.infer<typeof matterStatusSchema>;

export const PROCEEDING_OUTCOMES = ['conviction', 'plea', 'acquittal', 'dismissal'] as const;

/** What a deadline is. Reminders and preparation dates point at the deadline they precede (parentKey). */
export const DEADLINE_KINDS = [
  'status_expiry',
  'adjustment_window_opens',
  'adjustment_window_closes',
  'extension_file_by',
  'renewal_window_opens',
  'certification_file_by',
  'next_permit_apply_by',
  'court_date',
  'court_preparation',
  'reminder',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Shown beside a date; the UI translates each (legal.flag.<value>). */
export const DEADLINE_FLAGS = [
  'check_against_notice', // computed from a rule: the printed date on the notice overrides it
  'needs_notice', // no rule gives this date: staff enter it from the notice or card
  'no_maintained_status', // Canada TRP: applying keeps no status; continuity breaks if not applied before expiry
  'capped_by_principal', // a derivative's date cut to the principal's end date
  'no_automatic_extension', // EAD renewals filed on/after 30 Oct 2025 keep nobody working
  'extended_by_pending_adjustment', // a properly filed I-485 extends T status
  'superseded_by_extension', // an approved extension carries the status on
  'prompt_law_enforcement_sponsor', // Continued Presence is requested by law enforcement
  'accompany_survivor', // a court date the survivor must be accompanied to
  'must_be_admitted_before_principal_adjusts', // T derivative
] as const;
export type DeadlineFlag = (typeof DEADLINE_FLAGS)[number];

/** Matter-level findings: not dates, but things a legal aide must act on or check. */
export const MATTER_WARNINGS = [
  'principal_missing',
  'base_missing',
  'no_rule_version_for_date', // the anchor date is before every version of the rule: read the date from the notice
  'not_eligible_before_effective_date', // e.g. a bona fide determination for an I-914 filed before 28 Aug 2024
  'adjustment_window_never_opens', // status ends before 3 years' presence: an extension is needed
  'adjustment_filed_outside_window',
  'u_derivative_may_need_i539_extension',
  'certification_older_than_6_months_at_filing',
  'extension_filed_late_needs_explanation',
  'trp_validity_outside_1_day_to_3_years',
  'override_matches_no_deadline',
] as const;
export type MatterWarning = (typeof MATTER_WARNINGS)[number];

/** DOMAIN.md's confidence marks: ✅ official, ◐ secondary source, ⚠️ unverified (configurable). */
export const CONFIDENCES = ['official', 'secondary', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
