import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DISCLOSURE_BASES, type ShareCategory } from '../../../../shared/referrals/vocab';
import { DateInput, dateToInstant, toDateValue } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextInput } from '../../components/TextInput';
import { useConsents } from '../../data/consents';
import { useDirectory } from '../../data/directory';
import { useRecordDisclosure } from '../../data/disclosures';
import { useFormat } from '../../i18n/format';
import { ConsentRefusal } from '../referrals/ConsentRefusal';
import { CATEGORY_LABEL } from '../referrals/labels';
import { CategoryCheckboxes } from './CategoryCheckboxes';
import { DISCLOSURE_BASIS_LABEL, type DisclosureBasis } from './disclosureLabels';
import { AgencySelect } from '../directory/AgencySelect';

/**
 * Record a decision to disclose to law enforcement: to whom, exactly what, when, and on what basis. Only
 * agencies flagged law enforcement are offered; the core gates the consent basis on an active release.
 */
export function RecordDisclosureDialog({ caseId, onClose }: { caseId: number; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const record = useRecordDisclosure(caseId);
  const agencies = useDirectory({});
  const consents = useConsents(caseId);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [recipient, setRecipient] = useState('');
  const [categories, setCategories] = useState<ShareCategory[]>([]);
  const [basis, setBasis] = useState<DisclosureBasis | null>(null);
  const [consentId, setConsentId] = useState<string | null>(null);
  const [orderReference, setOrderReference] = useState('');
  const [exigentReason, setExigentReason] = useState('');
  const [day, setDay] = useState(toDateValue(new Date()));
  const [problem, setProblem] = useState<Record<string, string>>({});
  const police = (agencies.data ?? []).filter((a) => a.lawEnforcement);
  const agency = police.find((a) => String(a.id) === agencyId);
  const active = (consents.data ?? []).filter((c) => agency && c.agencyId === agency.id && c.decision === 'given' && c.status === 'active');
  const refused = record.error?.code === 'CONSENT_REQUIRED' ? record.error : null;
  const errors = { ...fieldErrorsOf(record.error, t), ...problem };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (record.isPending) return;
    // Today means now (the core refuses a time in the future); an earlier day is recorded at its morning.
    const disclosedAt = day === toDateValue(new Date()) ? new Date().toISOString() : dateToInstant(day, 'morning');
    const next: Record<string, string> = {};
    if (!agency) next.agencyId = t('consentsPage.chooseAgency');
    if (!recipient.trim()) next.recipientName = t('consentsPage.disclosures.recipientRequired');
    if (categories.length === 0) next.categories = t('consentsPage.chooseCategory');
    if (!basis) next.basis = t('consentsPage.disclosures.basisRequired');
    if (basis === 'consent' && !consentId) next.consentId = t('consentsPage.disclosures.consentRequired');
    if (basis === 'subpoena_order' && orderReference.trim().length < 3) next.orderReference = t('consentsPage.disclosures.orderRequired');
    if (basis === 'exigent' && exigentReason.trim().length < 10) next.exigentReason = t('consentsPage.disclosures.exigentRequired');
    if (!disclosedAt || disclosedAt > new Date().toISOString()) next.disclosedAt = t('consentsPage.disclosures.notFuture');
    setProblem(next);
    if (Object.keys(next).length || !agency || !basis || !disclosedAt) return;
    record.mutate(
      {
        caseId,
        agencyId: agency.id,
        recipientName: recipient.trim(),
        categories,
        basis,
        ...(basis === 'consent' ? { consentId: Number(consentId) } : {}),
        ...(basis === 'subpoena_order' ? { orderReference: orderReference.trim() } : {}),
        ...(basis === 'exigent' ? { exigentReason: exigentReason.trim() } : {}),
        disclosedAt,
      },
      { onSuccess: () => onClose(t('consentsPage.disclosures.recorded', { agency: agency.name })) },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('consentsPage.disclosures.record')} testId="disclosure-dialog" wide>
      <Form onSubmit={submit} className="form" validationErrors={errors}>
        <p className="alert alert-warning" data-testid="disclosure-never-default">
          {t('consentsPage.disclosures.neverDefault')}
        </p>
        <AgencySelect
          label={t('consentsPage.disclosures.agency')}
          description={police.length || !agencies.data ? undefined : t('consentsPage.disclosures.noAgencies')}
          agencies={police}
          value={agencyId}
          onChange={(v) => {
            setAgencyId(v);
            setConsentId(null);
          }}
          errorMessage={errors.agencyId}
          testId="disclosure-agency"
        />
        <TextInput label={t('consentsPage.disclosures.recipient')} description={t('consentsPage.disclosures.recipientHelp')} name="recipientName" value={recipient} onChange={setRecipient} isRequired testId="disclosure-recipient" />
        <CategoryCheckboxes label={t('consentsPage.disclosures.categories')} value={categories} onChange={setCategories} errorMessage={errors.categories} testIdPrefix="disclosure-category" />
        <RadioGroup className="field" value={basis} onChange={(v) => setBasis(v as DisclosureBasis)} isRequired isInvalid={errors.basis ? true : undefined}>
          <Label className="field-label">{t('consentsPage.disclosures.basis')}</Label>
          <div className="radio-row">
            {DISCLOSURE_BASES.map((b) => (
              <Radio key={b} value={b} className="radio" data-testid={`disclosure-basis-${b}`}>
                {t(DISCLOSURE_BASIS_LABEL[b])}
              </Radio>
            ))}
          </div>
          {errors.basis ? <p className="field-error">{errors.basis}</p> : null}
        </RadioGroup>
        {basis === 'consent' ? (
          <SelectField
            label={t('consentsPage.disclosures.consent')}
            description={agency && active.length === 0 ? t('consentsPage.disclosures.noConsent', { agency: agency.name }) : undefined}
            placeholder={t('consentsPage.disclosures.chooseConsent')}
            options={active.map((c) => ({ id: String(c.id), label: `${t('consentsPage.reference', { id: c.id })} — ${c.categories.map((x) => t(CATEGORY_LABEL[x])).join(', ')}${c.expiresAt ? ` (${fmt.date(c.expiresAt)})` : ''}` }))}
            value={consentId}
            onChange={setConsentId}
            isRequired
            errorMessage={errors.consentId}
            testId="disclosure-consent"
          />
        ) : null}
        {basis === 'subpoena_order' ? <TextInput label={t('consentsPage.disclosures.orderReference')} name="orderReference" value={orderReference} onChange={setOrderReference} isRequired testId="disclosure-order" /> : null}
        {basis === 'exigent' ? <TextAreaField label={t('consentsPage.disclosures.exigentReason')} description={t('consentsPage.disclosures.exigentHelp')} name="exigentReason" value={exigentReason} onChange={setExigentReason} rows={2} isRequired testId="disclosure-exigent" /> : null}
        <DateInput label={t('consentsPage.disclosures.when')} value={day} onChange={setDay} isRequired errorMessage={errors.disclosedAt} testId="disclosure-date" />
        {refused ? <ConsentRefusal error={refused} agency={agency?.name ?? ''} /> : <ErrorMessage error={record.error} />}
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={record.isPending || undefined} data-testid="disclosure-save">
            {t('consentsPage.disclosures.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
