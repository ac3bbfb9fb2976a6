import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { MIN_PASSWORD } from '../../components/passwordRules';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { useReactivateStaff, useResetStaffPassword } from '../../data/staff';

interface Props {
  staff: Staff;
  mode: 'resetPassword' | 'reactivate';
  onOpenChange: (open: boolean) => void;
  onDone: (s: Staff) => void;
}

/** Reset a password or reactivate an account: both give a temporary password to change at next unlock. */
export function PasswordDialog({ staff, mode, onOpenChange, onDone }: Props) {
  const { t } = useTranslation();
  const reset = useResetStaffPassword();
  const reactivate = useReactivateStaff();
  const call = mode === 'reactivate' ? reactivate : reset;
  const [password, setPassword] = useState('');
  const { errors, refuse, clear, formRef } = useFormErrors();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (call.isPending) return; // one request at a time: a double press must not submit twice
    if (password.length < MIN_PASSWORD) {
      refuse({ temporaryPassword: t('fieldErrors.password') });
      return;
    }
    refuse({});
    call.mutate({ id: staff.id, version: staff.version, temporaryPassword: password }, { onSuccess: onDone, onError: (err) => refuse(fieldErrorsOf(err, t)) });
  };

  const title = mode === 'reactivate' ? t('staffPage.reactivateTitle', { name: staff.displayName }) : t('staffPage.resetTitle', { name: staff.displayName });
  return (
    <ModalDialog isOpen onOpenChange={onOpenChange} title={title} testId="staff-password-dialog">
      <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
        <p>{mode === 'reactivate' ? t('staffPage.reactivateBody') : t('staffPage.resetBody')}</p>
        <TextInput
          name="temporaryPassword"
          type="password"
          label={t('fields.temporaryPassword')}
          description={t('staffPage.temporaryHelp')}
          value={password}
          onChange={(s) => {
            setPassword(s);
            clear('temporaryPassword');
          }}
          isRequired
          autoFocus
          autoComplete="new-password"
          testId="staff-password-input"
        />
        <ErrorMessage error={call.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={call.isPending || undefined} data-testid="staff-password-submit">
            {mode === 'reactivate' ? t('staffPage.reactivate') : t('staffPage.resetPassword')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
