import { Button, Checkbox, FieldError, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

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
      <NumberField
        name="retentionMonths"
        value={months}
        onChange={onMonths}
        minValue={1}
        maxValue={1200}
        step={1}
        isDisabled={!enabled}
        className="field field-narrow"
        formatOptions={{ maximumFractionDigits: 0 }}
      >
        <Label className="field-label">{t('retentionPage.settingMonths')}</Label>
        <Group className="number-group">
          <Button slot="decrement" className="button button-quiet stepper">
            −
          </Button>
          <Input className="input input-number" data-testid="settings-retention-months" />
          <Button slot="increment" className="button button-quiet stepper">
            +
          </Button>
        </Group>
        <Text slot="description" className="field-description">
          {t('retentionPage.settingHelp')}
        </Text>
        <FieldError className="field-error" />
      </NumberField>
    </fieldset>
  );
}
