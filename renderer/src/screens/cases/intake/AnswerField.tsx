import { useId } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ANSWER_STATES, type AnswerState } from '../../../../../shared/cases/answer';
import { withValue, type Draft } from '../answers';
import { vocabKey } from '../vocab';
import type { FieldSpec } from './profileFields';
import { ValueEditor } from './ValueEditor';

interface Props {
  spec: FieldSpec;
  draft: Draft;
  onChange: (d: Draft) => void;
  /** Catalogue key of the problem with this field, if any. */
  error?: string;
  /** Shown under the value, e.g. what saving this answer will set in motion. */
  children?: React.ReactNode;
}

/**
 * One profile field as an answer: Known (with its value), Unknown, or Declined. Typing or choosing a value
 * makes it Known; Unknown and Declined stay one click (or arrow key) away. Declined is the person's
 * choice and looks different from Unknown (its own colour and sign), so nobody reads a refusal as a gap.
 */
export function AnswerField({ spec, draft, onChange, error, children }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const label = t(spec.label);
  return (
    <div className={`answer-field answer-${draft.state}`} role="group" aria-labelledby={labelId} data-testid={`field-${spec.name}`} data-state={draft.state}>
      <div className="answer-head">
        <span id={labelId} className="field-label">
          {label}
        </span>
        <RadioGroup
          className="answer-states"
          orientation="horizontal"
          aria-label={t('answers.stateFor', { field: label })}
          value={draft.state}
          onChange={(s) => onChange({ ...draft, state: s as AnswerState })}
        >
          {ANSWER_STATES.map((s) => (
            <Radio key={s} value={s} className={`answer-state answer-state-${s}`} data-testid={`field-${spec.name}-${s}`}>
              {t(vocabKey('answerState', s))}
            </Radio>
          ))}
        </RadioGroup>
      </div>
      <div className="answer-body">
        {/* The value is always there to type into: typing makes the answer Known. */}
        <ValueEditor spec={spec} label={label} draft={draft} onValue={(value) => onChange(withValue(draft, value))} errorMessage={error ? t(error) : undefined} />
        {draft.state === 'declined' ? (
          <p className="declined-note">
            <span aria-hidden="true">⊘ </span>
            {t('answers.declinedNote')}
          </p>
        ) : null}
        {spec.help ? <p className="field-description">{t(spec.help)}</p> : null}
        {children}
      </div>
    </div>
  );
}
