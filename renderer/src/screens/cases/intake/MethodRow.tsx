import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../../shared/cases/schemas';
import { CONTACT_KINDS } from '../../../../../shared/cases/vocab';
import { SelectField } from '../../../components/SelectField';
import { vocabKey, type ContactKind } from '../vocab';
import { YesNoUnknownField } from './YesNoUnknownField';

type Method = Contact['methods'][number];

interface Props {
  index: number;
  method: Method;
  onChange: (m: Method) => void;
  onRemove: () => void;
  errors: Record<string, string>;
  /** Someone unsafe may monitor this person's phone or messages (the contact's flag is Yes). */
  monitored?: boolean;
}

/** Methods that go through a device or account an unsafe person may watch. */
const WATCHABLE: readonly string[] = ['phone', 'text', 'email'];

/** One safe way to reach the person: how, where, whether a message may be left, and when it is safe. */
export function MethodRow({ index, method, onChange, onRemove, errors, monitored = false }: Props) {
  const { t } = useTranslation();
  const err = (f: string) => errors[`methods.${index}.${f}`];
  const n = String(index + 1);
  return (
    <fieldset className="method-row" data-testid={`method-${index}`}>
      <legend>{t('contactForm.methodN', { n })}</legend>
      <SelectField
        label={t('contactForm.kind')}
        options={CONTACT_KINDS.map((k) => ({ id: k, label: t(vocabKey('contactKind', k)) }))}
        value={method.kind}
        onChange={(k) => onChange({ ...method, kind: k as ContactKind })}
        testId={`method-${index}-kind`}
      />
      <TextField className="field" value={method.value} onChange={(value) => onChange({ ...method, value })} isInvalid={err('value') ? true : undefined}>
        <Label className="field-label">{t('contactForm.value')}</Label>
        <Input className="input" data-testid={`method-${index}-value`} autoComplete="off" />
        <FieldError className="field-error">{err('value') ? t(err('value')!) : null}</FieldError>
      </TextField>
      {monitored && WATCHABLE.includes(method.kind) ? (
        <p className="alert alert-warning method-warning" role="note" data-testid={`method-${index}-monitored`}>
          {t('contactForm.monitoredWarning', { kind: t(vocabKey('contactKind', method.kind)) })}
        </p>
      ) : null}
      <YesNoUnknownField
        label={t('contactForm.safeToLeaveMessage')}
        value={method.safeToLeaveMessage}
        onChange={(v) => onChange({ ...method, safeToLeaveMessage: v })}
        risky="no"
        testId={`method-${index}-message`}
      />
      <TextField className="field" value={method.safeTimes} onChange={(safeTimes) => onChange({ ...method, safeTimes })} isInvalid={err('safeTimes') ? true : undefined}>
        <Label className="field-label">{t('contactForm.safeTimes')}</Label>
        <Input className="input" placeholder={t('contactForm.safeTimesPlaceholder')} data-testid={`method-${index}-times`} autoComplete="off" />
        <FieldError className="field-error">{err('safeTimes') ? t(err('safeTimes')!) : null}</FieldError>
      </TextField>
      <Button className="button button-small button-quiet method-remove" onPress={onRemove} aria-label={t('contactForm.removeMethodN', { n })} data-testid={`method-${index}-remove`}>
        {t('contactForm.removeMethod')}
      </Button>
    </fieldset>
  );
}
