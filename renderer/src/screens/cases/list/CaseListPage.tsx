import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../../shared/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { StatusMessage } from '../../../components/StatusMessage';
import { useCaseList } from '../../../data/cases';
import type { HavenError } from '../../../data/result';
import { isTypingTarget } from '../../../frame/keymap';
import { useFormat } from '../../../i18n/format';
import type { CasesNav } from '../nav';
import { canFilterByAssignee, canSearchNotes, canStartIntake } from '../permissions';
import { rolesMaySee } from '../../../../../shared/cases/access';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { EmptyCases } from './EmptyCases';
import { INITIAL_LIST_STATE, isFiltered, listParams, type ListState } from './listState';
import { useWidth } from './useWidth';

interface Props {
  session: Session;
  state: ListState;
  onState: (s: ListState) => void;
  nav: CasesNav;
  message: string;
  /** Opens Admin > Staff (administrators only): the next step in a centre with no cases yet. */
  onAddStaff?: () => void;
}

const SEARCH_DELAY_MS = 250;

/** Cases: every case this person may see, filtered and sorted by the core, a page at a time. */
export function CaseListPage({ session, state, onState, nav, message, onAddStaff }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [searchText, setSearchText] = useState(state.search);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const width = useWidth(tableRef);
  const params = useMemo(() => listParams(state), [state]);
  const list = useCaseList(params);

  // Typing waits a moment before asking the core, so each keystroke does not fetch.
  useEffect(() => {
    if (searchText === state.search) return;
    const id = window.setTimeout(() => onState({ ...state, search: searchText }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(id);
  }, [searchText, state, onState]);

  // 'f' (find) jumps to the case search; '/' belongs to note search, its own page. Never while typing or behind a dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'f' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingTarget(e.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  return (
    <div className="cases-page">
      <div className="page-head">
        <PageTitle>{t('nav.cases')}</PageTitle>
        <div className="page-head-tools">
          {canSearchNotes(session) ? (
            // Note search is its own page ('/' from anywhere in Cases): one search box per page, so a name
            // meant for "Find a case" is never sent through the notes.
            <Button className="button" onPress={() => nav.searchNotes('')} aria-keyshortcuts="/" data-testid="open-note-search">
              {t('noteSearch.open')} <kbd className="key-hint" aria-hidden="true">/</kbd>
            </Button>
          ) : null}
          {canStartIntake(session) ? (
            <Button className="button button-primary" onPress={() => nav.intake(null)} data-testid="new-intake">
              {t('caseList.newIntake')}
            </Button>
          ) : null}
        </div>
      </div>
      <StatusMessage testId="cases-status">{message}</StatusMessage>
      <CaseFilters state={state} onState={onState} searchText={searchText} onSearchText={setSearchText} searchRef={searchRef} showAssignee={canFilterByAssignee(session)} showType={rolesMaySee(session.roles, 'profile')} />
      <p id="case-count" className="muted small case-count" role="status" data-testid="case-count">
        {list.data ? (rows.length < total ? t('caseList.countLoaded', { shown: fmt.number(rows.length), total: fmt.number(total) }) : t('caseList.count', { total: fmt.number(total) })) : ''}
        {session.roles.includes('admin') ? <span className="admin-note"> · {t('caseList.adminNote')}</span> : null}
      </p>
      <ErrorMessage error={list.error as HavenError | null} />
      <div className="case-table-frame" ref={tableRef}>
        {list.data && total === 0 ? (
          <EmptyCases
            session={session}
            filtered={isFiltered(state)}
            onClearFilters={() => {
              setSearchText('');
              onState({ ...INITIAL_LIST_STATE, sort: state.sort, dir: state.dir });
            }}
            onStartIntake={() => nav.intake(null)}
            onAddStaff={onAddStaff}
          />
        ) : (
          <CaseTable
            rows={rows}
            state={state}
            onSort={(sort, dir) => onState({ ...state, sort, dir })}
            onOpen={(id) => nav.openCase(id)}
            hasMore={Boolean(list.hasNextPage)}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => {
              if (!list.isFetchingNextPage) void list.fetchNextPage();
            }}
            loading={list.isPending}
            empty={t('caseList.empty')}
            width={width}
          />
        )}
      </div>
    </div>
  );
}
