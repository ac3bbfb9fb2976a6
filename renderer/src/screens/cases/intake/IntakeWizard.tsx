import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { useCaseFile } from '../../../data/cases';
import type { CasesNav } from '../nav';
import { BackToList } from '../page/BackToList';
import { IntakeForm } from './IntakeForm';

/** A new intake, or the resumption of a half-done one (loaded first, so the form starts from what was saved). */
export function IntakeWizard({ caseId, nav }: { caseId: number | null; nav: CasesNav }) {
  if (caseId === null) return <IntakeForm initial={null} nav={nav} />;
  return <ResumeIntake caseId={caseId} nav={nav} />;
}

function ResumeIntake({ caseId, nav }: { caseId: number; nav: CasesNav }) {
  const { t } = useTranslation();
  const file = useCaseFile(caseId);
  if (file.data) return <IntakeForm initial={file.data} nav={nav} />;
  return (
    <div className="intake">
      <BackToList nav={nav} />
      <PageTitle>{t('intakeWizard.title')}</PageTitle>
      {file.isPending ? <p className="muted">{t('common.loading')}</p> : <ErrorMessage error={file.error} />}
    </div>
  );
}
