import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CONSENT_METHODS } from '../../../../shared/referrals/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { TextInput } from '../../components/TextInput';
import { useRecordConsent } from '../../data/consents';
import { useDirectory } from '../../data/directory';
import { METHOD_LABEL } from '../referrals/labels';
import { AgencySelect } from '../directory/AgencySelect';

type Method = (typeof CONSENT_METHODS)[number];

/** The survivor said no to sharing with an agency: recorded like any answer, and it never blocks a service. */
export function DeclinedDialog({ caseId, onClose }: { caseId: number; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordConsent(caseId);
  const agencies = useDirectory({});
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [method, setMethod] = useState<Method>('verbal_witnessed');
  const [witness, setWitness] = useState('');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const agency = agencies.data?.find((a) => String(a.id) === agencyId);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (record.isPending) return;
    const next: Record<string, string> = {};
    if (!agency) next.agencyId = t('consentsPage.chooseAgency');
    if (method === 'verbal_witnessed' && !witness.trim()) next.witnessName = t('consentsPage.witnessRequired');
    setProblem(next);
    if (Object.keys(next).length || !agency) return;
    record.mutate(
      { caseId, agencyId: agency.id, decision: 'declined', method, ...(method === 'verbal_witnessed' ? { witnessName: witness.trim() } : {}) },
      { onSuccess: () => onClose(t('consentsPage.declinedRecorded', { agency: agency.name })) },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('consentsPage.recordDeclined')} testId="consent-declined-dialog">
      <Form onSubmit={submit} className="form" validationErrors={problem}>
        <p className="alert alert-ok">{t('consentsPage.declinedHelp')}</p>
        <AgencySelect label={t('consentsPage.agency')} agencies={agencies.data ?? []} value={agencyId} onChange={setAgencyId} errorMessage={problem.agencyId} testId="declined-agency" />
        <RadioGroup className="field" value={method} onChange={(v) => setMethod(v as Method)} orientation="horizontal">
          <Label className="field-label">{t('consentsPage.how')}</Label>
          <div className="radio-row">
            {CONSENT_METHODS.map((m) => (
              <Radio key={m} value={m} className="radio" data-testid={`declined-method-${m}`}>
                {t(METHOD_LABEL[m])}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        {method === 'verbal_witnessed' ? <TextInput label={t('consentsPage.witness')} name="witnessName" value={witness} onChange={setWitness} isRequired testId="declined-witness" /> : null}
        <ErrorMessage error={record.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={record.isPending || undefined} data-testid="declined-save">
            {t('consentsPage.saveDeclined')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
