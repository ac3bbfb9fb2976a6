import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DEADLINE_KINDS, MATTER_JURISDICTIONS, type DeadlineKind } from '../../../../shared/legal';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { useDeadlines } from '../../data/legal';
import { useFormat } from '../../i18n/format';
import { FlagList } from './FlagList';
import { useIsoDay } from './isoDay';
import { KIND_LABEL, TYPE_LABEL } from './labels';
import { UrgencyBadge } from './UrgencyBadge';

type Due = 'overdue' | 'today' | 'soon' | 'all';
const DUE: readonly Due[] = ['overdue', 'today', 'soon', 'all'];
const ANY = 'any';

export interface DeadlineFilters {
  due: Due;
  kind: DeadlineKind | typeof ANY;
  jurisdiction: 'US' | 'CA' | typeof ANY;
  mine: boolean;
  reminders: boolean;
}
export const INITIAL_DEADLINE_FILTERS: DeadlineFilters = { due: 'soon', kind: ANY, jurisdiction: ANY, mine: false, reminders: false };

/**
 * The legal aide's deadlines across their cases: due today, soon, overdue or all, by kind and jurisdiction.
 * Rows carry the case NUMBER only (a name would travel wherever this screen is seen), the matter, the
 * deadline, its date and its urgency in words and shape; each opens its matter.
 */
export function DeadlinesPage({ filters, onFilters, onOpenMatter }: { filters: DeadlineFilters; onFilters: (f: DeadlineFilters) => void; onOpenMatter: (matterId: number) => void }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const fmt = useFormat();
  const soonDays = 7; // as Today and the urgency badge (DOMAIN.md: Primero marks tasks due soon 7 days ahead)
  const list = useDeadlines({
    due: filters.due,
    soonDays,
    ...(filters.kind !== ANY ? { kind: filters.kind } : {}),
    ...(filters.jurisdiction !== ANY ? { jurisdiction: filters.jurisdiction } : {}),
    mine: filters.mine,
    includeReminders: filters.reminders,
    limit: 500,
  });
  const rows = list.data ?? [];
  const set = (patch: Partial<DeadlineFilters>) => onFilters({ ...filters, ...patch });
  const filtered = filters.due !== INITIAL_DEADLINE_FILTERS.due || filters.kind !== ANY || filters.jurisdiction !== ANY || filters.mine || filters.reminders;

  return (
    <section aria-labelledby="legal-deadlines-title" data-testid="legal-deadlines">
      <h2 id="legal-deadlines-title" className="visually-hidden">
        {t('legalPage.deadlines.title')}
      </h2>
      <p className="muted">{t('legalPage.deadlines.intro', { days: soonDays })}</p>
      <div className="filters" role="group" aria-label={t('legalPage.filter.label')}>
        <SelectField
          label={t('legalPage.filter.due')}
          options={DUE.map((d) => ({ id: d, label: t(`legalPage.filter.due_${d}`, { days: soonDays }) }))}
          value={filters.due}
          onChange={(v) => set({ due: v as Due })}
          testId="legal-filter-due"
        />
        <SelectField
          label={t('legalPage.filter.kind')}
          options={[{ id: ANY, label: t('legalPage.filter.anyKind') }, ...DEADLINE_KINDS.filter((k) => k !== 'reminder' || filters.reminders).map((k) => ({ id: k, label: t(KIND_LABEL[k]) }))]}
          value={filters.kind}
          onChange={(v) => set({ kind: v as DeadlineFilters['kind'] })}
          testId="legal-filter-kind"
        />
        <SelectField
          label={t('legalPage.filter.jurisdiction')}
          options={[{ id: ANY, label: t('legalPage.filter.anyJurisdiction') }, ...MATTER_JURISDICTIONS.map((j) => ({ id: j, label: t(`jurisdiction.${j}`) }))]}
          value={filters.jurisdiction}
          onChange={(v) => set({ jurisdiction: v as DeadlineFilters['jurisdiction'] })}
          testId="legal-filter-jurisdiction"
        />
        <Checkbox className="checkbox" isSelected={filters.mine} onChange={(v) => set({ mine: v })} data-testid="legal-filter-mine">
          <span className="checkbox-box" aria-hidden="true" />
          <span>{t('legalPage.filter.mine')}</span>
        </Checkbox>
        <Checkbox className="checkbox" isSelected={filters.reminders} onChange={(v) => set({ reminders: v, ...(v ? {} : filters.kind === 'reminder' ? { kind: ANY } : {}) })} data-testid="legal-filter-reminders">
          <span className="checkbox-box" aria-hidden="true" />
          <span>{t('legalPage.filter.reminders')}</span>
        </Checkbox>
        {filtered ? (
          <Button className="button button-small filters-clear" onPress={() => onFilters(INITIAL_DEADLINE_FILTERS)} data-testid="legal-filter-clear">
            {t('legalPage.filter.clear')}
          </Button>
        ) : null}
      </div>
      <p className="case-count muted small" role="status" data-testid="legal-deadline-count">
        {list.data ? t('legalPage.deadlines.count', { n: fmt.number(rows.length) }) : ''}
      </p>
      <ErrorMessage error={list.error} />
      {list.data && rows.length === 0 ? (
        <p className="empty-state" data-testid="legal-deadlines-empty">
          {t('legalPage.deadlines.none')}
        </p>
      ) : null}
      {rows.length ? (
        <div className="table-wrap" data-scroll-x>
          <table className="table legal-deadline-table" data-testid="legal-deadline-table">
            <caption className="visually-hidden">{t('legalPage.deadlines.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalPage.col.case')}</th>
                <th scope="col">{t('legalPage.col.matter')}</th>
                <th scope="col">{t('legalPage.col.deadline')}</th>
                <th scope="col">{t('legalPage.col.date')}</th>
                <th scope="col">{t('legalPage.col.urgency')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('legalPage.col.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-testid={`legal-deadline-${r.key}`} data-urgency={r.urgency}>
                  <th scope="row" className="case-number nowrap">
                    {r.caseNumber}
                  </th>
                  <td>
                    {t(TYPE_LABEL[r.matterType])} <span className="muted small">· {t(`jurisdiction.${r.jurisdiction}`)}</span>
                  </td>
                  <td>
                    {t(KIND_LABEL[r.kind])}
                    {r.offsetDays !== null && r.kind === 'reminder' ? <span className="muted small"> · {t('legalPage.deadline.daysBefore', { n: r.offsetDays })}</span> : null}
                    <FlagList flags={r.flags} overridden={r.override !== null} compact />
                  </td>
                  <td className="nowrap">{r.date ? day.day(r.date) : t('legalPage.deadline.noDate')}</td>
                  <td>
                    <UrgencyBadge urgency={r.urgency} />
                  </td>
                  <td className="nowrap">
                    <Button className="button button-small" onPress={() => onOpenMatter(r.matterId)} data-testid={`legal-open-matter-${r.key}`}>
                      {t('legalPage.openMatter')}
                      <span className="visually-hidden"> {t('legalPage.openMatterOf', { caseNumber: r.caseNumber, deadline: t(KIND_LABEL[r.kind]) })}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
