import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useUnassign } from '../../../data/cases';

interface Props {
  caseId: number;
  person: { staffId: number; displayName: string };
  onClose: (message?: string) => void;
}

/** Confirmation before someone loses access to the case. An open case keeps at least one lead caseworker. */
export function UnassignDialog({ caseId, person, onClose }: Props) {
  const { t } = useTranslation();
  const unassign = useUnassign();
  const lastLead = unassign.error?.code === 'CONFLICT';
  return (
    <ConfirmDialog
      title={t('assignments.removeTitle', { name: person.displayName })}
      confirmLabel={t('assignments.remove')}
      busy={unassign.isPending}
      onConfirm={() => unassign.mutate({ caseId, staffId: person.staffId }, { onSuccess: () => onClose(t('assignments.removed', { name: person.displayName })) })}
      onCancel={() => onClose()}
      testId="unassign"
    >
      <p>{t('assignments.removeBody')}</p>
      {lastLead ? (
        <div role="alert" className="alert alert-error">
          {t('assignments.lastLead')}
        </div>
      ) : (
        <ErrorMessage error={unassign.error} />
      )}
    </ConfirmDialog>
  );
}
