import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../../components/NumberInput';

/** Suggested period when the purge is first switched on: seven years, a common record-keeping horizon. */
export const DEFAULT_RETENTION_MONTHS = 84;

interface Props {
  enabled: boolean;
  months: number;
  onEnabled: (on: boolean) => void;
  onMonths: (n: number) => void;
}

/** "Purge closed cases after N months": off by default, and nothing is purged without an admin's confirmation. */
export function RetentionField({ enabled, months, onEnabled, onMonths }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('retentionPage.settingLegend')}</legend>
      <Checkbox className="checkbox" isSelected={enabled} onChange={onEnabled} data-testid="settings-retention-on">
        <span className="checkbox-box" aria-hidden="true" />
        <span>{t('retentionPage.settingOn')}</span>
      </Checkbox>
      <NumberInput
        name="retentionMonths"
        label={t('retentionPage.settingMonths')}
        description={t('retentionPage.settingHelp')}
        value={months}
        onChange={onMonths}
        minValue={1}
        maxValue={1200}
        isDisabled={!enabled}
        testId="settings-retention-months"
      />
    </fieldset>
  );
}
