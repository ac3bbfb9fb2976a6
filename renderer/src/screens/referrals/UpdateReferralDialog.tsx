import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../../shared/referrals/schemas';
import { URGENCIES } from '../../../../shared/referrals/vocab';
import { DateInput, dateToInstant, toDateValue } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { useUpdateReferral } from '../../data/referrals';
import { URGENCY_LABEL } from './labels';
import { OwnerField } from './OwnerField';

type Urgency = (typeof URGENCIES)[number];

/** The follow-up date, the owner and the urgency of an open referral. */
export function UpdateReferralDialog({ referral, onClose }: { referral: Referral; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateReferral();
  const [followUp, setFollowUp] = useState(referral.followUpAt ? toDateValue(new Date(referral.followUpAt)) : '');
  const [owner, setOwner] = useState<string | null>(referral.ownerId === null ? null : String(referral.ownerId));
  const [urgency, setUrgency] = useState<Urgency>(referral.urgency);
  const [problem, setProblem] = useState<Record<string, string>>({});

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (update.isPending) return;
    const followUpAt = dateToInstant(followUp, 'morning');
    if (!followUpAt) {
      setProblem({ followUpAt: t('fieldErrors.invalid') });
      return;
    }
    update.mutate(
      { referralId: referral.id, version: referral.version, followUpAt, urgency, ...(owner !== null && Number(owner) !== referral.ownerId ? { ownerId: Number(owner) } : {}) },
      { onSuccess: () => onClose(t('referralsPage.updated')) },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('referralsPage.editFollowUp')} testId="referral-update-dialog">
      <Form onSubmit={submit} className="form" validationErrors={problem}>
        <DateInput label={t('referralsPage.followUp')} description={t('referralsPage.followUpHelp')} value={followUp} onChange={setFollowUp} isRequired errorMessage={problem.followUpAt} testId="update-follow-up" />
        <OwnerField value={owner} onChange={setOwner} />
        <SelectField label={t('referralsPage.urgency')} options={URGENCIES.map((u) => ({ id: u, label: t(URGENCY_LABEL[u]) }))} value={urgency} onChange={(v) => setUrgency(v as Urgency)} testId="update-urgency" />
        <ErrorMessage error={update.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={update.isPending || undefined} data-testid="update-save">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
