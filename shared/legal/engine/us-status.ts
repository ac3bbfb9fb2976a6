import { isBeforeDay, lastDayOfTerm, termCompletedOn } from '../dates';
import type { MatterFacts } from '../matter';
import type { DeadlineFlag } from '../vocab';
import type { Case } from './case';
import { isGranted, ruleRef } from './emit';
import { adjustmentWindow, pendingAdjustment, timeline } from './status';

/** T or U principal or derivative: expiry, reminders, and the adjustment window. */
export function emitStatus(c: Case, m: MatterFacts): void {
  if (!isGranted(m)) return;
  const em = c.em;
  const isT = m.type.startsWith('us_t_');
  const t = timeline(c, m);
  const w = adjustmentWindow(c, m);
  const pending = pendingAdjustment(c, m);
  const superseded = t.extensions.some((e) => e.end !== null);

  const flags: DeadlineFlag[] = [];
  if (t.ownComputed) flags.push('check_against_notice');
  if (t.capped) flags.push('capped_by_principal');
  if (superseded) flags.push('superseded_by_extension');
  if (pending) flags.push('extended_by_pending_adjustment');
  const ruleId = isT ? 'us_t_status_validity' : 'us_u_status_validity';
  const expiry = em.date(m, 'status_expiry', t.ownComputed, ruleRef(t.rule, ruleId), flags);
  // Reminders to act before an end that no longer ends anything would train staff to ignore reminders.
  if (!superseded && !pending) em.reminders(m, expiry, isT ? 'tStatus' : 'uStatus');

  const windowRule = ruleRef(w.rule, isT ? 'us_t_adjustment_window' : 'us_u_adjustment_window');
  const openFlags: DeadlineFlag[] = m.type === 'us_t_i914_derivative' && !m.admittedOn ? ['must_be_admitted_before_principal_adjusts'] : [];
  const opens = em.date(m, 'adjustment_window_opens', w.openedComputed, windowRule, openFlags);
  if (!pending) em.reminders(m, opens, 'adjustmentOpens');
  em.date(m, 'adjustment_window_closes', t.end, windowRule, t.end ? ['check_against_notice'] : []);
  if (w.opens && w.closes && isBeforeDay(w.closes, w.opens)) em.warn(m, 'adjustment_window_never_opens', windowRule.id);

  // DOMAIN.md U row: "derivatives may need an I-539 extension to reach 3 years".
  if (m.type === 'us_u_i918_derivative' && m.admittedOn && t.end && w.rule?.params.term) {
    if (isBeforeDay(t.end, termCompletedOn(m.admittedOn, w.rule.params.term))) em.warn(m, 'u_derivative_may_need_i539_extension', 'us_u_status_validity');
  }
}

/** T extension: file by the end it extends (late needs a written explanation); once approved, its own expiry. */
export function emitExtension(c: Case, m: MatterFacts): void {
  const em = c.em;
  const base = c.get(m.baseMatterId);
  if (!base) {
    em.warn(m, 'base_missing');
    return;
  }
  const t = timeline(c, base);
  const i = t.extensions.findIndex((e) => e.ext.id === m.id);
  const e = t.extensions[i];
  if (!e) return;
  const ref = ruleRef(e.rule, 'us_t_extension');
  const fileBy = em.date(m, 'extension_file_by', e.fileBy, ref, e.fileBy ? ['check_against_notice'] : []);
  if (m.filedOn && fileBy.date && isBeforeDay(fileBy.date, m.filedOn)) em.warn(m, 'extension_filed_late_needs_explanation', ref.id);
  if (m.status !== 'approved') return;
  const later = t.extensions.slice(i + 1).some((x) => x.end !== null);
  const flags: DeadlineFlag[] = [];
  if (e.computed) flags.push('check_against_notice');
  if (e.capped) flags.push('capped_by_principal');
  if (later) flags.push('superseded_by_extension');
  const pending = pendingAdjustment(c, base);
  if (pending) flags.push('extended_by_pending_adjustment');
  const expiry = em.date(m, 'status_expiry', e.computed, ref, flags);
  if (!later && !pending) em.reminders(m, expiry, 'tStatus');
}

/** I-485 for a T status: no date of its own (the window lives on the T matter); checks the filing fell inside it. */
export function emitAdjustment(c: Case, m: MatterFacts): void {
  const base = c.get(m.baseMatterId);
  if (!base) return c.em.warn(m, 'base_missing');
  const w = adjustmentWindow(c, base);
  c.em.rule(m, 'us_t_adjustment_window', base.admittedOn);
  if (m.filedOn && w.opens && w.closes && (isBeforeDay(m.filedOn, w.opens) || isBeforeDay(w.closes, m.filedOn)))
    c.em.warn(m, 'adjustment_filed_outside_window', 'us_t_adjustment_window');
}

/** U Supplement B: the I-918 must be filed within 6 months of the certification's signature. */
export function emitUSupplementB(c: Case, m: MatterFacts): void {
  const em = c.em;
  const rule = em.rule(m, 'us_u_supplement_b_recency', m.signedOn);
  const computed = m.signedOn && rule?.params.term ? lastDayOfTerm(m.signedOn, rule.params.term) : null;
  const due = em.date(m, 'certification_file_by', computed, ruleRef(rule, 'us_u_supplement_b_recency'));
  const i918 = c.get(m.baseMatterId);
  if (i918?.filedOn) {
    if (due.date && isBeforeDay(due.date, i918.filedOn)) em.warn(m, 'certification_older_than_6_months_at_filing', 'us_u_supplement_b_recency');
  } else {
    em.reminders(m, due, 'certification');
  }
}

/** T Supplement B is optional evidence: the rule is recorded (pinned) but yields no date. */
export function emitTSupplementB(c: Case, m: MatterFacts): void {
  c.em.rule(m, 'us_t_supplement_b', m.signedOn);
}
