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
}

export const ROW_HEIGHT = 34;

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
export function CaseTable({ rows, state, onSort, onOpen, hasMore, loadingMore, onLoadMore, loading }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
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
          <Column id="caseNumber" isRowHeader allowsSorting width={150} className="case-col">
            {header(t('caseList.caseNumber'))}
          </Column>
          <Column id="name" width="1.4fr" minWidth={140} className="case-col">
            {header(t('caseList.name'))}
          </Column>
          <Column id="status" allowsSorting width={235} className="case-col">
            {header(t('caseList.status'))}
          </Column>
          <Column id="traffickingType" width={130} className="case-col">
            {header(t('caseList.traffickingType'))}
          </Column>
          <Column id="assignees" width="1.3fr" minWidth={160} className="case-col">
            {header(t('caseList.assignees'))}
          </Column>
          <Column id="updatedAt" allowsSorting width={165} className="case-col">
            {header(t('caseList.updated'))}
          </Column>
        </TableHeader>
        <TableBody className="case-table-body" renderEmptyState={() => <div className="table-empty">{loading ? t('common.loading') : t('caseList.empty')}</div>}>
          <Collection items={rows}>
            {(row) => (
              <Row id={row.id} className="case-row" textValue={row.caseNumber}>
                <Cell className="case-cell">
                  <span className="case-number" data-testid={`case-row-${row.caseNumber}`}>
                    {row.caseNumber}
                  </span>
                </Cell>
                <Cell className="case-cell">
                  {row.name ?? (
                    <>
                      <span aria-hidden="true" className="muted">—</span>
                      <span className="visually-hidden">{t('caseList.nameHidden')}</span>
                    </>
                  )}
                </Cell>
                <Cell className="case-cell">
                  <span className={`status-chip status-${row.status}`}>{t(vocabKey('status', row.status))}</span>
                  {row.intakeComplete ? null : (
                    <span className="badge badge-intake" data-testid={`intake-open-${row.caseNumber}`}>
                      {t('caseList.intakeOpen')}
                    </span>
                  )}
                </Cell>
                <Cell className="case-cell">{row.traffickingType && inVocabulary('traffickingType', row.traffickingType) ? t(vocabKey('traffickingType', row.traffickingType)) : <span className="muted">—</span>}</Cell>
                <Cell className="case-cell">
                  <span className="assignees">
                    {row.assignees.map((a) => `${a.displayName} (${t(vocabKey('caseRole', a.caseRole))})`).join(', ')}
                  </span>
                </Cell>
                <Cell className="case-cell nowrap">{fmt.dateTime(row.updatedAt)}</Cell>
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
