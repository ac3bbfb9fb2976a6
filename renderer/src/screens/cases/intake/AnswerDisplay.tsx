import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../../shared/cases/answer';
import { formatKnown } from './formatAnswer';
import type { FieldSpec } from './profileFields';

/** A stored answer, read-only: the value, "Unknown" (muted) or "Declined to answer" (its own style and sign). */
export function AnswerDisplay({ spec, answer }: { spec: FieldSpec; answer: Answer<unknown> | undefined }) {
  const { t, i18n } = useTranslation();
  const state = answer?.state ?? 'unknown';
  if (state === 'declined') {
    return (
      <span className="answer-chip answer-chip-declined" data-testid={`show-${spec.name}`} data-state="declined">
        <span aria-hidden="true">⊘ </span>
        {t('answers.declinedShort')}
      </span>
    );
  }
  if (state === 'unknown') {
    return (
      <span className="answer-chip answer-chip-unknown" data-testid={`show-${spec.name}`} data-state="unknown">
        {t('vocab.answerState.unknown')}
      </span>
    );
  }
  return (
    <span data-testid={`show-${spec.name}`} data-state="known">
      {formatKnown(spec, answer, t, i18n.language)}
    </span>
  );
}
