import type { ReactNode } from 'react';
import { Cell, Collection, Column, Row, Table, TableBody, TableHeader, TableLayout, TableLoadMoreItem, Virtualizer, type SortDescriptor } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseListRow } from '../../../../../shared/cases/schemas';
import { useFormat } from '../../../i18n/format';
import { inVocabulary, vocabKey } from '../vocab';
import { SORTABLE, type ListState, type SortColumn } from './listState';

interface Props {
  rows: CaseListRow[];
  state: ListState;
  onSort: (sort: SortColumn, dir: 'asc' | 'desc') => void;
  onOpen: (id: number) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  loading: boolean;
  /** What the table says when there are no rows (the list page knows why: filtered, or nothing yet). */
  empty: ReactNode;
  /** Width the table has, in CSS pixels: below WIDE_FROM the trafficking type moves under the name. */
  width: number;
}

/** Two lines per row: long names, roles and dates wrap instead of being cut at narrow widths. */
export const ROW_HEIGHT = 48;
/** The six-column layout needs this much; narrower, five columns (type under the name). */
export const WIDE_FROM = 900;

function SortMark({ direction }: { direction: 'ascending' | 'descending' | undefined }) {
  return (
    <span aria-hidden="true" className={direction ? 'sort-mark sort-mark-on' : 'sort-mark'}>
      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
    </span>
  );
}

/**
 * The case list as a virtualised grid (react-aria Table in a Virtualizer): only the rows in view are in
 * the DOM, more pages are fetched as the end comes into view, arrow keys move between rows and Enter opens.
 */
export function CaseTable({ rows, state, onSort, onOpen, hasMore, loadingMore, onLoadMore, loading, empty, width }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const wide = width >= WIDE_FROM;
  const typeOf = (row: CaseListRow) => (row.traffickingType && inVocabulary('traffickingType', row.traffickingType) ? t(vocabKey('traffickingType', row.traffickingType)) : null);
  const assigneeText = (row: CaseListRow) => row.assignees.map((a) => `${a.displayName} (${t(vocabKey('caseRole', a.caseRole))})`).join(', ');
  const sortDescriptor: SortDescriptor = { column: state.sort, direction: state.dir === 'asc' ? 'ascending' : 'descending' };
  const header = (label: string) =>
    ({ allowsSorting, sortDirection }: { allowsSorting: boolean; sortDirection?: 'ascending' | 'descending' }) => (
      <span className="column-head">
        {label}
        {allowsSorting ? <SortMark direction={sortDirection} /> : null}
      </span>
    );

  return (
    <Virtualizer layout={TableLayout} layoutOptions={{ rowHeight: ROW_HEIGHT, headingHeight: 36, loaderHeight: ROW_HEIGHT }}>
      <Table
        aria-label={t('caseList.caption')}
        aria-describedby="case-count"
        className="case-table"
        sortDescriptor={sortDescriptor}
        onSortChange={(d) => {
          const col = String(d.column);
          if (SORTABLE.includes(col)) onSort(col as SortColumn, d.direction === 'ascending' ? 'asc' : 'desc');
        }}
        onRowAction={(key) => onOpen(Number(key))}
        data-testid="case-table"
      >
        <TableHeader className="case-table-head">
          <Column id="caseNumber" isRowHeader allowsSorting width={130} className="case-col">
            {header(t('caseList.caseNumber'))}
          </Column>
          <Column id="name" width="1.3fr" minWidth={120} className="case-col">
            {header(t('caseList.name'))}
          </Column>
          <Column id="status" allowsSorting width="1fr" minWidth={165} className="case-col">
            {header(t('caseList.status'))}
          </Column>
          {wide ? (
            <Column id="traffickingType" width="1fr" minWidth={120} className="case-col">
              {header(t('caseList.traffickingType'))}
            </Column>
          ) : null}
          <Column id="assignees" width="1.4fr" minWidth={150} className="case-col">
            {header(t('caseList.assignees'))}
          </Column>
          <Column id="updatedAt" allowsSorting width="1fr" minWidth={100} className="case-col">
            {header(t('caseList.updated'))}
          </Column>
        </TableHeader>
        <TableBody className="case-table-body" renderEmptyState={() => <div className="table-empty">{loading ? t('common.loading') : empty}</div>}>
          {/* The collection caches each row's rendering by its item: without the language and layout as
              dependencies, a language switch re-rendered nothing and rows kept the old language. */}
          <Collection items={rows} dependencies={[i18n.language, fmt, wide]}>
            {(row) => (
              <Row id={row.id} className="case-row" textValue={row.caseNumber}>
                <Cell className="case-cell">
                  <span className="case-number" data-testid={`case-row-${row.caseNumber}`}>
                    {row.caseNumber}
                  </span>
                </Cell>
                <Cell className="case-cell case-cell-stack">
                  <span className="cell-line">
                    {row.name ?? (
                      <>
                        <span aria-hidden="true" className="muted">—</span>
                        <span className="visually-hidden">{t('caseList.nameHidden')}</span>
                      </>
                    )}
                  </span>
                  {wide || !typeOf(row) ? null : <span className="cell-line muted small">{typeOf(row)}</span>}
                </Cell>
                <Cell className="case-cell case-cell-stack">
                  <span className={`status-chip status-${row.status}`}>{t(vocabKey('status', row.status))}</span>
                  {row.intakeComplete ? null : (
                    <span className="badge badge-intake cell-line" data-testid={`intake-open-${row.caseNumber}`}>
                      {t('caseList.intakeOpen')}
                    </span>
                  )}
                </Cell>
                {wide ? <Cell className="case-cell case-cell-clamp">{typeOf(row) ? <span className="clamp-2">{typeOf(row)}</span> : <span className="muted">—</span>}</Cell> : null}
                <Cell className="case-cell case-cell-clamp">
                  <span className="assignees clamp-2" title={assigneeText(row)}>
                    {assigneeText(row)}
                  </span>
                </Cell>
                <Cell className="case-cell case-cell-clamp">
                  <span className="clamp-2">{fmt.dateTime(row.updatedAt)}</span>
                </Cell>
              </Row>
            )}
          </Collection>
          <TableLoadMoreItem className="table-loader" onLoadMore={hasMore ? onLoadMore : undefined} isLoading={loadingMore}>
            <span className="muted small">{t('caseList.loadingMore')}</span>
          </TableLoadMoreItem>
        </TableBody>
      </Table>
    </Virtualizer>
  );
}
