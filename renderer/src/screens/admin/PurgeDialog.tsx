import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { usePurge } from '../../data/retention';
import { useFormat } from '../../i18n/format';

interface Props {
  caseIds: number[];
  onClose: (result?: OutputOf<'retention.purge'>) => void;
}

/** The last step before case files are deleted for good: what goes, that it cannot be undone, what is kept. */
export function PurgeDialog({ caseIds, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const purge = usePurge();
  const n = fmt.number(caseIds.length);
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} role="alertdialog" title={t('retentionPage.confirmTitle', { n })} testId="purge-dialog">
      <p>{t('retentionPage.confirmBody', { n })}</p>
      <p className="alert alert-warning">{t('retentionPage.confirmWarning')}</p>
      <ErrorMessage error={purge.error} />
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button-danger"
          data-busy={purge.isPending || undefined}
          onPress={() => !purge.isPending && purge.mutate({ caseIds }, { onSuccess: (r) => onClose(r) })}
          data-testid="purge-confirm"
        >
          {t('retentionPage.purge', { n })}
        </Button>
      </div>
    </ModalDialog>
  );
}
