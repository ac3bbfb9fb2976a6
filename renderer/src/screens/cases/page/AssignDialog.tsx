import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CASE_ROLES, STAFF_ROLE_FOR, type CaseRole } from '../../../../../shared/cases/access';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextInput } from '../../../components/TextInput';
import { ModalDialog } from '../../../components/ModalDialog';
import { SelectField } from '../../../components/SelectField';
import { useAssign, useAssignableStaff } from '../../../data/cases';
import { vocabKey } from '../vocab';

interface Props {
  caseId: number;
  /** The contact's "Name to use when making contact", if known; null when the assigner cannot see it. */
  knownContactName: string | null;
  onClose: (message?: string) => void;
}

/**
 * Put someone on the case, in a case role their staff roles allow (a mentor only as mentor, …). A mentor
 * never sees the legal name: when none is known yet, the dialog asks for the name or initials the mentor
 * will use when making contact, which the core keeps as the contact's name and shows the mentor.
 */
export function AssignDialog({ caseId, knownContactName, onClose }: Props) {
  const { t } = useTranslation();
  const staff = useAssignableStaff(true);
  const assign = useAssign();
  const [staffId, setStaffId] = useState<string | null>(null);
  const [role, setRole] = useState<CaseRole | null>(null);
  const [contactName, setContactName] = useState('');
  const asksContactName = role === 'mentor' && !knownContactName;
  const person = staff.data?.find((s) => String(s.id) === staffId);
  const roles = CASE_ROLES.filter((r) => person?.roles.includes(STAFF_ROLE_FOR[r]));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (assign.isPending || !person || !role) return;
    const name = contactName.trim();
    assign.mutate({ caseId, staffId: person.id, caseRole: role, ...(asksContactName && name ? { contactName: name } : {}) }, { onSuccess: () => onClose(t('assignments.added', { name: person.displayName, role: t(vocabKey('caseRole', role)) })) });
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('assignments.addTitle')} testId="assign-dialog">
      <Form onSubmit={submit} className="form">
        <ErrorMessage error={staff.error} />
        <SelectField
          label={t('assignments.person')}
          placeholder={t('assignments.choosePerson')}
          options={(staff.data ?? []).map((s) => ({ id: String(s.id), label: s.displayName }))}
          value={staffId}
          onChange={(v) => {
            setStaffId(v);
            setRole(null);
          }}
          isRequired
          testId="assign-person"
        />
        <SelectField
          label={t('assignments.caseRole')}
          placeholder={t('assignments.chooseRole')}
          description={t('assignments.caseRoleHelp')}
          options={roles.map((r) => ({ id: r, label: t(vocabKey('caseRole', r)) }))}
          value={role}
          onChange={(v) => setRole(v as CaseRole)}
          isDisabled={!person}
          isRequired
          testId="assign-role"
        />
        {role === 'mentor' && knownContactName ? (
          <p className="muted small" data-testid="assign-contact-name-known">
            {t('assignments.mentorSees', { name: knownContactName })}
          </p>
        ) : null}
        {asksContactName ? (
          <TextInput
            name="contactName"
            label={t('assignments.contactName')}
            description={t('assignments.contactNameHelp')}
            value={contactName}
            onChange={setContactName}
            maxLength={80}
            autoComplete="off"
            testId="assign-contact-name"
          />
        ) : null}
        <ErrorMessage error={assign.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" isDisabled={!person || !role} data-busy={assign.isPending || undefined} data-testid="assign-submit">
            {t('assignments.add')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
