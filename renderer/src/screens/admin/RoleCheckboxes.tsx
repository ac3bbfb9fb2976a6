import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/roles';
import { ROLE_LABEL } from '../../components/labels';

const HELP: Record<Role, string> = {
  admin: 'roles.adminHelp',
  caseworker: 'roles.caseworkerHelp',
  mentor: 'roles.mentorHelp',
  legal_aide: 'roles.legal_aideHelp',
};

interface Props {
  value: Role[];
  onChange: (roles: Role[]) => void;
  testIdPrefix: string;
}

/** A person may hold several roles; each says in one line what it allows. */
export function RoleCheckboxes({ value, onChange, testIdPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup name="roles" value={value} onChange={(v) => onChange(v as Role[])} isRequired className="field checkbox-group">
      <Label className="field-label">{t('fields.roles')}</Label>
      {ROLES.map((r) => (
        <Checkbox key={r} value={r} className="checkbox" data-testid={`${testIdPrefix}-role-${r}`}>
          <span className="checkbox-box" aria-hidden="true" />
          <span>
            {t(ROLE_LABEL[r])} <span className="muted small">— {t(HELP[r])}</span>
          </span>
        </Checkbox>
      ))}
      <Text slot="description" className="field-description">
        {t('fields.rolesHelp')}
      </Text>
      <FieldError className="field-error" />
    </CheckboxGroup>
  );
}
