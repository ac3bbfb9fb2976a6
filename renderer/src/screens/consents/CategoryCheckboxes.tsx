import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SHARE_CATEGORIES, type ShareCategory } from '../../../../shared/referrals/vocab';
import { CATEGORY_HELP, CATEGORY_LABEL } from '../referrals/labels';

interface Props {
  label: string;
  value: ShareCategory[];
  onChange: (v: ShareCategory[]) => void;
  description?: string;
  errorMessage?: string;
  testIdPrefix: string;
  /** When set (a referral), each category says whether the consent covers it; the core still decides. */
  covered?: ReadonlySet<ShareCategory>;
  /** Only these categories are offered (sharing more on a referral offers those not yet shared). */
  options?: readonly ShareCategory[];
}

/**
 * The categories a release, an agreement or a referral covers, each explained in one line. Immigration
 * information is its own category and says why (8 U.S.C. 1367): no other choice includes it.
 */
export function CategoryCheckboxes({ label, value, onChange, description, errorMessage, testIdPrefix, covered, options = SHARE_CATEGORIES }: Props) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup className="field checkbox-group category-group" value={value} onChange={(v) => onChange(v as ShareCategory[])} isInvalid={errorMessage ? true : undefined}>
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      {options.map((c) => (
        <Checkbox key={c} value={c} className={c === 'legal_immigration' ? 'checkbox checkbox-1367' : 'checkbox'} data-testid={`${testIdPrefix}-${c}`}>
          <span className="checkbox-box" aria-hidden="true" />
          <span>
            <strong>{t(CATEGORY_LABEL[c])}</strong>
            {covered ? (
              covered.has(c) ? (
                <span className="badge badge-state badge-active category-cover">{t('referralsPage.covered')}</span>
              ) : (
                <span className="badge badge-state badge-revoked category-cover">{t('referralsPage.notCovered')}</span>
              )
            ) : null}
            <span className="muted small category-help"> — {t(CATEGORY_HELP[c])}</span>
          </span>
        </Checkbox>
      ))}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </CheckboxGroup>
  );
}
