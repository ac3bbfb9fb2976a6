import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { CaseLegalNotice } from '../../legal/CaseLegalNotice';
import { actsAsCaseworker, canManageAssignments } from '../permissions';
import { vocabKey } from '../vocab';
import { AssignmentsPanel } from './AssignmentsPanel';
import { StatusControl } from './StatusControl';
import type { CaseTabProps } from './tabProps';
import { TasksPanel } from './TasksPanel';

/** The header of the file: deadlines first, then status, intake, dates and the people on the case. */
export function OverviewTab({ file, session, nav }: CaseTabProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const h = file.header;
  const casework = actsAsCaseworker(file);
  return (
    <div className="overview">
      <TasksPanel file={file} canAct={casework} />
      <CaseLegalNotice file={file} />
      <div className="overview-grid">
        <section className="panel" aria-labelledby="overview-title">
          <h2 id="overview-title">{t('casePage.summary')}</h2>
          <dl className="facts">
            <dt>{t('casePage.caseNumber')}</dt>
            <dd className="case-number">{h.caseNumber}</dd>
            <dt>{t('caseList.status')}</dt>
            <dd>{casework ? <StatusControl key={h.version} file={file} /> : t(vocabKey('status', h.status))}</dd>
            <dt>{t('casePage.intake')}</dt>
            <dd>
              {h.intakeComplete ? t('casePage.intakeComplete') : t('casePage.intakeIncomplete')}
              {!h.intakeComplete && casework ? (
                <Button className="button button-small continue-intake" onPress={() => nav.intake(h.id)} data-testid="continue-intake">
                  {t('casePage.continueIntake')}
                </Button>
              ) : null}
            </dd>
            <dt>{t('casePage.opened')}</dt>
            <dd>{fmt.dateTime(h.openedAt)}</dd>
            {h.closedAt ? (
              <>
                <dt>{t('casePage.closed')}</dt>
                <dd>{fmt.dateTime(h.closedAt)}</dd>
              </>
            ) : null}
            <dt>{t('casePage.updated')}</dt>
            <dd>{fmt.dateTime(h.updatedAt)}</dd>
            <dt>{t('casePage.yourRole')}</dt>
            <dd>{file.myCaseRoles.length ? file.myCaseRoles.map((r) => t(vocabKey('caseRole', r))).join(', ') : t('casePage.notOnCase')}</dd>
          </dl>
        </section>
        <AssignmentsPanel file={file} canManage={canManageAssignments(file, session)} />
      </div>
    </div>
  );
}
