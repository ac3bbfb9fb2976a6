import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../../shared/schemas';
import { canStartIntake } from '../permissions';

interface Props {
  session: Session;
  /** True when filters or a search are set: then the answer is to loosen them, not to start work. */
  filtered: boolean;
  onClearFilters: () => void;
  onStartIntake: () => void;
  /** Opens Admin > Staff; absent for people who are not administrators. */
  onAddStaff?: () => void;
}

/**
 * What an empty case list says, by why it is empty: filters that match nothing, or a centre (or a person)
 * with no cases yet, with the next step for this person's role.
 */
export function EmptyCases({ session, filtered, onClearFilters, onStartIntake, onAddStaff }: Props) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <div className="empty-state" data-testid="cases-empty-filtered">
        <p className="empty-title">{t('caseList.empty')}</p>
        <Button className="button" onPress={onClearFilters} data-testid="empty-clear-filters">
          {t('caseList.clearFilters')}
        </Button>
      </div>
    );
  }
  const caseworker = canStartIntake(session);
  const admin = session.roles.includes('admin') && onAddStaff;
  return (
    <div className="empty-state" data-testid="cases-empty">
      <p className="empty-title">{t('caseList.noneYet')}</p>
      {caseworker ? (
        <>
          <p className="muted">{t('caseList.noneYetCaseworker')}</p>
          <Button className="button button-primary" onPress={onStartIntake} data-testid="empty-start-intake">
            {t('caseList.startIntake')}
          </Button>
        </>
      ) : null}
      {admin ? (
        <>
          <p className="muted">{t('caseList.noneYetAdmin')}</p>
          <Button className="button button-link" onPress={onAddStaff} data-testid="empty-add-staff">
            {t('caseList.addStaff')}
          </Button>
        </>
      ) : null}
      {!caseworker && !admin ? <p className="muted">{t('caseList.noneYetAssigned')}</p> : null}
    </div>
  );
}
