import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { checkNewPassword } from '../../components/passwordRules';
import { TextInput } from '../../components/TextInput';
import { useCountdown } from '../../components/useCountdown';
import { useFormErrors } from '../../components/useFormErrors';
import { useRecover } from '../../data/vault';

interface Props {
  onRecovered: (newRecoveryKey: string) => void;
  onCancel: () => void;
}

/** Sets a new password with the recovery key. The core issues a new key, shown next; the old one stops working. */
export function RecoverForm({ onRecovered, onCancel }: Props) {
  const { t } = useTranslation();
  const recover = useRecover();
  const [v, setV] = useState({ username: '', recoveryKey: '', newPassword: '', confirm: '' });
  const { errors, refuse, clear, formRef } = useFormErrors();
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const wait = useCountdown(retryAt);
  const set = (k: keyof typeof v) => (value: string) => {
    setV((p) => ({ ...p, [k]: value }));
    clear(k);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (recover.isPending) return; // one request at a time: a double press must not submit twice
    const found: Record<string, string> = {};
    if (!v.username.trim()) found.username = t('fieldErrors.required');
    if (!v.recoveryKey.trim()) found.recoveryKey = t('fieldErrors.required');
    const pw = checkNewPassword(v.newPassword, v.confirm);
    if (pw.password) found.newPassword = t(pw.password);
    if (pw.confirm) found.confirm = t(pw.confirm);
    refuse(found);
    if (Object.keys(found).length > 0 || wait > 0) return;
    recover.mutate(
      { username: v.username.trim().toLowerCase(), recoveryKey: v.recoveryKey.trim(), newPassword: v.newPassword },
      {
        onSuccess: (r) => onRecovered(r.recoveryKey),
        onError: (err) => {
          refuse(fieldErrorsOf(err, t));
          setRetryAt(err.retryAfterMs ? Date.now() + err.retryAfterMs : null);
        },
      },
    );
  };

  return (
    <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form" aria-labelledby="lock-title">
      <p className="muted">{t('recover.intro')}</p>
      <TextInput name="username" label={t('fields.username')} value={v.username} onChange={set('username')} isRequired autoFocus autoComplete="username" testId="recover-username" />
      <TextInput
        name="recoveryKey"
        label={t('recover.recoveryKey')}
        description={t('recover.recoveryKeyHelp')}
        value={v.recoveryKey}
        onChange={set('recoveryKey')}
        isRequired
        autoComplete="off"
        testId="recover-key"
      />
      <TextInput name="newPassword" type="password" label={t('fields.newPassword')} description={t('fields.passwordHelp')} value={v.newPassword} onChange={set('newPassword')} isRequired autoComplete="new-password" testId="recover-new-password" />
      <TextInput name="confirm" type="password" label={t('fields.confirmPassword')} value={v.confirm} onChange={set('confirm')} isRequired autoComplete="new-password" testId="recover-confirm" />
      <ErrorMessage error={recover.error} />
      <p role="status" className={wait > 0 ? 'muted' : 'status-empty'}>
        {wait > 0 ? t('lock.waitSeconds', { seconds: wait }) : ''}
      </p>
      <div className="actions actions-spread">
        <Button type="submit" className="button button-primary" isDisabled={wait > 0} data-busy={recover.isPending || undefined} data-testid="recover-submit">
          {t('recover.submit')}
        </Button>
        <Button className="button button-link" onPress={onCancel} data-testid="recover-cancel">
          {t('recover.back')}
        </Button>
      </div>
    </Form>
  );
}
