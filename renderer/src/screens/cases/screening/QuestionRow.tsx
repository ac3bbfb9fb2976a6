import { useId } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Instrument, ScreeningAnswer } from '../../../../../shared/screening';
import { SCREENING_ANSWERS } from '../../../../../shared/screening';
import { vocabKey } from '../vocab';
import { pick } from './lang';

type Question = Instrument['questions'][number];

interface Props {
  n: number;
  question: Question;
  answer: ScreeningAnswer | undefined;
  onAnswer: (a: ScreeningAnswer) => void;
  readOnly: boolean;
}

/** One question in the UI language, its four answers, and for a sensitive question why it is asked. */
export function QuestionRow({ n, question, answer, onAnswer, readOnly }: Props) {
  const { t, i18n } = useTranslation();
  const text = pick(question.text, i18n.language);
  const textId = useId();
  return (
    <li className={`question question-${answer ?? 'open'}`} data-testid={`q-${question.id}`}>
      <div className="question-main">
        <p className="question-text" id={textId}>
          <span className="question-number">{n}.</span> {text}
        </p>
        <RadioGroup
          className="answer-states question-answers"
          orientation="horizontal"
          aria-labelledby={textId}
          value={answer ?? null}
          onChange={(a) => onAnswer(a as ScreeningAnswer)}
          isDisabled={readOnly}
        >
          {SCREENING_ANSWERS.map((a) => (
            <Radio key={a} value={a} className={`answer-state answer-state-${a}`} data-testid={`q-${question.id}-${a}`}>
              {t(vocabKey('screeningAnswer', a))}
            </Radio>
          ))}
        </RadioGroup>
      </div>
      {question.why ? (
        <p className="why" data-testid={`why-${question.id}`}>
          <strong>{t('screeningPage.whyWeAsk')}</strong> {pick(question.why, i18n.language)}
        </p>
      ) : null}
    </li>
  );
}
