import { useTranslation } from 'react-i18next';

export const STEPS = ['identity', 'background', 'contact', 'review'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABEL: Record<Step, string> = {
  identity: 'intakeWizard.stepIdentity',
  background: 'intakeWizard.stepBackground',
  contact: 'intakeWizard.stepContact',
  review: 'intakeWizard.stepReview',
};

/** Where the person is in the intake: numbered steps, the current one marked for screen readers too. */
export function IntakeSteps({ current }: { current: Step }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t('intakeWizard.steps')}>
      {STEPS.map((s, i) => (
        <li key={s} className={i < at ? 'step step-done' : i === at ? 'step step-current' : 'step'} aria-current={i === at ? 'step' : undefined}>
          <span className="step-number" aria-hidden="true">
            {i < at ? '✓' : i + 1}
          </span>
          {t(STEP_LABEL[s])}
        </li>
      ))}
    </ol>
  );
}
