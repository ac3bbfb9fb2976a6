import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SERVICE_TYPES, URGENCIES, type ServiceType } from '../../../../shared/referrals/vocab';
import { addDays, DateInput, dateToInstant, toDateValue } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useDirectory } from '../../data/directory';
import { useRecordIncoming } from '../../data/referrals';
import { SERVICE_TYPE_LABEL, URGENCY_LABEL } from './labels';
import { OwnerField } from './OwnerField';
import { AgencySelect } from '../directory/AgencySelect';

type Urgency = (typeof URGENCIES)[number];
const NONE = 'none';

/** A referral received from another agency: recorded with its follow-up; nothing is shared, so no release is needed. */
export function IncomingDialog({ caseId, onClose }: { caseId: number; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordIncoming();
  const agencies = useDirectory({});
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [serviceType, setServiceType] = useState<string>(NONE);
  const [urgency, setUrgency] = useState<Urgency>('routine');
  const [reason, setReason] = useState('');
  const [received, setReceived] = useState(toDateValue(new Date()));
  const [followUp, setFollowUp] = useState(toDateValue(addDays(new Date(), 7)));
  const [owner, setOwner] = useState<string | null>(null);
  const [problem, setProblem] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(record.error, t), ...problem };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (record.isPending) return;
    // Received today means now (never in the future); an earlier day means that morning.
    const receivedAt = received === toDateValue(new Date()) ? new Date().toISOString() : dateToInstant(received, 'morning');
    const followUpAt = dateToInstant(followUp, 'morning');
    const next: Record<string, string> = {};
    if (!agencyId) next.agencyId = t('consentsPage.chooseAgency');
    if (!reason.trim()) next.reason = t('referralsPage.reasonRequired');
    if (!receivedAt) next.receivedAt = t('fieldErrors.invalid');
    if (!followUpAt) next.followUpAt = t('fieldErrors.invalid');
    setProblem(next);
    if (Object.keys(next).length || !agencyId || !receivedAt || !followUpAt) return;
    record.mutate(
      { caseId, agencyId: Number(agencyId), urgency, reason, receivedAt, followUpAt, ...(serviceType !== NONE ? { serviceType: serviceType as ServiceType } : {}), ...(owner ? { ownerId: Number(owner) } : {}) },
      { onSuccess: (r) => onClose(t('referralsPage.incomingRecorded', { agency: r.agencyName })) },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('referralsPage.recordIncoming')} testId="incoming-dialog" wide>
      <Form onSubmit={submit} className="form" validationErrors={errors}>
        <p className="muted small">{t('referralsPage.incomingHelp')}</p>
        <AgencySelect label={t('referralsPage.fromAgency')} agencies={agencies.data ?? []} value={agencyId} onChange={setAgencyId} errorMessage={errors.agencyId} testId="incoming-agency" />
        <div className="field-row">
          <SelectField
            label={t('directoryPage.serviceType')}
            options={[{ id: NONE, label: t('directoryPage.any') }, ...SERVICE_TYPES.map((s) => ({ id: s, label: t(SERVICE_TYPE_LABEL[s]) }))]}
            value={serviceType}
            onChange={setServiceType}
            testId="incoming-type"
          />
          <SelectField label={t('referralsPage.urgency')} options={URGENCIES.map((u) => ({ id: u, label: t(URGENCY_LABEL[u]) }))} value={urgency} onChange={(v) => setUrgency(v as Urgency)} testId="incoming-urgency" />
        </div>
        <div className="field-row">
          <DateInput label={t('referralsPage.receivedOn')} value={received} onChange={setReceived} isRequired errorMessage={errors.receivedAt} testId="incoming-received" />
          <DateInput label={t('referralsPage.followUp')} value={followUp} onChange={setFollowUp} isRequired errorMessage={errors.followUpAt} testId="incoming-follow-up" />
        </div>
        <TextAreaField label={t('referralsPage.reason')} name="reason" value={reason} onChange={setReason} rows={3} isRequired errorMessage={errors.reason} testId="incoming-reason" />
        <OwnerField value={owner} onChange={setOwner} />
        <ErrorMessage error={record.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={record.isPending || undefined} data-testid="incoming-save">
            {t('referralsPage.recordIncoming')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
