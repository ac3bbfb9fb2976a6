import type { Confidence, DeadlineFlag, DeadlineKind, MatterStatus, MatterType, MatterWarning } from '../../../../shared/legal';
import type { Urgency } from '../../../../shared/legal';

/**
 * Catalogue keys for the legal vocabulary of shared/legal (the labels live in the three catalogues, never in
 * shared/). Written out in full so the i18n test finds each key and a new value fails the type check here.
 */
export const TYPE_LABEL: Record<MatterType, string> = {
  us_t_i914_principal: 'legalPage.type.us_t_i914_principal',
  us_t_i914_derivative: 'legalPage.type.us_t_i914_derivative',
  us_t_i914_supplement_b: 'legalPage.type.us_t_i914_supplement_b',
  us_t_bona_fide_determination: 'legalPage.type.us_t_bona_fide_determination',
  us_t_extension: 'legalPage.type.us_t_extension',
  us_t_adjustment_i485: 'legalPage.type.us_t_adjustment_i485',
  us_u_i918_principal: 'legalPage.type.us_u_i918_principal',
  us_u_i918_derivative: 'legalPage.type.us_u_i918_derivative',
  us_u_i918_supplement_b: 'legalPage.type.us_u_i918_supplement_b',
  us_continued_presence: 'legalPage.type.us_continued_presence',
  us_ead: 'legalPage.type.us_ead',
  ca_vtip_trp_initial: 'legalPage.type.ca_vtip_trp_initial',
  ca_vtip_trp_subsequent: 'legalPage.type.ca_vtip_trp_subsequent',
  ca_work_permit: 'legalPage.type.ca_work_permit',
  ca_study_permit: 'legalPage.type.ca_study_permit',
  proceeding_criminal: 'legalPage.type.proceeding_criminal',
  proceeding_civil: 'legalPage.type.proceeding_civil',
  proceeding_family: 'legalPage.type.proceeding_family',
};

export const STATUS_LABEL: Record<MatterStatus, string> = {
  preparing: 'legalPage.status.preparing',
  filed: 'legalPage.status.filed',
  approved: 'legalPage.status.approved',
  denied: 'legalPage.status.denied',
  rejected: 'legalPage.status.rejected',
  withdrawn: 'legalPage.status.withdrawn',
  expired: 'legalPage.status.expired',
  closed: 'legalPage.status.closed',
};

export const KIND_LABEL: Record<DeadlineKind, string> = {
  status_expiry: 'legalPage.kind.status_expiry',
  adjustment_window_opens: 'legalPage.kind.adjustment_window_opens',
  adjustment_window_closes: 'legalPage.kind.adjustment_window_closes',
  extension_file_by: 'legalPage.kind.extension_file_by',
  renewal_window_opens: 'legalPage.kind.renewal_window_opens',
  certification_file_by: 'legalPage.kind.certification_file_by',
  next_permit_apply_by: 'legalPage.kind.next_permit_apply_by',
  court_date: 'legalPage.kind.court_date',
  court_preparation: 'legalPage.kind.court_preparation',
  reminder: 'legalPage.kind.reminder',
};

export const FLAG_LABEL: Record<DeadlineFlag, string> = {
  check_against_notice: 'legalPage.flag.check_against_notice',
  needs_notice: 'legalPage.flag.needs_notice',
  no_maintained_status: 'legalPage.flag.no_maintained_status',
  capped_by_principal: 'legalPage.flag.capped_by_principal',
  no_automatic_extension: 'legalPage.flag.no_automatic_extension',
  extended_by_pending_adjustment: 'legalPage.flag.extended_by_pending_adjustment',
  superseded_by_extension: 'legalPage.flag.superseded_by_extension',
  prompt_law_enforcement_sponsor: 'legalPage.flag.prompt_law_enforcement_sponsor',
  accompany_survivor: 'legalPage.flag.accompany_survivor',
  must_be_admitted_before_principal_adjusts: 'legalPage.flag.must_be_admitted_before_principal_adjusts',
};

export const WARNING_LABEL: Record<MatterWarning, string> = {
  principal_missing: 'legalPage.warning.principal_missing',
  base_missing: 'legalPage.warning.base_missing',
  no_rule_version_for_date: 'legalPage.warning.no_rule_version_for_date',
  not_eligible_before_effective_date: 'legalPage.warning.not_eligible_before_effective_date',
  adjustment_window_never_opens: 'legalPage.warning.adjustment_window_never_opens',
  adjustment_filed_outside_window: 'legalPage.warning.adjustment_filed_outside_window',
  u_derivative_may_need_i539_extension: 'legalPage.warning.u_derivative_may_need_i539_extension',
  certification_older_than_6_months_at_filing: 'legalPage.warning.certification_older_than_6_months_at_filing',
  extension_filed_late_needs_explanation: 'legalPage.warning.extension_filed_late_needs_explanation',
  trp_validity_outside_1_day_to_3_years: 'legalPage.warning.trp_validity_outside_1_day_to_3_years',
  override_matches_no_deadline: 'legalPage.warning.override_matches_no_deadline',
};

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  official: 'legalPage.confidence.official',
  secondary: 'legalPage.confidence.secondary',
  unverified: 'legalPage.confidence.unverified',
};

export const OUTCOME_LABEL = {
  conviction: 'legalPage.outcome.conviction',
  plea: 'legalPage.outcome.plea',
  acquittal: 'legalPage.outcome.acquittal',
  dismissal: 'legalPage.outcome.dismissal',
} as const;

export const URGENCY_LABEL: Record<Urgency, string> = {
  undated: 'legalPage.urgency.undated',
  overdue: 'legalPage.urgency.overdue',
  due_today: 'legalPage.urgency.due_today',
  due_soon: 'legalPage.urgency.due_soon',
  later: 'legalPage.urgency.later',
};

/** A shape per urgency, so the state reads without colour (icon + word; colour is the third cue). */
export const URGENCY_ICON: Record<Urgency, string> = {
  undated: '?',
  overdue: '!',
  due_today: '●',
  due_soon: '◐',
  later: '○',
};

export const isProceeding = (t: MatterType) => t.startsWith('proceeding_');
