import { useTranslation } from 'react-i18next';
import { breakGlassCapacity } from '../../../../../shared/cases/access';
import type { Session } from '../../../../../shared/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { useCaseFile } from '../../../data/cases';
import type { CasesNav } from '../nav';
import { BackToList } from './BackToList';
import { BreakGlassForm } from './BreakGlassForm';
import { CaseFileView } from './CaseFileView';
import type { CaseTab } from './caseTabs';

interface Props {
  caseId: number;
  initialTab: CaseTab | undefined;
  session: Session;
  nav: CasesNav;
}

/**
 * Opens one case file. A refusal for need-to-know offers break-the-glass to those allowed it (caseworkers,
 * legal aides); anyone else sees why they cannot open it.
 */
export function CasePage({ caseId, initialTab, session, nav }: Props) {
  const { t } = useTranslation();
  const file = useCaseFile(caseId);

  if (file.data) return <CaseFileView file={file.data} session={session} initialTab={initialTab} nav={nav} />;
  const needToKnow = file.error?.code === 'NEED_TO_KNOW';
  return (
    <div className="case-page">
      <BackToList nav={nav} />
      <PageTitle>{file.isPending ? t('casePage.opening') : needToKnow ? t('casePage.notAssigned') : t('casePage.cannotOpen')}</PageTitle>
      {file.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {file.error && !needToKnow ? <ErrorMessage error={file.error} /> : null}
      {needToKnow ? (
        breakGlassCapacity(session.roles) ? (
          <BreakGlassForm caseId={caseId} onCancel={() => nav.list()} />
        ) : (
          <ErrorMessage error={file.error} />
        )
      ) : null}
    </div>
  );
}
