import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseHeader } from '../../../../../shared/cases/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ModalDialog } from '../../../components/ModalDialog';
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
    <ModalDialog isOpen onOpenChange={onOpenChange} role="alertdialog" title={t('intakeWizard.discardTitle', { number: header.caseNumber })} testId="discard-intake-dialog">
      <p>{t('intakeWizard.discardBody')}</p>
      <ErrorMessage error={discard.error} />
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button-danger"
          data-busy={discard.isPending || undefined}
          onPress={() => !discard.isPending && discard.mutate({ caseId: header.id, version: header.version }, { onSuccess: onDone })}
          data-testid="discard-intake-confirm"
        >
          {t('intakeWizard.discardConfirm')}
        </Button>
      </div>
    </ModalDialog>
  );
}
