import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useCaseList } from '../../data/cases';
import { toHavenError } from '../../data/result';
import type { CaseTab } from '../cases/page/caseTabs';

/**
 * A mentor's mentees: case number and the name to use, and the way to their contact safety and their
 * sessions. Nothing else: a mentor has no need for legal or screening detail, and the core gives them none.
 */
export function MenteesPanel({ session, openCase }: { session: Session; openCase: (id: number, tab?: CaseTab) => void }) {
  const { t } = useTranslation();
  const cases = useCaseList({ assigneeId: session.staffId, sort: 'caseNumber', dir: 'asc' });
  const mine = (cases.data?.rows ?? []).filter((r) => r.assignees.some((a) => a.staffId === session.staffId && a.caseRole === 'mentor'));
  return (
    <section aria-labelledby="mentees-title" data-testid="mentees">
      <h2 id="mentees-title">{t('schedule.menteesTitle')}</h2>
      <p className="muted small">{t('schedule.menteesIntro')}</p>
      <ErrorMessage error={cases.error ? toHavenError(cases.error) : null} />
      {cases.data && mine.length === 0 ? <p className="muted">{t('schedule.menteesNone')}</p> : null}
      <ul className="mentee-list">
        {mine.map((r) => (
          <li key={r.id} className="mentee" data-testid={`mentee-${r.id}`}>
            <span className="case-number">{r.caseNumber}</span>
            <span className="mentee-name">{r.name ?? ''}</span>
            <span className="mentee-actions">
              <Button className="button button-small" onPress={() => openCase(r.id, 'contact')} data-testid={`mentee-contact-${r.id}`}>
                {t('schedule.contactSafety')}
              </Button>
              <Button className="button button-small" onPress={() => openCase(r.id, 'sessions')} data-testid={`mentee-sessions-${r.id}`}>
                {t('schedule.sessionsTab')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
