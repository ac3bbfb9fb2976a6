import { useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/referrals/schemas';
import { AGENCY_RELATIONS, COUNTRIES, type AgencyRelation, type Country } from '../../../../shared/referrals/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextInput } from '../../components/TextInput';
import { useSaveAgency } from '../../data/directory';
import { COUNTRY_LABEL, RELATION_LABEL } from '../referrals/labels';

/** Codes typed as "en, fr-CA, es": trimmed, empty ones dropped, each once. */
export const parseLanguages = (s: string) => [...new Set(s.split(/[,\s]+/).map((x) => x.trim()).filter(Boolean))];

/** Add an agency, or edit one (administrators). Archiving keeps its history; it only leaves the lists. */
export function AgencyDialog({ agency, onClose }: { agency: Agency | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAgency();
  const [name, setName] = useState(agency?.name ?? '');
  const [relation, setRelation] = useState<AgencyRelation>(agency?.relation ?? 'partner');
  const [country, setCountry] = useState<Country>(agency?.country ?? 'US');
  const [region, setRegion] = useState(agency?.region ?? '');
  const [address, setAddress] = useState(agency?.address ?? '');
  const [hours, setHours] = useState(agency?.hours ?? '');
  const [languages, setLanguages] = useState((agency?.languages ?? []).join(', '));
  const [eligibility, setEligibility] = useState(agency?.eligibility ?? '');
  const [secureContact, setSecureContact] = useState(agency?.secureContact ?? '');
  const [lawEnforcement, setLawEnforcement] = useState(agency?.lawEnforcement ?? false);
  const [archived, setArchived] = useState(agency?.archived ?? false);
  const errors = fieldErrorsOf(save.error, t);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    save.mutate(
      {
        ...(agency ? { id: agency.id, version: agency.version } : {}),
        name,
        relation,
        country,
        region,
        address,
        hours,
        languages: parseLanguages(languages),
        eligibility,
        secureContact,
        lawEnforcement,
        archived,
      },
      { onSuccess: () => onClose() },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={agency ? t('directoryPage.editAgency') : t('directoryPage.addAgency')} testId="agency-dialog" wide>
      <Form onSubmit={submit} className="form" validationErrors={errors}>
        <TextInput label={t('directoryPage.name')} name="name" value={name} onChange={setName} isRequired testId="agency-name" />
        <div className="field-row">
          <SelectField label={t('directoryPage.relation')} options={AGENCY_RELATIONS.map((r) => ({ id: r, label: t(RELATION_LABEL[r]) }))} value={relation} onChange={(v) => setRelation(v as AgencyRelation)} testId="agency-relation" />
          <SelectField label={t('directoryPage.country')} options={COUNTRIES.map((c) => ({ id: c, label: t(COUNTRY_LABEL[c]) }))} value={country} onChange={(v) => setCountry(v as Country)} testId="agency-country" />
          <TextInput label={t('directoryPage.region')} name="region" value={region} onChange={setRegion} className="field-narrow" testId="agency-region" />
        </div>
        <TextAreaField label={t('directoryPage.address')} name="address" value={address} onChange={setAddress} rows={2} testId="agency-address" />
        <TextInput label={t('directoryPage.hours')} name="hours" value={hours} onChange={setHours} testId="agency-hours" />
        <TextInput label={t('directoryPage.languages')} description={t('directoryPage.languagesHelp')} name="languages" value={languages} onChange={setLanguages} testId="agency-languages" />
        <TextAreaField label={t('directoryPage.eligibility')} name="eligibility" value={eligibility} onChange={setEligibility} rows={2} testId="agency-eligibility" />
        <TextInput label={t('directoryPage.secureContact')} description={t('directoryPage.secureContactHelp')} name="secureContact" value={secureContact} onChange={setSecureContact} testId="agency-secure-contact" />
        <Checkbox className="checkbox" isSelected={lawEnforcement} onChange={setLawEnforcement} data-testid="agency-law-enforcement">
          <span className="checkbox-box" aria-hidden="true" />
          <span>
            {t('directoryPage.lawEnforcement')} <span className="muted small">— {t('directoryPage.lawEnforcementHelp')}</span>
          </span>
        </Checkbox>
        {agency ? (
          <Checkbox className="checkbox" isSelected={archived} onChange={setArchived} data-testid="agency-archived">
            <span className="checkbox-box" aria-hidden="true" />
            <span>{t('directoryPage.archiveAgency')}</span>
          </Checkbox>
        ) : null}
        <ErrorMessage error={save.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={save.isPending || undefined} data-testid="agency-save">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
