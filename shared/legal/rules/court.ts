import type { Rule } from './rule';
import { RULES_EPOCH } from './rule';

/** Proceedings in either country: no statute gives these dates, the centre's settings do (DOMAIN.md practice anchors). */
export const COURT_RULES: readonly Rule[] = [
  {
    id: 'court_preparation',
    version: 1,
    jurisdiction: 'both',
    effectiveFrom: RULES_EPOCH,
    effectiveFromStated: false,
    anchor: 'today',
    source: 'Design default (DOMAIN.md practice anchors: Primero "due soon" 7 days ahead; LegalServer several reminders per event) ⚠️ configurable',
    confidence: 'unverified',
    computes: 'Court date preparation dates at the centre’s offsets before each court date (default 14, 7 and 1 days)',
    params: {},
  },
];
