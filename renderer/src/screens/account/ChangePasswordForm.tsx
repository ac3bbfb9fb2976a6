import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { checkNewPassword } from '../../components/passwordRules';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { useChangePassword } from '../../data/vault';

interface Props {
  currentLabel: string;
  onChanged: () => void;
  autoFocus?: boolean;
}

/** Change one's own password; the core re-wraps the database key under the new one. */
export function ChangePasswordForm({ currentLabel, onChanged, autoFocus }: Props) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [v, setV] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const { errors, refuse, clear, formRef } = useFormErrors();
  const set = (k: keyof typeof v) => (value: string) => {
    setV((p) => ({ ...p, [k]: value }));
    clear(k);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (change.isPending) return; // one request at a time: a double press must not submit twice
    const found: Record<string, string> = {};
    if (!v.currentPassword) found.currentPassword = t('fieldErrors.required');
    const pw = checkNewPassword(v.newPassword, v.confirm);
    if (pw.password) found.newPassword = t(pw.password);
    if (pw.confirm) found.confirm = t(pw.confirm);
    if (!found.newPassword && v.newPassword === v.currentPassword) found.newPassword = t('fieldErrors.samePassword');
    refuse(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          setV({ currentPassword: '', newPassword: '', confirm: '' });
          onChanged();
        },
        onError: (err) => {
          setV((p) => ({ ...p, currentPassword: '' }));
          refuse(fieldErrorsOf(err, t));
        },
      },
    );
  };

  return (
    <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form form-narrow">
      <TextInput name="currentPassword" type="password" label={currentLabel} value={v.currentPassword} onChange={set('currentPassword')} isRequired autoFocus={autoFocus} autoComplete="current-password" testId="current-password" />
      <TextInput name="newPassword" type="password" label={t('fields.newPassword')} description={t('fields.passwordHelp')} value={v.newPassword} onChange={set('newPassword')} isRequired autoComplete="new-password" testId="new-password" />
      <TextInput name="confirm" type="password" label={t('fields.confirmPassword')} value={v.confirm} onChange={set('confirm')} isRequired autoComplete="new-password" testId="confirm-password" />
      <ErrorMessage error={change.error} />
      <div className="actions">
        <Button type="submit" className="button button-primary" data-busy={change.isPending || undefined} data-testid="change-password-submit">
          {t('password.submit')}
        </Button>
      </div>
    </Form>
  );
}
