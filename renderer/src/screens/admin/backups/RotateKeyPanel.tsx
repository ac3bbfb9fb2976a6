import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ModalDialog } from '../../../components/ModalDialog';
import { useRotateKey } from '../../../data/rekey';
import { useFormat } from '../../../i18n/format';
import { ProgressLine } from './ProgressLine';

/**
 * Re-keying on demand (it also runs after every deactivation): what it protects against, what it does not
 * (a copy of the database file taken earlier), then a confirmation. The core does the whole re-key in one
 * request, so the bar is indeterminate; the dialog cannot be dismissed until it ends.
 */
export function RotateKeyPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rotate = useRotateKey();
  const [open, setOpen] = useState(false);
  // The count, not the sentence: the message follows a language switch.
  const [done, setDone] = useState<number | null>(null);

  return (
    <section className="panel backups-panel backups-key" aria-labelledby="backups-key-title">
      <h3 id="backups-key-title">{t('backupsPage.keyTitle')}</h3>
      <p className="muted small">{t('backupsPage.keyIntro')}</p>
      <div className="actions actions-start">
        <Button
          className="button"
          onPress={() => {
            rotate.reset();
            setDone(null);
            setOpen(true);
          }}
          data-testid="rotate-key-open"
        >
          {t('backupsPage.keyRotate')}
        </Button>
        <span role="status" className={done !== null ? 'backups-note' : 'status-empty'} data-testid="rotate-key-status">
          {done !== null ? t('backupsPage.keyDone', { n: fmt.number(done) }) : ''}
        </span>
      </div>
      <ModalDialog
        isOpen={open}
        onOpenChange={(o) => {
          if (!o && !rotate.isPending) setOpen(false);
        }}
        role="alertdialog"
        title={t('backupsPage.keyConfirmTitle')}
        testId="rotate-key-dialog"
      >
        <ul className="restore-steps">
          <li>{t('backupsPage.keyWhat')}</li>
          <li>{t('backupsPage.keyPasswords')}</li>
          <li>{t('backupsPage.keyBackups')}</li>
        </ul>
        {rotate.isPending ? <ProgressLine label={t('backupsPage.keyRotating')} fraction={null} testId="rotate-key-progress" /> : null}
        <ErrorMessage error={rotate.error} />
        <div className="actions">
          <Button className="button" slot="close" autoFocus isDisabled={rotate.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            className="button button-primary"
            data-busy={rotate.isPending || undefined}
            onPress={() => {
              if (rotate.isPending) return;
              rotate.mutate(undefined, {
                onSuccess: (r) => {
                  setOpen(false);
                  setDone(r.documents);
                },
              });
            }}
            data-testid="rotate-key-confirm"
          >
            {t('backupsPage.keyConfirm')}
          </Button>
        </div>
      </ModalDialog>
    </section>
  );
}
