import { daysBefore, lastDayOfTerm } from '../dates';
import type { IsoDate } from '../dates';
import type { MatterFacts } from '../matter';
import type { Rule } from '../rules/rule';
import type { DeadlineFlag } from '../vocab';
import type { Case } from './case';
import { isGranted, ruleRef } from './emit';

/** Bona fide determination: deferred action whose validity DOMAIN.md marks ⚠️ "read from the notice". */
export function emitBonaFide(c: Case, m: MatterFacts): void {
  if (!isGranted(m)) return;
  const em = c.em;
  const i914Filed = c.get(m.baseMatterId)?.filedOn ?? m.filedOn;
  const rule = em.rule(m, 'us_t_bona_fide_determination', i914Filed);
  if (!rule) return em.warn(m, 'not_eligible_before_effective_date', 'us_t_bona_fide_determination');
  const validity = em.ctx.settings.bonaFideValidity;
  const computed = m.approvedOn && validity ? lastDayOfTerm(m.approvedOn, validity) : null;
  // A computed BFD date comes from the centre's setting, not from a source: it carries the ⚠️ confidence.
  const ref = { id: rule.id, version: rule.version, confidence: computed ? ('unverified' as const) : rule.confidence };
  const expiry = em.date(m, 'status_expiry', computed, ref, computed ? ['check_against_notice'] : []);
  em.reminders(m, expiry, 'bonaFide');
}

/** Continued Presence: 2 years from the grant; reminders prompt the law-enforcement sponsor to request renewal. */
export function emitContinuedPresence(c: Case, m: MatterFacts): void {
  if (!isGranted(m)) return;
  const em = c.em;
  const rule = em.rule(m, 'us_continued_presence', m.approvedOn);
  if (m.approvedOn && !rule) em.warn(m, 'no_rule_version_for_date', 'us_continued_presence');
  const computed = m.approvedOn && rule?.params.term ? lastDayOfTerm(m.approvedOn, rule.params.term) : null;
  const flags: DeadlineFlag[] = ['prompt_law_enforcement_sponsor'];
  if (computed) flags.push('check_against_notice');
  const expiry = em.date(m, 'status_expiry', computed, ruleRef(rule, 'us_continued_presence'), flags);
  em.reminders(m, expiry, 'continuedPresence');
}

/**
 * EAD: the card's expiry (entered from the card; computed only for a (c)(9) card under the 18-month cap),
 * the renewal window 180 days ahead, and whether a pending renewal still keeps the person working.
 */
export function emitEad(c: Case, m: MatterFacts): void {
  if (!isGranted(m)) return;
  const em = c.em;
  const renewal = c.children(m, 'us_ead')[0] ?? null;
  const renewalRule = em.rule(m, 'us_ead_renewal', renewal?.filedOn ?? null);
  let computed: IsoDate | null = null;
  let capRule: Rule | null = null;
  if (m.eadCategory === 'c9') {
    capRule = em.rule(m, 'us_ead_c9_cap', m.approvedOn);
    if (m.approvedOn && capRule?.params.term) computed = lastDayOfTerm(m.approvedOn, capRule.params.term);
  }
  const noAuto: DeadlineFlag[] = renewalRule?.params.autoExtensionWhilePending === false ? ['no_automatic_extension'] : [];
  const expiryRef = computed && capRule ? ruleRef(capRule, 'us_ead_c9_cap') : ruleRef(renewalRule, 'us_ead_renewal');
  const expiry = em.date(m, 'status_expiry', computed, expiryRef, [...(computed ? (['check_against_notice'] as const) : []), ...noAuto]);
  const windowDays = renewalRule?.params.windowDays;
  const opens = expiry.date && windowDays ? daysBefore(expiry.date, windowDays) : null;
  em.date(m, 'renewal_window_opens', opens, ruleRef(renewalRule, 'us_ead_renewal'), noAuto);
  if (renewal?.status !== 'approved') em.reminders(m, expiry, 'ead');
}
