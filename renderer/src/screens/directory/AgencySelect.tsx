import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/referrals/schemas';
import { SelectField } from '../../components/SelectField';

interface Props {
  label: string;
  /** The agencies to offer (all of the directory, or a subset such as law-enforcement agencies). */
  agencies: readonly Pick<Agency, 'id' | 'name'>[];
  value: string | null;
  onChange: (id: string) => void;
  errorMessage?: string;
  description?: string;
  testId: string;
}

/** The required "which agency" choice of the consent, disclosure and incoming-referral dialogs. */
export function AgencySelect({ label, agencies, value, onChange, errorMessage, description, testId }: Props) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      description={description}
      placeholder={t('consentsPage.chooseAgency')}
      options={agencies.map((a) => ({ id: String(a.id), label: a.name }))}
      value={value}
      onChange={onChange}
      isRequired
      errorMessage={errorMessage}
      testId={testId}
    />
  );
}
