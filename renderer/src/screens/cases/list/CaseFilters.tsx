import { Button, Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, TRAFFICKING_TYPES } from '../../../../../shared/cases/vocab';
import { SelectField, type Option } from '../../../components/SelectField';
import { useAssignableStaff } from '../../../data/cases';
import { vocabKey } from '../vocab';
import { isFiltered, type ListState } from './listState';

interface Props {
  state: ListState;
  onState: (s: ListState) => void;
  searchText: string;
  onSearchText: (text: string) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
  showAssignee: boolean;
  /** Only for people who see profiles somewhere: the core refuses a filter on a field the caller cannot see. */
  showType: boolean;
}

const ANY = 'any';

/** Search and filters above the case list. '/' focuses the search box (see CaseListPage). */
export function CaseFilters({ state, onState, searchText, onSearchText, searchRef, showAssignee, showType }: Props) {
  const { t } = useTranslation();
  const staff = useAssignableStaff(showAssignee);
  const any: Option = { id: ANY, label: t('caseList.any') };
  const statuses = [any, ...CASE_STATUSES.map((s) => ({ id: s, label: t(vocabKey('status', s)) }))];
  const types = [any, ...TRAFFICKING_TYPES.map((s) => ({ id: s, label: t(vocabKey('traffickingType', s)) }))];
  const people = [any, ...(staff.data ?? []).map((s) => ({ id: String(s.id), label: s.displayName }))];

  return (
    <div className="filters" role="search" aria-label={t('caseList.filters')}>
      <SearchField className="field search-field" value={searchText} onChange={onSearchText} aria-keyshortcuts="f">
        <Label className="field-label">{t('caseList.search')}</Label>
        <div className="search-row">
          <Input
            ref={searchRef}
            className="input"
            placeholder={t('caseList.searchPlaceholder')}
            data-testid="case-search"
            onKeyDown={(e) => {
              // ↓ from the search goes straight to the first result, so "f", a few letters, ↓ and Enter open a
              // case. The row itself is focused: focusing the table and letting it pick a row raced the list's
              // re-render on a busy machine and left the focus on the table.
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                const table = document.querySelector<HTMLElement>('[data-testid="case-table"]');
                (table?.querySelector<HTMLElement>('.case-row') ?? table)?.focus();
              }
            }}
          />
          <kbd className="search-key" aria-hidden="true">
            f
          </kbd>
        </div>
      </SearchField>
      <SelectField
        label={t('caseList.status')}
        options={statuses}
        value={state.status ?? ANY}
        onChange={(v) => onState({ ...state, status: v === ANY ? null : (v as ListState['status']) })}
        testId="filter-status"
        className="filter"
      />
      {showType ? (
        <SelectField
          label={t('caseList.traffickingType')}
          options={types}
          value={state.traffickingType ?? ANY}
          onChange={(v) => onState({ ...state, traffickingType: v === ANY ? null : (v as ListState['traffickingType']) })}
          testId="filter-type"
          className="filter"
        />
      ) : null}
      {showAssignee ? (
        <SelectField
          label={t('caseList.assignee')}
          options={people}
          value={state.assigneeId === null ? ANY : String(state.assigneeId)}
          onChange={(v) => onState({ ...state, assigneeId: v === ANY ? null : Number(v) })}
          testId="filter-assignee"
          className="filter"
        />
      ) : null}
      {isFiltered(state) ? (
        <Button
          className="button button-quiet filters-clear"
          onPress={() => {
            onSearchText('');
            onState({ ...state, search: '', status: null, traffickingType: null, assigneeId: null });
          }}
          data-testid="filters-clear"
        >
          {t('caseList.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
