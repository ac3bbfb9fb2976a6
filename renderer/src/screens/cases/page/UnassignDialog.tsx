import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/ModalDialog';
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
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} role="alertdialog" title={t('assignments.removeTitle', { name: person.displayName })} testId="unassign-dialog">
      <p>{t('assignments.removeBody')}</p>
      {lastLead ? (
        <div role="alert" className="alert alert-error">
          {t('assignments.lastLead')}
        </div>
      ) : (
        <ErrorMessage error={unassign.error} />
      )}
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button-danger"
          data-busy={unassign.isPending || undefined}
          onPress={() => !unassign.isPending && unassign.mutate({ caseId, staffId: person.staffId }, { onSuccess: () => onClose(t('assignments.removed', { name: person.displayName })) })}
          data-testid="unassign-confirm"
        >
          {t('assignments.remove')}
        </Button>
      </div>
    </ModalDialog>
  );
}
