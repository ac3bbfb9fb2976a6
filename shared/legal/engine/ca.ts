import { isBeforeDay, lastDayOfTerm } from '../dates';
import type { MatterFacts } from '../matter';
import type { DeadlineFlag } from '../vocab';
import type { Case } from './case';
import { isGranted, ruleRef } from './emit';

const TRP_TYPES = new Set(['ca_vtip_trp_initial', 'ca_vtip_trp_subsequent']);

/**
 * VTIP TRP: expiry from the term in force on the issue date, and the date the NEXT permit must be APPLIED
 * for. DOMAIN.md: no maintained status, so every date is flagged; continuity toward PR breaks unless the
 * next TRP is applied for before this one expires, i.e. by its last valid day.
 */
export function emitTrp(c: Case, m: MatterFacts): void {
  if (!isGranted(m)) return;
  const em = c.em;
  const rule = em.rule(m, m.type, m.approvedOn);
  const computed = m.approvedOn && rule?.params.term ? lastDayOfTerm(m.approvedOn, rule.params.term) : null;
  const flags: DeadlineFlag[] = ['no_maintained_status'];
  const expiry = em.date(m, 'status_expiry', computed, ruleRef(rule, m.type), computed ? [...flags, 'check_against_notice'] : flags);

  const continuity = em.rule(m, 'ca_no_maintained_status', m.approvedOn);
  const applyBy = em.date(m, 'next_permit_apply_by', expiry.date, ruleRef(continuity, 'ca_no_maintained_status'), flags);
  em.reminders(m, applyBy, 'trp');

  const limits = em.rule(m, 'ca_trp_validity_limits', m.approvedOn);
  const max = limits?.params.maxTerm;
  if (m.approvedOn && expiry.date && max && (isBeforeDay(expiry.date, m.approvedOn) || isBeforeDay(lastDayOfTerm(m.approvedOn, max), expiry.date)))
    em.warn(m, 'trp_validity_outside_1_day_to_3_years', 'ca_trp_validity_limits');
}

/** Work or study permit: the date printed on the permit; issued under a TRP it shares the no-maintained-status risk. */
export function emitPermit(c: Case, m: MatterFacts): void {
  if (!isGranted(m)) return;
  const em = c.em;
  const rule = em.rule(m, 'ca_permit_expiry', m.approvedOn);
  const base = c.get(m.baseMatterId);
  const flags: DeadlineFlag[] = base && TRP_TYPES.has(base.type) ? ['no_maintained_status'] : [];
  const expiry = em.date(m, 'status_expiry', null, ruleRef(rule, 'ca_permit_expiry'), flags);
  em.reminders(m, expiry, 'permit');
}
