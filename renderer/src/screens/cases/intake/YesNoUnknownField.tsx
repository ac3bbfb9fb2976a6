import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { YES_NO_UNKNOWN } from '../../../../../shared/cases/vocab';
import { vocabKey, type YesNoUnknown } from '../vocab';

interface Props {
  label: string;
  value: YesNoUnknown;
  onChange: (v: YesNoUnknown) => void;
  testId: string;
  /** Which answer is the risky one, drawn in the warning colour when chosen. */
  risky?: YesNoUnknown;
}

/** A yes / no / unknown question as three radio buttons in a row. */
export function YesNoUnknownField({ label, value, onChange, testId, risky }: Props) {
  const { t } = useTranslation();
  return (
    <RadioGroup className="field radio-group" orientation="horizontal" value={value} onChange={(v) => onChange(v as YesNoUnknown)} data-testid={testId}>
      <Label className="field-label">{label}</Label>
      <div className="radio-row">
        {YES_NO_UNKNOWN.map((v) => (
          <Radio key={v} value={v} className={v === risky ? 'radio radio-risky' : 'radio'} data-testid={`${testId}-${v}`}>
            {t(vocabKey('yesNoUnknown', v))}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
