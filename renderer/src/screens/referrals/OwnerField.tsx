import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useAssignableStaff } from '../../data/cases';
import { useVaultStatus } from '../../data/vault';

const ME = 'me';

/**
 * Who follows the referral up. Caseworkers may name a colleague on the case (the core checks that they are);
 * anyone else owns what they create. The list is of people who refer (caseworkers and legal aides).
 */
export function OwnerField({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const status = useVaultStatus();
  const session = status.data?.session;
  const canPick = session?.roles.some((r) => r === 'caseworker' || r === 'admin') ?? false;
  const staff = useAssignableStaff(canPick);
  const others = (staff.data ?? []).filter((s) => s.id !== session?.staffId && s.roles.some((r) => r === 'caseworker' || r === 'legal_aide'));
  if (!canPick || others.length === 0) return <p className="muted small">{t('referralsPage.ownerYou')}</p>;
  return (
    <SelectField
      label={t('referralsPage.owner')}
      description={t('referralsPage.ownerHelp')}
      options={[{ id: ME, label: t('referralsPage.me') }, ...others.map((s) => ({ id: String(s.id), label: s.displayName }))]}
      value={value === null || value === String(session?.staffId) ? ME : value}
      onChange={(v) => onChange(v === ME ? String(session?.staffId ?? '') || null : v)}
      testId="referral-owner"
    />
  );
}
