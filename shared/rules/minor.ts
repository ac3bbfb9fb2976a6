import type { Jurisdiction } from '../schemas';

/**
 * US: a possible minor victim of trafficking must be reported to HHS (Office on Trafficking in Persons)
 * within 24 hours so interim assistance can start. Canada has no equivalent federal step (provincial
 * child-welfare duties apply and are outside this rule).
 */
export const HHS_MINOR_NOTIFICATION = {
  id: 'us_hhs_minor_notification',
  effectiveFrom: '2008-12-23',
  source: 'TVPRA 2008, 22 U.S.C. 7105(b)(1)(G); HHS ACF Office on Trafficking in Persons, Requests for Assistance for Child Victims',
  dueWithinHours: 24,
} as const;

export function needsHhsMinorNotification(minor: 'yes' | 'no' | 'possible' | null, jurisdiction: Jurisdiction): boolean {
  return (minor === 'yes' || minor === 'possible') && jurisdiction !== 'CA';
}
