import { useEffect, useMemo, useRef, useState } from 'react';
import type { Session } from '../../../../shared/schemas';
import { isTypingTarget } from '../../frame/keymap';
import { IntakeWizard } from './intake/IntakeWizard';
import { CaseListPage } from './list/CaseListPage';
import { INITIAL_LIST_STATE, type ListState } from './list/listState';
import type { CaseTarget, CasesNav, CasesView } from './nav';
import { NoteSearchPage } from './notes/NoteSearchPage';
import { CasePage } from './page/CasePage';
import { canSearchNotes } from './permissions';

/**
 * The caseworker's desk: the case list, a case file, the intake wizard and note search, one at a time.
 * The list's filters live here so coming back from a case finds the list as it was left.
 */
export function CasesSection({ session, visit, target, onAddStaff }: { session: Session; visit: number; target?: CaseTarget | null; onAddStaff?: () => void }) {
  // Another section (Today, a referral) may send the person straight to a case, on a given tab.
  const viewOf = (tgt: CaseTarget | null | undefined): CasesView => (tgt ? { kind: 'case', id: tgt.id, ...(tgt.tab ? { tab: tgt.tab } : {}) } : { kind: 'list' });
  const [view, setView] = useState<CasesView>(() => viewOf(target));
  const [listState, setListState] = useState<ListState>(INITIAL_LIST_STATE);
  const [message, setMessage] = useState('');
  const first = useRef(true);
  const [lastVisit, setLastVisit] = useState(visit);
  // Choosing "Cases" in the navigation again returns to the list (with its filters as they were).
  if (visit !== lastVisit) {
    setLastVisit(visit);
    setView(viewOf(target));
  }

  const nav = useMemo<CasesNav>(
    () => ({
      list: (m) => {
        setMessage(m ?? '');
        setView({ kind: 'list' });
      },
      openCase: (id, tab) => {
        setMessage('');
        setView({ kind: 'case', id, ...(tab ? { tab } : {}) });
      },
      intake: (caseId) => {
        setMessage('');
        setView({ kind: 'intake', caseId });
      },
      searchNotes: (query) => setView({ kind: 'noteSearch', query }),
    }),
    [],
  );

  // Each view has its own h1; move focus there so screen readers announce it and Tab starts from its top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Note search exists for its one field: focus starts there (the '/' shortcut lands in it).
    const target = view.kind === 'noteSearch' ? '[data-testid="note-search-page-input"]' : '#page-title';
    document.querySelector<HTMLElement>(target)?.focus();
  }, [view]);

  // '/' opens note search from anywhere in Cases (its own page, so the case finder never receives note words).
  useEffect(() => {
    if (!canSearchNotes(session)) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingTarget(e.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      e.preventDefault();
      const input = document.querySelector<HTMLInputElement>('[data-testid="note-search-page-input"]');
      if (input) input.focus();
      else nav.searchNotes('');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, nav]);

  switch (view.kind) {
    case 'case':
      return <CasePage key={view.id} caseId={view.id} initialTab={view.tab} session={session} nav={nav} />;
    case 'intake':
      return <IntakeWizard key={view.caseId ?? 'new'} caseId={view.caseId} nav={nav} />;
    case 'noteSearch':
      return <NoteSearchPage initialQuery={view.query} nav={nav} />;
    default:
      return <CaseListPage session={session} state={listState} onState={setListState} nav={nav} message={message} onAddStaff={onAddStaff} />;
  }
}
