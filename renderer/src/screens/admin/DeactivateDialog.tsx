import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useDeactivateStaff } from '../../data/staff';

interface Props {
  staff: Staff;
  onOpenChange: (open: boolean) => void;
  onDone: (s: Staff) => void;
}

/** Confirmation before an account stops working; LAST_ADMIN and CONFLICT are shown here. */
export function DeactivateDialog({ staff, onOpenChange, onDone }: Props) {
  const { t } = useTranslation();
  const deactivate = useDeactivateStaff();
  return (
    <ModalDialog isOpen onOpenChange={onOpenChange} role="alertdialog" title={t('staffPage.deactivateTitle', { name: staff.displayName })} testId="staff-deactivate-dialog">
      <p>{t('staffPage.deactivateBody')}</p>
      <ErrorMessage error={deactivate.error} />
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button-danger"
          data-busy={deactivate.isPending || undefined}
          onPress={() => !deactivate.isPending && deactivate.mutate({ id: staff.id, version: staff.version }, { onSuccess: onDone })}
          data-testid="staff-deactivate-confirm"
        >
          {t('staffPage.deactivate')}
        </Button>
      </div>
    </ModalDialog>
  );
}
