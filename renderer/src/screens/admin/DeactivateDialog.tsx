import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schemas';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
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
    <ConfirmDialog
      title={t('staffPage.deactivateTitle', { name: staff.displayName })}
      confirmLabel={t('staffPage.deactivate')}
      busy={deactivate.isPending}
      onConfirm={() => deactivate.mutate({ id: staff.id, version: staff.version }, { onSuccess: onDone })}
      onCancel={() => onOpenChange(false)}
      testId="staff-deactivate"
    >
      <p>{t('staffPage.deactivateBody')}</p>
      <ErrorMessage error={deactivate.error} />
    </ConfirmDialog>
  );
}
