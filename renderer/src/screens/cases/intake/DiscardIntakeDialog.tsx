import { useTranslation } from 'react-i18next';
import type { CaseHeader } from '../../../../../shared/cases/schemas';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useDiscardIntake } from '../../../data/cases';

interface Props {
  header: CaseHeader;
  onOpenChange: (open: boolean) => void;
  onDone: () => void;
}

/** Confirmation before an intake that was never completed is deleted with everything in it. */
export function DiscardIntakeDialog({ header, onOpenChange, onDone }: Props) {
  const { t } = useTranslation();
  const discard = useDiscardIntake();
  return (
    <ConfirmDialog
      title={t('intakeWizard.discardTitle', { number: header.caseNumber })}
      confirmLabel={t('intakeWizard.discardConfirm')}
      busy={discard.isPending}
      onConfirm={() => discard.mutate({ caseId: header.id, version: header.version }, { onSuccess: onDone })}
      onCancel={() => onOpenChange(false)}
      testId="discard-intake"
    >
      <p>{t('intakeWizard.discardBody')}</p>
      <ErrorMessage error={discard.error} />
    </ConfirmDialog>
  );
}
