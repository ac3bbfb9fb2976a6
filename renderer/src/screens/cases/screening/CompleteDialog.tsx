import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../../../../shared/screening';
import { ModalDialog } from '../../../components/ModalDialog';
import { READING_LABEL, readingOf } from './reading';

interface Props {
  summary: ScoreSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Before completing: the result as it will be stored, and what stays unanswered (never counted as "no"). */
export function CompleteDialog({ summary, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onCancel()} role="alertdialog" title={t('screeningPage.completeTitle')} testId="screening-complete-dialog">
      <p>
        {t('screeningPage.completeBody', {
          score: String(summary.score),
          max: String(summary.maxScore),
          reading: t(READING_LABEL[readingOf(summary)]),
        })}
      </p>
      {summary.unanswered + summary.declined > 0 ? (
        <p className="alert alert-warning">{t('screeningPage.completeGaps', { declined: String(summary.declined), unanswered: String(summary.unanswered) })}</p>
      ) : null}
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('screeningPage.keepAnswering')}
        </Button>
        <Button className="button button-primary" data-busy={busy || undefined} onPress={onConfirm} data-testid="screening-complete-confirm">
          {t('screeningPage.complete')}
        </Button>
      </div>
    </ModalDialog>
  );
}
