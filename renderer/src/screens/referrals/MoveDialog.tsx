import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../../shared/referrals/schemas';
import { REFERRAL_OUTCOMES, type ReferralStatus } from '../../../../shared/referrals/vocab';
import { DateInput, dateTimeToInstant, toDateTimeValue } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { useAdvanceReferral } from '../../data/referrals';
import { MOVE_LABEL, OUTCOME_LABEL } from './labels';

type Outcome = (typeof REFERRAL_OUTCOMES)[number];

/** The two moves that record something: the appointment's date and time, or the outcome when closing. */
export function MoveDialog({ referral, to, onClose }: { referral: Referral; to: ReferralStatus; onClose: (r?: Referral) => void }) {
  const { t } = useTranslation();
  const advance = useAdvanceReferral();
  // Tomorrow at 10:00 unless an appointment is already set (rescheduling starts from it).
  const [when, setWhen] = useState(() => {
    const start = new Date(Date.now() + 86_400_000);
    start.setHours(10, 0, 0, 0);
    return toDateTimeValue(referral.appointmentAt ? new Date(referral.appointmentAt) : start);
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<Record<string, string>>({});

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (advance.isPending) return;
    const appointmentAt = to === 'appointment_set' ? dateTimeToInstant(when) : null;
    const next: Record<string, string> = {};
    if (to === 'appointment_set' && !appointmentAt) next.appointmentAt = t('fieldErrors.invalid');
    if (to === 'closed' && !outcome) next.outcome = t('referralsPage.chooseOutcome');
    setProblem(next);
    if (Object.keys(next).length) return;
    advance.mutate(
      { referralId: referral.id, version: referral.version, status: to, ...(appointmentAt ? { appointmentAt } : {}), ...(to === 'closed' && outcome ? { outcome } : {}) },
      { onSuccess: (r) => onClose(r) },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t(MOVE_LABEL[to])} testId="move-dialog">
      <Form onSubmit={submit} className="form" validationErrors={problem}>
        <p className="muted small">{t('referralsPage.moveFor', { agency: referral.agencyName, caseNumber: referral.caseNumber })}</p>
        {to === 'appointment_set' ? (
          <DateInput kind="datetime-local" label={t('referralsPage.appointmentAt')} description={t('referralsPage.appointmentHelp')} value={when} onChange={setWhen} isRequired errorMessage={problem.appointmentAt} testId="move-appointment" />
        ) : null}
        {to === 'closed' ? (
          <SelectField
            label={t('referralsPage.outcome')}
            placeholder={t('referralsPage.chooseOutcome')}
            options={REFERRAL_OUTCOMES.map((o) => ({ id: o, label: t(OUTCOME_LABEL[o]) }))}
            value={outcome}
            onChange={(v) => setOutcome(v as Outcome)}
            isRequired
            errorMessage={problem.outcome}
            testId="move-outcome"
          />
        ) : null}
        <ErrorMessage error={advance.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={advance.isPending || undefined} data-testid="move-save">
            {t(MOVE_LABEL[to])}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
