import { useState } from 'react';
import { Button, FieldError, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Jurisdiction, Session } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { JURISDICTION_LABEL } from '../../components/labels';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { checkNewPassword } from '../../components/passwordRules';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { useSetup } from '../../data/vault';
import { Hotlines } from '../../components/Hotlines';

const JURISDICTIONS: Jurisdiction[] = ['US', 'CA', 'both'];

// The core names admin fields under 'admin.'; the form names them flat.
const RENAME = { 'admin.username': 'username', 'admin.displayName': 'displayName', 'admin.password': 'password' };

/** First run: the centre and its first administrator. The recovery key is shown by the next screen. */
export function SetupScreen({ onCreated }: { onCreated: (recoveryKey: string, session: Session) => void }) {
  const { t } = useTranslation();
  const setup = useSetup();
  const [v, setV] = useState({ centreName: '', jurisdiction: '', username: '', displayName: '', password: '', confirm: '' });
  const { errors, refuse, clear, formRef } = useFormErrors();
  const set = (k: keyof typeof v) => (value: string) => {
    setV((p) => ({ ...p, [k]: value }));
    clear(k);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (setup.isPending) return; // one request at a time: a double press must not submit twice
    const found: Record<string, string> = {};
    if (!v.centreName.trim()) found.centreName = t('fieldErrors.centreName');
    if (!v.jurisdiction) found.jurisdiction = t('fieldErrors.jurisdiction');
    if (!/^[a-z0-9][a-z0-9._-]{1,31}$/i.test(v.username.trim())) found.username = t('fieldErrors.username');
    if (!v.displayName.trim()) found.displayName = t('fieldErrors.displayName');
    const pw = checkNewPassword(v.password, v.confirm);
    if (pw.password) found.password = t(pw.password);
    if (pw.confirm) found.confirm = t(pw.confirm);
    refuse(found);
    if (Object.keys(found).length > 0) return;
    setup.mutate(
      {
        centreName: v.centreName.trim(),
        jurisdiction: v.jurisdiction as Jurisdiction,
        admin: { username: v.username.trim().toLowerCase(), displayName: v.displayName.trim(), password: v.password },
      },
      {
        onSuccess: (r) => onCreated(r.recoveryKey, r.session),
        onError: (err) => refuse(fieldErrorsOf(err, t, RENAME)),
      },
    );
  };

  return (
    <div className="screen">
      <header className="screen-topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main className="card card-wide" aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p className="muted">{t('setup.intro')}</p>
        <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
          <fieldset className="fieldset">
            <legend>{t('setup.centreLegend')}</legend>
            <TextInput name="centreName" label={t('setup.centreName')} value={v.centreName} onChange={set('centreName')} isRequired autoFocus testId="setup-centre" />
            <RadioGroup name="jurisdiction" value={v.jurisdiction} onChange={set('jurisdiction')} isRequired className="field radio-group" orientation="horizontal">
              <Label className="field-label">{t('setup.jurisdiction')}</Label>
              <div className="radio-row">
                {JURISDICTIONS.map((j) => (
                  <Radio key={j} value={j} className="radio" data-testid={`setup-jurisdiction-${j}`}>
                    {t(JURISDICTION_LABEL[j])}
                  </Radio>
                ))}
              </div>
              <FieldError className="field-error" />
            </RadioGroup>
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('setup.adminLegend')}</legend>
            <p className="muted small">{t('setup.adminHelp')}</p>
            <div className="field-row">
              <TextInput name="username" label={t('fields.username')} description={t('fields.usernameHelp')} value={v.username} onChange={set('username')} isRequired autoComplete="off" testId="setup-username" />
              <TextInput name="displayName" label={t('fields.displayName')} value={v.displayName} onChange={set('displayName')} isRequired autoComplete="off" testId="setup-display-name" />
            </div>
            <div className="field-row">
              <TextInput name="password" type="password" label={t('fields.password')} description={t('fields.passwordHelp')} value={v.password} onChange={set('password')} isRequired autoComplete="new-password" testId="setup-password" />
              <TextInput name="confirm" type="password" label={t('fields.confirmPassword')} value={v.confirm} onChange={set('confirm')} isRequired autoComplete="new-password" testId="setup-confirm" />
            </div>
          </fieldset>
          <ErrorMessage error={setup.error} />
          <div className="actions">
            <Button type="submit" className="button button-primary" data-busy={setup.isPending || undefined} data-testid="setup-submit">
              {t('setup.submit')}
            </Button>
          </div>
        </Form>
      </main>
      <footer className="screen-footer">
        <Hotlines />
      </footer>
    </div>
  );
}
