import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/roles';
import { staffSchema, type Staff } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { useUpdateStaff } from '../../data/staff';
import { RoleCheckboxes } from './RoleCheckboxes';

interface Props {
  staff: Staff;
  onOpenChange: (open: boolean) => void;
  onDone: (s: Staff) => void;
}

/**
 * Name and roles. The update names the version this dialog read; if someone changed the account meanwhile
 * (CONFLICT), the form is reset to the record as it is now so the admin reviews it before saving again.
 */
export function EditStaffDialog({ staff, onOpenChange, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateStaff();
  const [base, setBase] = useState(staff);
  const [displayName, setDisplayName] = useState(staff.displayName);
  const [roles, setRoles] = useState<Role[]>(staff.roles);
  const { errors, refuse, clear, formRef } = useFormErrors();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (update.isPending) return; // one request at a time: a double press must not submit twice
    const found: Record<string, string> = {};
    if (!displayName.trim()) found.displayName = t('fieldErrors.displayName');
    if (roles.length === 0) found.roles = t('fieldErrors.roles');
    refuse(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { id: base.id, version: base.version, displayName: displayName.trim(), roles },
      {
        onSuccess: onDone,
        onError: (err) => {
          refuse(fieldErrorsOf(err, t));
          const current = staffSchema.safeParse(err.current);
          if (err.code === 'CONFLICT' && current.success) {
            setBase(current.data);
            setDisplayName(current.data.displayName);
            setRoles(current.data.roles);
          }
        },
      },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={onOpenChange} title={t('staffPage.editTitle', { name: base.displayName })} testId="staff-edit-dialog" wide>
      <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
        <p className="muted small">
          {t('fields.username')}: <code>{base.username}</code>
        </p>
        <TextInput name="displayName" label={t('fields.displayName')} value={displayName} onChange={(s) => {
            setDisplayName(s);
            clear('displayName');
          }} isRequired autoFocus autoComplete="off" testId="staff-edit-display-name" />
        <RoleCheckboxes
          value={roles}
          onChange={(r) => {
            setRoles(r);
            clear('roles');
          }}
          testIdPrefix="staff-edit"
        />
        <ErrorMessage error={update.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={update.isPending || undefined} data-testid="staff-edit-submit">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
