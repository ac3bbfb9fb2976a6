import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/roles';
import type { Staff } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { MIN_PASSWORD } from '../../components/passwordRules';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { useCreateStaff } from '../../data/staff';
import { RoleCheckboxes } from './RoleCheckboxes';

interface Props {
  onOpenChange: (open: boolean) => void;
  onDone: (s: Staff) => void;
}

/** New account with a temporary password; the person must replace it at their first unlock. */
export function CreateStaffDialog({ onOpenChange, onDone }: Props) {
  const { t } = useTranslation();
  const create = useCreateStaff();
  const [v, setV] = useState({ username: '', displayName: '', temporaryPassword: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const { errors, refuse, clear, formRef } = useFormErrors();
  const set = (k: keyof typeof v) => (value: string) => {
    setV((p) => ({ ...p, [k]: value }));
    clear(k);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (create.isPending) return; // one request at a time: a double press must not submit twice
    const found: Record<string, string> = {};
    if (!/^[a-z0-9][a-z0-9._-]{1,31}$/i.test(v.username.trim())) found.username = t('fieldErrors.username');
    if (!v.displayName.trim()) found.displayName = t('fieldErrors.displayName');
    if (roles.length === 0) found.roles = t('fieldErrors.roles');
    if (v.temporaryPassword.length < MIN_PASSWORD) found.temporaryPassword = t('fieldErrors.password');
    refuse(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { username: v.username.trim().toLowerCase(), displayName: v.displayName.trim(), roles, temporaryPassword: v.temporaryPassword },
      { onSuccess: onDone, onError: (err) => refuse(fieldErrorsOf(err, t)) },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={onOpenChange} title={t('staffPage.createTitle')} testId="staff-create-dialog" wide>
      <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
        <div className="field-row">
          <TextInput name="username" label={t('fields.username')} description={t('fields.usernameHelp')} value={v.username} onChange={set('username')} isRequired autoFocus autoComplete="off" testId="staff-username" />
          <TextInput name="displayName" label={t('fields.displayName')} value={v.displayName} onChange={set('displayName')} isRequired autoComplete="off" testId="staff-display-name" />
        </div>
        <RoleCheckboxes
          value={roles}
          onChange={(r) => {
            setRoles(r);
            clear('roles');
          }}
          testIdPrefix="staff"
        />
        <TextInput
          name="temporaryPassword"
          type="password"
          label={t('fields.temporaryPassword')}
          description={t('staffPage.temporaryHelp')}
          value={v.temporaryPassword}
          onChange={set('temporaryPassword')}
          isRequired
          autoComplete="new-password"
          testId="staff-temp-password"
        />
        {/* A taken login comes back as CONFLICT on the username field: the field says it; the generic
            "someone changed this record" text would mislead. */}
        <ErrorMessage error={create.error?.code === 'CONFLICT' && create.error.fields ? null : create.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={create.isPending || undefined} data-testid="staff-create-submit">
            {t('staffPage.createSubmit')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
