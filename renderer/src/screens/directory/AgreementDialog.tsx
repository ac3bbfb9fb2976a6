import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/referrals/schemas';
import type { ShareCategory } from '../../../../shared/referrals/vocab';
import { addDays, DateInput, dateToInstant, toDateValue } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextInput } from '../../components/TextInput';
import { useDirectory, useSaveAgreement } from '../../data/directory';
import { CategoryCheckboxes } from '../consents/CategoryCheckboxes';

/** Record a partner agreement with an agency outside the centre, or edit one (administrators). */
export function AgreementDialog({ agreement, onClose }: { agreement: Agreement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAgreement();
  const agencies = useDirectory({});
  const [agencyId, setAgencyId] = useState<string | null>(agreement ? String(agreement.agencyId) : null);
  const [parties, setParties] = useState(agreement?.parties ?? '');
  const [from, setFrom] = useState(toDateValue(agreement ? new Date(agreement.effectiveFrom) : new Date()));
  const [to, setTo] = useState(toDateValue(agreement ? new Date(agreement.endsAt) : addDays(new Date(), 365)));
  const [categories, setCategories] = useState<ShareCategory[]>(agreement?.categories ?? []);
  const [purpose, setPurpose] = useState(agreement?.purpose ?? '');
  const [documentRef, setDocumentRef] = useState(agreement?.documentRef ?? '');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(save.error, t), ...problem };
  const partners = (agencies.data ?? []).filter((a) => a.relation !== 'internal');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    const effectiveFrom = dateToInstant(from, 'start');
    const endsAt = dateToInstant(to, 'end');
    const next: Record<string, string> = {};
    if (!agencyId) next.agencyId = t('agreementsPage.chooseAgency');
    if (!effectiveFrom) next.effectiveFrom = t('fieldErrors.invalid');
    if (!endsAt || (effectiveFrom && endsAt <= effectiveFrom)) next.endsAt = t('agreementsPage.endAfterStart');
    if (categories.length === 0) next.categories = t('consentsPage.chooseCategory');
    setProblem(next);
    if (Object.keys(next).length || !effectiveFrom || !endsAt || !agencyId) return;
    save.mutate(
      { ...(agreement ? { id: agreement.id, version: agreement.version } : {}), agencyId: Number(agencyId), parties, effectiveFrom, endsAt, categories, purpose, documentRef },
      { onSuccess: () => onClose() },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={agreement ? t('agreementsPage.edit') : t('agreementsPage.add')} testId="agreement-dialog" wide>
      <Form onSubmit={submit} className="form" validationErrors={errors}>
        <SelectField
          label={t('agreementsPage.agency')}
          placeholder={t('agreementsPage.chooseAgency')}
          options={partners.map((a) => ({ id: String(a.id), label: a.name }))}
          value={agencyId}
          onChange={setAgencyId}
          isRequired
          errorMessage={errors.agencyId}
          testId="agreement-agency"
        />
        <TextInput label={t('agreementsPage.parties')} description={t('agreementsPage.partiesHelp')} name="parties" value={parties} onChange={setParties} isRequired testId="agreement-parties" />
        <div className="field-row">
          <DateInput label={t('agreementsPage.effectiveFrom')} value={from} onChange={setFrom} isRequired errorMessage={errors.effectiveFrom} testId="agreement-from" />
          <DateInput label={t('agreementsPage.endsAt')} value={to} onChange={setTo} isRequired errorMessage={errors.endsAt} testId="agreement-to" />
        </div>
        <CategoryCheckboxes label={t('agreementsPage.categories')} value={categories} onChange={setCategories} errorMessage={errors.categories} testIdPrefix="agreement-category" />
        <TextAreaField label={t('agreementsPage.purpose')} name="purpose" value={purpose} onChange={setPurpose} rows={2} isRequired testId="agreement-purpose" />
        <TextInput label={t('agreementsPage.documentRef')} description={t('agreementsPage.documentRefHelp')} name="documentRef" value={documentRef} onChange={setDocumentRef} testId="agreement-document" />
        <ErrorMessage error={save.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={save.isPending || undefined} data-testid="agreement-save">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
