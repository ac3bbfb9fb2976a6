import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
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
    <ConfirmDialog
      title={t('retentionPage.confirmTitle', { n })}
      confirmLabel={t('retentionPage.purge', { n })}
      busy={purge.isPending}
      onConfirm={() => purge.mutate({ caseIds }, { onSuccess: (r) => onClose(r) })}
      onCancel={() => onClose()}
      testId="purge"
    >
      <p>{t('retentionPage.confirmBody', { n })}</p>
      <p className="alert alert-warning">{t('retentionPage.confirmWarning')}</p>
      <ErrorMessage error={purge.error} />
    </ConfirmDialog>
  );
}
