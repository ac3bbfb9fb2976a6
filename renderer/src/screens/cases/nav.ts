import type { CaseTab } from './page/caseTabs';

/** Where the Cases section is: state-based, like the frame's sections (no URLs). */
export type CasesView =
  | { kind: 'list' }
  | { kind: 'case'; id: number; tab?: CaseTab }
  | { kind: 'intake'; caseId: number | null }
  | { kind: 'noteSearch'; query: string };

export interface CasesNav {
  /** Back to the list, optionally with a message for the live region there. */
  list(message?: string): void;
  openCase(id: number, tab?: CaseTab): void;
  intake(caseId: number | null): void;
  searchNotes(query: string): void;
}

/** A case to open when Cases is next shown, sent from another section (Today, a referral). */
export interface CaseTarget {
  id: number;
  tab?: CaseTab;
}
