import { Checkbox, CheckboxGroup, FieldError, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import type { Draft } from '../answers';
import { VOCABULARIES, vocabKey } from '../vocab';
import { CodeListPicker } from './CodeListPicker';
import type { FieldSpec } from './profileFields';

interface Props {
  spec: FieldSpec;
  label: string;
  draft: Draft;
  onValue: (value: string | string[]) => void;
  errorMessage?: string;
}

/** The value part of a Known answer, by the field's kind. Its label repeats the field name for screen readers. */
export function ValueEditor({ spec, label, draft, onValue, errorMessage }: Props) {
  const { t } = useTranslation();
  const testId = `value-${spec.name}`;
  const list = Array.isArray(draft.value) ? draft.value : [];
  const text = Array.isArray(draft.value) ? '' : draft.value;
  const invalid = errorMessage ? true : undefined;

  if (spec.kind === 'enum' && spec.vocab) {
    const options = VOCABULARIES[spec.vocab].map((v) => ({ id: v, label: t(vocabKey(spec.vocab!, v)) }));
    return <SelectField label={label} hideLabel options={options} value={text || null} onChange={onValue} placeholder={t('answers.choose')} testId={testId} errorMessage={errorMessage} />;
  }
  if (spec.kind === 'multi' && spec.vocab) {
    const vocab = spec.vocab;
    return (
      <CheckboxGroup className="field checkbox-grid" value={list} onChange={onValue} isInvalid={invalid} aria-label={label} data-testid={testId}>
        {VOCABULARIES[vocab].map((v) => (
          <Checkbox key={v} value={v} className="checkbox">
            <span className="checkbox-box" aria-hidden="true" />
            <span>{t(vocabKey(vocab, v))}</span>
          </Checkbox>
        ))}
        <FieldError className="field-error">{errorMessage}</FieldError>
      </CheckboxGroup>
    );
  }
  if (spec.kind === 'countries' || spec.kind === 'languages') {
    return (
      <CodeListPicker
        kind={spec.kind === 'countries' ? 'region' : 'language'}
        label={label}
        value={list}
        onChange={onValue}
        max={spec.kind === 'countries' ? 4 : 8}
        errorMessage={errorMessage}
        testId={testId}
      />
    );
  }
  return (
    <TextField className="field" value={text} onChange={onValue} isInvalid={invalid}>
      <Label className="visually-hidden">{label}</Label>
      <Input className={spec.kind === 'date' ? 'input input-date' : 'input'} type={spec.kind === 'date' ? 'date' : 'text'} data-testid={testId} autoComplete="off" />
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}
