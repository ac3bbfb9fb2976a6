import { useState } from 'react';
import { Button, FieldError, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { settingsSchema, type Jurisdiction, type Settings } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { JURISDICTION_LABEL } from '../../components/labels';
import { NumberInput } from '../../components/NumberInput';
import { StatusMessage } from '../../components/StatusMessage';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { useSettings, useUpdateSettings } from '../../data/settings';
import { DEFAULT_RETENTION_MONTHS, RetentionField } from './RetentionField';

const JURISDICTIONS: Jurisdiction[] = ['US', 'CA', 'both'];

/** Admin > Settings. Shown only once the current settings are loaded, so the form starts from real values. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  if (settings.error) return <ErrorMessage error={settings.error} />;
  if (!settings.data) return <p className="muted">{t('common.loading')}</p>;
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [base, setBase] = useState(initial);
  const [centreName, setCentreName] = useState(initial.centreName);
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(initial.jurisdiction);
  const [idleMinutes, setIdleMinutes] = useState(initial.idleMinutes);
  const [retentionOn, setRetentionOn] = useState(initial.retentionMonths !== null);
  const [retentionMonths, setRetentionMonths] = useState(initial.retentionMonths ?? DEFAULT_RETENTION_MONTHS);
  const { errors, refuse, clear, formRef } = useFormErrors();
  const [saved, setSaved] = useState('');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (update.isPending) return; // one request at a time: a double press must not submit twice
    setSaved('');
    const found: Record<string, string> = {};
    if (!centreName.trim()) found.centreName = t('fieldErrors.centreName');
    if (!Number.isInteger(idleMinutes) || idleMinutes < 1 || idleMinutes > 120) found.idleMinutes = t('fieldErrors.idleMinutes');
    if (retentionOn && (!Number.isInteger(retentionMonths) || retentionMonths < 1 || retentionMonths > 1200)) found.retentionMonths = t('fieldErrors.retentionMonths');
    refuse(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { version: base.version, centreName: centreName.trim(), jurisdiction, idleMinutes, retentionMonths: retentionOn ? retentionMonths : null },
      {
        onSuccess: (s) => {
          setBase(s);
          setSaved(t('settingsPage.saved'));
        },
        onError: (err) => {
          refuse(fieldErrorsOf(err, t));
          // Someone else saved first: show their values and their version, to review before saving again.
          const current = settingsSchema.safeParse(err.current);
          if (err.code === 'CONFLICT' && current.success) {
            setBase(current.data);
            setCentreName(current.data.centreName);
            setJurisdiction(current.data.jurisdiction);
            setIdleMinutes(current.data.idleMinutes);
            setRetentionOn(current.data.retentionMonths !== null);
            setRetentionMonths(current.data.retentionMonths ?? DEFAULT_RETENTION_MONTHS);
          }
        },
      },
    );
  };

  return (
    <section aria-labelledby="settings-title" className="section">
      <h2 id="settings-title">{t('settingsPage.title')}</h2>
      <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form form-narrow">
        <TextInput name="centreName" label={t('setup.centreName')} value={centreName} onChange={(s) => {
            setCentreName(s);
            clear('centreName');
          }} isRequired testId="settings-centre" />
        <RadioGroup name="jurisdiction" value={jurisdiction} onChange={(j) => setJurisdiction(j as Jurisdiction)} className="field radio-group" orientation="horizontal">
          <Label className="field-label">{t('setup.jurisdiction')}</Label>
          <div className="radio-row">
            {JURISDICTIONS.map((j) => (
              <Radio key={j} value={j} className="radio" data-testid={`settings-jurisdiction-${j}`}>
                {t(JURISDICTION_LABEL[j])}
              </Radio>
            ))}
          </div>
          <FieldError className="field-error" />
        </RadioGroup>
        <NumberInput
          name="idleMinutes"
          label={t('settingsPage.idleMinutes')}
          description={t('settingsPage.idleHelp')}
          value={idleMinutes}
          onChange={(n) => {
            setIdleMinutes(n);
            clear('idleMinutes');
          }}
          minValue={1}
          maxValue={120}
          isRequired
          testId="settings-idle"
        />
        <RetentionField
          enabled={retentionOn}
          months={retentionMonths}
          onEnabled={(on) => {
            setRetentionOn(on);
            clear('retentionMonths');
          }}
          onMonths={(n) => {
            setRetentionMonths(n);
            clear('retentionMonths');
          }}
        />
        <ErrorMessage error={update.error} />
        <StatusMessage testId="settings-status">{saved}</StatusMessage>
        <div className="actions">
          <Button type="submit" className="button button-primary" data-busy={update.isPending || undefined} data-testid="settings-save">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
