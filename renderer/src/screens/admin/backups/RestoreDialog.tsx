import { useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/contract/backups';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ModalDialog } from '../../../components/ModalDialog';
import { TextInput } from '../../../components/TextInput';
import { useFormErrors } from '../../../components/useFormErrors';
import { useRestoreBackup } from '../../../data/backups';
import { useFormat } from '../../../i18n/format';
import { lock } from '../../../lock';
import { ProgressLine } from './ProgressLine';

interface Props {
  backup: BackupEntry;
  onClose: () => void;
}

type Step = 'explain' | 'confirm' | 'done';

/**
 * Restore in two deliberate steps. First what will happen (a new folder, checked, then swapped; the current
 * data moved aside and kept; later changes not in the backup), then the password and an explicit "I
 * understand" before the danger button. While the core works the dialog cannot be dismissed; afterwards
 * Haven is locked by the core and the person signs in again on the restored data.
 */
export function RestoreDialog({ backup, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const restore = useRestoreBackup();
  const [step, setStep] = useState<Step>('explain');
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [keptAs, setKeptAs] = useState('');
  const { errors, refuse, clear, formRef } = useFormErrors();
  const when = fmt.dateTime(backup.createdAt);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (restore.isPending) return;
    const found: Record<string, string> = {};
    if (!password) found.password = t('fieldErrors.required');
    if (!understood) found.understood = t('backupsPage.restoreMustConfirm');
    refuse(found);
    if (Object.keys(found).length) return;
    restore.mutate(
      { backupId: backup.id, password },
      {
        onSuccess: (r) => {
          setPassword('');
          setKeptAs(r.keptAs);
          setStep('done');
        },
        onError: (err) => {
          if (err.code === 'BAD_CREDENTIALS') refuse({ password: t('errors.BAD_CREDENTIALS') });
        },
      },
    );
  };

  const close = (open: boolean) => {
    // Never dismissed mid-restore, and once done the only way on is to sign in again.
    if (!open && !restore.isPending && step !== 'done') onClose();
  };

  return (
    <ModalDialog isOpen onOpenChange={close} role="alertdialog" title={t('backupsPage.restoreTitle', { when })} testId="restore-dialog" wide>
      {step === 'explain' ? (
        <>
          <p>{t('backupsPage.restoreIntro', { when })}</p>
          <ol className="restore-steps" data-testid="restore-explain">
            <li>{t('backupsPage.restoreStep1')}</li>
            <li>{t('backupsPage.restoreStep2')}</li>
            <li>{t('backupsPage.restoreStep3')}</li>
          </ol>
          <p className="alert alert-warning">{t('backupsPage.restoreLater', { when })}</p>
          <div className="actions">
            <Button className="button" slot="close" autoFocus>
              {t('common.cancel')}
            </Button>
            <Button className="button button-primary" onPress={() => setStep('confirm')} data-testid="restore-continue">
              {t('backupsPage.restoreContinue')}
            </Button>
          </div>
        </>
      ) : null}
      {step === 'confirm' ? (
        <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
          <p>{t('backupsPage.restoreConfirmBody', { when })}</p>
          <TextInput
            name="password"
            type="password"
            label={t('backupsPage.restorePassword')}
            description={t('backupsPage.restorePasswordHelp')}
            value={password}
            onChange={(v) => {
              setPassword(v);
              clear('password');
            }}
            autoComplete="current-password"
            isDisabled={restore.isPending}
            autoFocus
            testId="restore-password"
          />
          <Checkbox
            name="understood"
            className="checkbox"
            isSelected={understood}
            onChange={(v) => {
              setUnderstood(v);
              clear('understood');
            }}
            isInvalid={'understood' in errors}
            aria-describedby={'understood' in errors ? 'restore-understood-error' : undefined}
            isDisabled={restore.isPending}
            data-testid="restore-understood"
          >
            <span className="checkbox-box" aria-hidden="true" />
            <span>{t('backupsPage.restoreUnderstand', { when })}</span>
          </Checkbox>
          {'understood' in errors ? (
            <p className="field-error" id="restore-understood-error" role="alert">
              {errors.understood}
            </p>
          ) : null}
          {restore.isPending ? <ProgressLine label={t('backupsPage.restoring')} fraction={null} testId="restore-progress" /> : null}
          <ErrorMessage error={restore.error && restore.error.code !== 'BAD_CREDENTIALS' ? restore.error : null} />
          <div className="actions actions-spread">
            <Button className="button button-link" onPress={() => setStep('explain')} isDisabled={restore.isPending} data-testid="restore-back">
              {t('backupsPage.restoreBack')}
            </Button>
            <span className="actions">
              <Button className="button" slot="close" isDisabled={restore.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" className="button button-danger" data-busy={restore.isPending || undefined} data-testid="restore-confirm">
                {t('backupsPage.restoreSubmit')}
              </Button>
            </span>
          </div>
        </Form>
      ) : null}
      {step === 'done' ? (
        <>
          <p className="alert alert-ok" role="status" data-testid="restore-done">
            {t('backupsPage.restoreDone', { when })}
          </p>
          <p>{t('backupsPage.keptAs', { path: keptAs })}</p>
          <div className="actions">
            <Button className="button button-primary" autoFocus onPress={() => void lock('user')} data-testid="restore-signin">
              {t('backupsPage.restoreSignIn')}
            </Button>
          </div>
        </>
      ) : null}
    </ModalDialog>
  );
}
