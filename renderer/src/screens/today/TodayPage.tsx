import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TodayItem } from '../../../../shared/referrals/schemas';
import type { Session } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { useNow } from '../../components/useNow';
import { useToday } from '../../data/today';
import { useFormat } from '../../i18n/format';
import { useIsoDay } from '../legal/isoDay';
import type { CaseTab } from '../cases/page/caseTabs';
import { canStartIntake } from '../cases/permissions';
import { caseworkItems, groupToday, type TodaySection, type TodayTarget } from './sections';

const GO_LABEL: Record<TodayTarget['kind'], string> = { case: 'today.openCase', matter: 'today.openMatter', agreements: 'today.openAgreements', backups: 'today.openBackups' };

/** How far ahead Today looks for follow-ups and tasks; expiring releases and agreements look 30 days ahead. */
const DAYS = 14;

interface Props {
  session: Session;
  openCase: (id: number, tab?: CaseTab) => void;
  openAgreements: () => void;
  openCases: () => void;
  /** Opens a legal matter in the Legal section (legal aides' deadline items). */
  openMatter: (matterId: number) => void;
  /** Opens Admin > Staff; absent for people who are not administrators. */
  onAddStaff?: () => void;
  /** Opens Admin > Backups (Today's backup warning); absent for people who are not administrators. */
  openBackups?: () => void;
}

/**
 * The first screen after unlock: what needs this person now, one section per provider, each item one
 * click (or Enter) from its case. Overdue items are marked in words, not by colour alone.
 */
export function TodayPage({ session, openCase, openAgreements, openCases, openMatter, onAddStaff, openBackups }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const isoDay = useIsoDay();
  const today = useToday(DAYS);
  const groups = groupToday(today.data ?? []);
  // Nothing due for casework: the next steps show, even beside a backup warning (a new centre has both).
  const total = caseworkItems(today.data ?? []).length;

  const go = (target: TodayTarget | null) => {
    if (!target) return;
    if (target.kind === 'case') openCase(target.caseId, target.tab);
    else if (target.kind === 'matter') openMatter(target.matterId);
    else if (target.kind === 'backups') openBackups?.();
    else openAgreements();
  };

  const item = (section: TodaySection, i: TodayItem) => {
    const target = section.target(i);
    return (
      <li key={`${i.kind}-${i.ref.type}-${i.ref.id}`} className={i.overdue ? 'today-item today-overdue' : 'today-item'} data-testid={`today-item-${i.ref.type}-${i.ref.id}`}>
        <Button className="today-open" onPress={() => go(target)} isDisabled={!target} data-testid={`today-open-${i.ref.type}-${i.ref.id}`}>
          <span className="today-when">
            {i.overdue ? <span className="badge badge-state badge-overdue">{t('today.overdue')}</span> : null}
            {/* Legal deadlines are calendar days (yyyy-mm-dd), not instants: formatted as that day everywhere. */}
            <span className="nowrap">{isoDay.isDay(i.at) ? isoDay.day(i.at) : fmt.date(i.at)}</span>
            <span className="muted small nowrap">{isoDay.isDay(i.at) ? isoDay.relative(i.at) : fmt.relative(i.at, now)}</span>
          </span>
          <span className="today-what">
            {i.caseNumber ? <span className="case-number">{i.caseNumber}</span> : null}
            <span>{section.label(i, t)}</span>
          </span>
          <span className="today-go muted small" aria-hidden="true">
            {t(target ? GO_LABEL[target.kind] : 'today.openCase')} →
          </span>
        </Button>
      </li>
    );
  };

  return (
    <div className="today-page" data-testid="today-page">
      <PageTitle>{t('today.title')}</PageTitle>
      <p className="muted">{t('today.intro', { name: session.displayName, days: DAYS })}</p>
      <ErrorMessage error={today.error} />
      {today.data && total === 0 ? (
        <div className="empty-state" data-testid="today-empty">
          <p className="empty-title">{t('today.nothing')}</p>
          {/* The next step by role, so a new centre's first screen says where to begin. */}
          {canStartIntake(session) ? (
            <>
              <p className="muted">{t('today.nextCaseworker')}</p>
              <Button className="button" onPress={openCases} data-testid="today-open-cases">
                {t('today.openCases')}
              </Button>
            </>
          ) : null}
          {onAddStaff ? (
            <>
              <p className="muted">{t('today.nextAdmin')}</p>
              <Button className="button button-link" onPress={onAddStaff} data-testid="today-add-staff">
                {t('caseList.addStaff')}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
      <div className="today-sections">
        {groups
          .filter((g) => g.items.length > 0)
          .map(({ section, items }) => (
            <section key={section.id} className="panel today-section" aria-labelledby={`today-${section.id}`} data-testid={`today-section-${section.id}`}>
              <h2 id={`today-${section.id}`}>
                {t(section.titleKey)} <span className="count-badge">{fmt.number(items.length)}</span>
              </h2>
              <ul className="today-list">{items.map((i) => item(section, i))}</ul>
            </section>
          ))}
      </div>
    </div>
  );
}
