import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { StatusMessage } from '../../components/StatusMessage';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { clearClipboardIfCopied, copyText } from '../../lock/clipboard';
import { confirmsLastGroup } from './recoveryKey';
import { Hotlines } from '../../components/Hotlines';

interface Props {
  recoveryKey: string;
  /** 'setup' after first run, 'recover' after a password reset with the previous key. */
  context: 'setup' | 'recover';
  onDone: () => void;
}

/** Shows a recovery key exactly once and does not let the user continue until they confirm they saved it. */
export function RecoveryKeyScreen({ recoveryKey, context, onDone }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const { errors, refuse, clear, formRef } = useFormErrors();
  const [copyNote, setCopyNote] = useState('');

  const copy = async () => {
    const ok = await copyText(navigator.clipboard, recoveryKey);
    setCopyNote(ok ? t('recovery.copied') : t('recovery.copyFailed'));
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!confirmsLastGroup(typed, recoveryKey)) {
      refuse({ confirmGroup: t('recovery.mismatch') });
      return;
    }
    // The key has been written down by now; it must not linger on a shared workstation's clipboard.
    await clearClipboardIfCopied(navigator.clipboard);
    onDone();
  };

  return (
    <div className="screen">
      <header className="screen-topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main className="card card-wide" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{context === 'setup' ? t('recovery.titleSetup') : t('recovery.titleRecover')}</h1>
        <div className="alert alert-warning" role="note">
          <p>
            <strong>{t('recovery.warningStrong')}</strong> {t('recovery.warning')}
          </p>
          {context === 'recover' ? <p>{t('recovery.oldKeyVoid')}</p> : null}
        </div>
        <p className="field-label">
          {t('recovery.keyLabel')}
        </p>
        <div className="recovery-key-row">
          <code className="recovery-key" data-testid="recovery-key">
            {recoveryKey}
          </code>
          <Button className="button" onPress={() => void copy()} data-testid="recovery-copy">
            {t('recovery.copy')}
          </Button>
        </div>
        <StatusMessage>{copyNote}</StatusMessage>
        <p className="muted">{t('recovery.howToStore')}</p>
        <Form ref={formRef} onSubmit={(e) => void submit(e)} validationErrors={errors} validationBehavior="aria" className="form">
          <TextInput
            name="confirmGroup"
            label={t('recovery.confirmLabel')}
            description={t('recovery.confirmHelp')}
            value={typed}
            onChange={(s) => {
              setTyped(s);
              clear('confirmGroup');
            }}
            maxLength={8}
            autoComplete="off"
            isRequired
            testId="recovery-confirm"
            className="field-narrow"
          />
          <div className="actions">
            <Button type="submit" className="button button-primary" data-testid="recovery-continue">
              {t('recovery.continue')}
            </Button>
          </div>
        </Form>
      </main>
      <footer className="screen-footer">
        <Hotlines />
      </footer>
    </div>
  );
}
