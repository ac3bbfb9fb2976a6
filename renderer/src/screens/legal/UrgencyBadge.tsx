import { useTranslation } from 'react-i18next';
import type { Urgency } from '../../../../shared/legal';
import { URGENCY_ICON, URGENCY_LABEL } from './labels';

/** The urgency in words with a shape before it; colour is only the third cue (colour-blind safe). */
export function UrgencyBadge({ urgency, testId }: { urgency: Urgency; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-state urgency urgency-${urgency}`} data-urgency={urgency} data-testid={testId}>
      <span aria-hidden="true" className="urgency-icon">
        {URGENCY_ICON[urgency]}
      </span>{' '}
      {t(URGENCY_LABEL[urgency])}
    </span>
  );
}
