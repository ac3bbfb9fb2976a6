export type SectionId = 'today' | 'cases' | 'referrals' | 'directory' | 'schedule' | 'legal' | 'reports' | 'admin' | 'account';

export interface SectionDef {
  id: SectionId;
  labelKey: string;
  /** The letter after "g" that opens it. */
  letter: string;
  adminOnly?: boolean;
}

/** The numbered sections, in the order of Alt+1..8. Today comes first: it is the screen after unlock. */
export const NAV_SECTIONS: readonly SectionDef[] = [
  { id: 'today', labelKey: 'today.nav', letter: 't' },
  { id: 'cases', labelKey: 'nav.cases', letter: 'c' },
  { id: 'referrals', labelKey: 'nav.referrals', letter: 'r' },
  { id: 'directory', labelKey: 'directoryPage.nav', letter: 'd' },
  { id: 'schedule', labelKey: 'nav.schedule', letter: 's' },
  { id: 'legal', labelKey: 'nav.legal', letter: 'l' },
  { id: 'reports', labelKey: 'nav.reports', letter: 'p' },
  { id: 'admin', labelKey: 'nav.admin', letter: 'a', adminOnly: true },
];

export const ACCOUNT_SECTION: SectionDef = { id: 'account', labelKey: 'nav.account', letter: 'm' };

export const ALL_SECTIONS: readonly SectionDef[] = [...NAV_SECTIONS, ACCOUNT_SECTION];

export function canSee(section: SectionDef, isAdmin: boolean): boolean {
  return !section.adminOnly || isAdmin;
}
