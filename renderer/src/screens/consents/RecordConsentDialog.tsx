import { useState } from 'react';
import { Button, Form, Radio, RadioGroup, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { privacyRule } from '../../../../shared/referrals/cross-border';
import { CONSENT_METHODS, CROSS_BORDER_BASES, type ShareCategory } from '../../../../shared/referrals/vocab';
import { addDays, DateInput, dateToInstant, toDateValue } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextInput } from '../../components/TextInput';
import { useRecordConsent } from '../../data/consents';
import { useDirectory } from '../../data/directory';
import { useDocuments } from '../../data/documents';
import { useSettings } from '../../data/settings';
import { BASIS_LABEL, METHOD_LABEL, PRIVACY_RULE_LABEL } from '../referrals/labels';
import { CategoryCheckboxes } from './CategoryCheckboxes';
import { AgencySelect } from '../directory/AgencySelect';

type Method = (typeof CONSENT_METHODS)[number];
type Basis = (typeof CROSS_BORDER_BASES)[number];
const FORM_LANGUAGES = ['en', 'fr-CA', 'es'] as const;
type FormLanguage = (typeof FORM_LANGUAGES)[number];
export const FORM_LANGUAGE_LABEL: Record<FormLanguage, string> = { en: 'consentsPage.langEn', 'fr-CA': 'consentsPage.langFrCA', es: 'consentsPage.langEs' };
const NONE = 'none';

/** The usual length of a release when nothing else is agreed: 90 days (the person may choose any date). */
const DEFAULT_DAYS = 90;

/**
 * Record a release of information: the receiving agency, exactly which categories, why, from when until
 * when, how it was given, and the signed form (a document already in the case, kept encrypted).
 */
export function RecordConsentDialog({ caseId, onClose }: { caseId: number; onClose: (message?: string) => void }) {
  const { t, i18n } = useTranslation();
  const record = useRecordConsent(caseId);
  const agencies = useDirectory({});
  const settings = useSettings();
  const docs = useDocuments(caseId);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [categories, setCategories] = useState<ShareCategory[]>([]);
  const [purpose, setPurpose] = useState('');
  const [start, setStart] = useState(toDateValue(new Date()));
  const [expiry, setExpiry] = useState(toDateValue(addDays(new Date(), DEFAULT_DAYS)));
  const [method, setMethod] = useState<Method>('written');
  const [witness, setWitness] = useState('');
  const [language, setLanguage] = useState<FormLanguage>(FORM_LANGUAGES.find((l) => l === i18n.language) ?? 'en');
  const [documentId, setDocumentId] = useState<string>(NONE);
  const [basis, setBasis] = useState<Basis | null>(null);
  const [problem, setProblem] = useState<Record<string, string>>({});
  const agency = agencies.data?.find((a) => String(a.id) === agencyId);
  const rule = agency && settings.data ? privacyRule(settings.data.jurisdiction, agency.country) : 'domestic';
  const errors = { ...fieldErrorsOf(record.error, t), ...problem };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (record.isPending) return;
    const startsAt = dateToInstant(start, 'start');
    const expiresAt = dateToInstant(expiry, 'end');
    const next: Record<string, string> = {};
    if (!agency) next.agencyId = t('consentsPage.chooseAgency');
    if (categories.length === 0) next.categories = t('consentsPage.chooseCategory');
    if (!startsAt) next.startsAt = t('fieldErrors.invalid');
    if (!expiresAt || (startsAt && expiresAt <= startsAt)) next.expiresAt = t('consentsPage.expiryAfterStart');
    if (method === 'verbal_witnessed' && !witness.trim()) next.witnessName = t('consentsPage.witnessRequired');
    if (rule !== 'domestic' && !basis) next.crossBorderBasis = t('consentsPage.basisRequired');
    setProblem(next);
    if (Object.keys(next).length || !agency || !startsAt || !expiresAt) return;
    record.mutate(
      {
        caseId,
        agencyId: agency.id,
        decision: 'given',
        categories,
        purpose,
        startsAt,
        expiresAt,
        method,
        ...(method === 'verbal_witnessed' ? { witnessName: witness.trim() } : {}),
        ...(documentId !== NONE ? { documentId: Number(documentId) } : {}),
        language,
        ...(rule !== 'domestic' && basis ? { crossBorderBasis: basis } : {}),
      },
      { onSuccess: () => onClose(t('consentsPage.recorded', { agency: agency.name })) },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('consentsPage.record')} testId="consent-dialog" wide>
      <Form onSubmit={submit} className="form" validationErrors={errors}>
        <p className="muted small">{t('consentsPage.recordIntro')}</p>
        <AgencySelect label={t('consentsPage.agency')} agencies={agencies.data ?? []} value={agencyId} onChange={setAgencyId} errorMessage={errors.agencyId} testId="consent-agency" />
        {agency?.lawEnforcement ? <p className="alert alert-warning">{t('directoryPage.lawEnforcementHelp')}</p> : null}
        <CategoryCheckboxes label={t('consentsPage.categories')} description={t('consentsPage.categoriesHelp')} value={categories} onChange={setCategories} errorMessage={errors.categories} testIdPrefix="consent-category" />
        <TextAreaField label={t('consentsPage.purpose')} description={t('consentsPage.purposeHelp')} name="purpose" value={purpose} onChange={setPurpose} rows={2} isRequired testId="consent-purpose" />
        <div className="field-row">
          <DateInput label={t('consentsPage.start')} value={start} onChange={setStart} isRequired errorMessage={errors.startsAt} testId="consent-start" />
          <DateInput label={t('consentsPage.expiry')} description={t('consentsPage.expiryHelp')} value={expiry} onChange={setExpiry} isRequired errorMessage={errors.expiresAt} testId="consent-expiry" />
        </div>
        <RadioGroup className="field" value={method} onChange={(v) => setMethod(v as Method)} orientation="horizontal">
          <Label className="field-label">{t('consentsPage.how')}</Label>
          <div className="radio-row">
            {CONSENT_METHODS.map((m) => (
              <Radio key={m} value={m} className="radio" data-testid={`consent-method-${m}`}>
                {t(METHOD_LABEL[m])}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        {method === 'verbal_witnessed' ? <TextInput label={t('consentsPage.witness')} name="witnessName" value={witness} onChange={setWitness} isRequired testId="consent-witness" /> : null}
        <div className="field-row">
          <SelectField
            label={t('consentsPage.formLanguage')}
            options={FORM_LANGUAGES.map((l) => ({ id: l, label: t(FORM_LANGUAGE_LABEL[l]) }))}
            value={language}
            onChange={(v) => setLanguage(v as FormLanguage)}
            testId="consent-language"
          />
          <SelectField
            label={t('consentsPage.signedForm')}
            description={t('consentsPage.signedFormHelp')}
            options={[{ id: NONE, label: t('consentsPage.noForm') }, ...(docs.data ?? []).map((d) => ({ id: String(d.id), label: d.filename }))]}
            value={documentId}
            onChange={setDocumentId}
            testId="consent-document"
          />
        </div>
        {rule !== 'domestic' ? (
          <div className="alert alert-warning cross-border" data-testid="consent-cross-border">
            <p>
              <strong>{t('consentsPage.crossBorderTitle')}</strong> {t(PRIVACY_RULE_LABEL[rule])}
            </p>
            <SelectField
              label={t('consentsPage.basis')}
              placeholder={t('consentsPage.chooseBasis')}
              options={CROSS_BORDER_BASES.map((b) => ({ id: b, label: t(BASIS_LABEL[b]) }))}
              value={basis}
              onChange={(v) => setBasis(v as Basis)}
              isRequired
              errorMessage={errors.crossBorderBasis}
              testId="consent-basis"
            />
          </div>
        ) : null}
        <ErrorMessage error={record.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={record.isPending || undefined} data-testid="consent-save">
            {t('consentsPage.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
