import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { privacyRule } from '../../../../shared/referrals/cross-border';
import { URGENCIES, type ShareCategory } from '../../../../shared/referrals/vocab';
import { addDays, DateInput, dateToInstant, toDateValue } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useConsents } from '../../data/consents';
import { useAgreements, useDirectory } from '../../data/directory';
import { useCreateReferral } from '../../data/referrals';
import { useSettings } from '../../data/settings';
import { useFormat } from '../../i18n/format';
import { CategoryCheckboxes } from '../consents/CategoryCheckboxes';
import { ConsentRefusal } from './ConsentRefusal';
import { coverageFor } from './coverage';
import { CATEGORY_LABEL, PRIVACY_RULE_LABEL, RELATION_LABEL, SERVICE_TYPE_LABEL, URGENCY_LABEL } from './labels';
import { OwnerField } from './OwnerField';

type Urgency = (typeof URGENCIES)[number];
const FOLLOW_UP_DAYS = 7;

/**
 * Refer the survivor to a service. The dialog shows what the active release (and the partner agreement)
 * allow for that agency; the core decides, and a refusal names exactly the categories it lacks.
 */
export function CreateReferralDialog({ caseId, onClose }: { caseId: number; onClose: (message?: string, id?: number) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const create = useCreateReferral();
  const directory = useDirectory({});
  const consents = useConsents(caseId);
  const settings = useSettings();
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [categories, setCategories] = useState<ShareCategory[]>([]);
  const [urgency, setUrgency] = useState<Urgency>('routine');
  const [reason, setReason] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [followUp, setFollowUp] = useState(toDateValue(addDays(new Date(), FOLLOW_UP_DAYS)));
  const [problem, setProblem] = useState<Record<string, string>>({});
  const services = (directory.data ?? []).filter((a) => !a.archived).flatMap((a) => a.services.filter((s) => !s.archived).map((s) => ({ agency: a, service: s })));
  const chosen = services.find((x) => String(x.service.id) === serviceId);
  const agreements = useAgreements(chosen?.agency.id ?? null);
  const cover = coverageFor(chosen?.agency, consents.data ?? [], chosen ? (agreements.data ?? []) : []);
  const rule = chosen && settings.data ? privacyRule(settings.data.jurisdiction, chosen.agency.country) : 'domestic';
  const refused = create.error?.code === 'CONSENT_REQUIRED' ? create.error : null;
  const errors = { ...fieldErrorsOf(refused ? null : create.error, t), ...problem };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (create.isPending) return;
    const followUpAt = dateToInstant(followUp, 'morning');
    const next: Record<string, string> = {};
    if (!chosen) next.serviceId = t('referralsPage.chooseService');
    if (categories.length === 0) next.categories = t('consentsPage.chooseCategory');
    if (!reason.trim()) next.reason = t('referralsPage.reasonRequired');
    if (!followUpAt) next.followUpAt = t('fieldErrors.invalid');
    setProblem(next);
    if (Object.keys(next).length || !chosen || !followUpAt) return;
    create.mutate(
      { caseId, serviceId: chosen.service.id, urgency, reason, categories, followUpAt, ...(owner ? { ownerId: Number(owner) } : {}) },
      { onSuccess: (r) => onClose(t('referralsPage.created', { agency: r.agencyName }), r.id) },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('referralsPage.create')} testId="referral-dialog" wide>
      <Form onSubmit={submit} className="form" validationErrors={errors}>
        <SelectField
          label={t('referralsPage.service')}
          placeholder={t('referralsPage.chooseService')}
          options={services.map(({ agency, service }) => ({ id: String(service.id), label: `${agency.name} — ${service.name} (${t(SERVICE_TYPE_LABEL[service.type])})` }))}
          value={serviceId}
          onChange={(v) => {
            setServiceId(v);
            create.reset();
          }}
          isRequired
          errorMessage={errors.serviceId}
          testId="referral-service"
        />
        {chosen ? (
          <div className="coverage panel" data-testid="referral-coverage">
            <p className="small">
              <span className={`badge badge-relation badge-${chosen.agency.relation}`}>{t(RELATION_LABEL[chosen.agency.relation])}</span>{' '}
              {rule !== 'domestic' ? <span data-testid="referral-privacy-rule">{t(PRIVACY_RULE_LABEL[rule])}</span> : null}
            </p>
            {cover.consent ? (
              <p data-testid="referral-consent-summary">
                {t('referralsPage.consentCovers', {
                  id: cover.consent.id,
                  until: fmt.date(cover.consent.expiresAt ?? ''),
                  categories: cover.consent.categories.map((c) => t(CATEGORY_LABEL[c])).join(', '),
                })}
              </p>
            ) : (
              <p className="alert alert-warning" data-testid="referral-no-consent">
                {t('referralsPage.noActiveConsent', { agency: chosen.agency.name })}
              </p>
            )}
            {cover.agreed === null ? (
              <p className="muted small">{t('referralsPage.internalNoAgreement')}</p>
            ) : cover.agreed.size ? (
              <p className="muted small">{t('referralsPage.agreementAllows', { categories: [...cover.agreed].map((c) => t(CATEGORY_LABEL[c])).join(', ') })}</p>
            ) : (
              <p className="alert alert-warning">{t('referralsPage.noAgreement', { agency: chosen.agency.name })}</p>
            )}
          </div>
        ) : null}
        <CategoryCheckboxes
          label={t('referralsPage.shareCategories')}
          description={t('referralsPage.shareCategoriesHelp')}
          value={categories}
          onChange={(v) => {
            setCategories(v);
            create.reset();
          }}
          errorMessage={errors.categories}
          testIdPrefix="referral-category"
          covered={chosen ? cover.covered : undefined}
        />
        <div className="field-row">
          <SelectField label={t('referralsPage.urgency')} options={URGENCIES.map((u) => ({ id: u, label: t(URGENCY_LABEL[u]) }))} value={urgency} onChange={(v) => setUrgency(v as Urgency)} testId="referral-urgency" />
          <DateInput label={t('referralsPage.followUp')} description={t('referralsPage.followUpHelp')} value={followUp} onChange={setFollowUp} isRequired errorMessage={errors.followUpAt} testId="referral-follow-up" />
        </div>
        <TextAreaField label={t('referralsPage.reason')} description={t('referralsPage.reasonHelp')} name="reason" value={reason} onChange={setReason} rows={3} isRequired errorMessage={errors.reason} testId="referral-reason" />
        <OwnerField value={owner} onChange={setOwner} />
        {refused && chosen ? <ConsentRefusal error={refused} agency={chosen.agency.name} /> : <ErrorMessage error={create.error} />}
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={create.isPending || undefined} data-testid="referral-save">
            {t('referralsPage.send')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
