import type { Part } from '../../../../../shared/cases/access';

export const CASE_TABS = ['overview', 'profile', 'contact', 'screening', 'notes', 'documents', 'consents', 'referrals', 'legal', 'sessions', 'timeline'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export const TAB_LABEL: Record<CaseTab, string> = {
  overview: 'casePage.tabOverview',
  profile: 'casePage.tabProfile',
  contact: 'casePage.tabContact',
  screening: 'casePage.tabScreening',
  notes: 'casePage.tabNotes',
  documents: 'casePage.tabDocuments',
  consents: 'consentsPage.tab',
  referrals: 'referralsPage.tab',
  legal: 'legalPage.case.tab',
  sessions: 'schedule.caseTab',
  timeline: 'casePage.tabTimeline',
};

/**
 * The tabs a person sees: only those of parts the core gave them. The overview (header and assignment) is
 * always there; an admin who is not on the case sees nothing else.
 */
export function visibleTabs(parts: readonly Part[]): CaseTab[] {
  const has = (p: string) => parts.some((x) => x === p || x.startsWith(`${p}.`));
  // 'legal.summary' (a caseworker's "ask the legal aide") is shown on the overview, not as the Legal tab.
  return CASE_TABS.filter((tab) => tab === 'overview' || (tab === 'legal' ? parts.includes('legal') : has(tab)));
}
