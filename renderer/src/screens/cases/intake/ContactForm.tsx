import { Button, Checkbox, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../../shared/cases/schemas';
import { TextAreaField } from '../../../components/TextAreaField';
import { SafetyBanner } from '../page/SafetyBanner';
import { MAX_METHODS, newMethod, type ContactErrors } from './contactDraft';
import { MethodRow } from './MethodRow';
import { YesNoUnknownField } from './YesNoUnknownField';

interface Props {
  contact: Contact;
  onChange: (c: Contact) => void;
  errors: ContactErrors;
  /** The live safety banner; off where the page already shows one just above. */
  banner?: boolean;
}

/** Safe contact methods and the safety flags; the banner above shows the flags as they will read. */
export function ContactForm({ contact, onChange, errors, banner = true }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof Contact>(k: K, v: Contact[K]) => onChange({ ...contact, [k]: v });
  return (
    <div className="contact-form">
      {banner ? <SafetyBanner contact={contact} /> : null}
      <fieldset className="fieldset">
        <legend>{t('contactForm.safetyLegend')}</legend>
        <div className="safety-flags">
          <Checkbox className="checkbox checkbox-danger" isSelected={contact.doNotContact} onChange={(v) => set('doNotContact', v)} data-testid="contact-do-not-contact">
            <span className="checkbox-box" aria-hidden="true" />
            <span>
              <strong>{t('contactForm.doNotContact')}</strong> <span className="muted small">— {t('contactForm.doNotContactHelp')}</span>
            </span>
          </Checkbox>
          <div className="field-row">
            <YesNoUnknownField label={t('contactForm.unsafeMonitor')} value={contact.unsafePersonMayMonitor} onChange={(v) => set('unsafePersonMayMonitor', v)} risky="yes" testId="contact-monitor" />
            <YesNoUnknownField label={t('contactForm.othersAware')} value={contact.othersAwareOfContact} onChange={(v) => set('othersAwareOfContact', v)} risky="no" testId="contact-aware" />
          </div>
        </div>
      </fieldset>
      <TextField className="field field-medium" value={contact.preferredName} onChange={(v) => set('preferredName', v)} isInvalid={errors.preferredName ? true : undefined}>
        <Label className="field-label">{t('contactForm.preferredName')}</Label>
        <Input className="input" data-testid="contact-preferred-name" autoComplete="off" />
      </TextField>
      <fieldset className="fieldset">
        <legend>{t('contactForm.methods')}</legend>
        {contact.methods.length === 0 ? <p className="muted small">{t('contactForm.noMethods')}</p> : null}
        {contact.methods.map((m, i) => (
          <MethodRow
            key={i}
            index={i}
            method={m}
            errors={errors}
            monitored={contact.unsafePersonMayMonitor === 'yes'}
            onChange={(next) => set('methods', contact.methods.map((x, j) => (j === i ? next : x)))}
            onRemove={() => set('methods', contact.methods.filter((_, j) => j !== i))}
          />
        ))}
        {contact.methods.length < MAX_METHODS ? (
          <div>
            <Button className="button button-small" onPress={() => set('methods', [...contact.methods, newMethod()])} data-testid="contact-add-method">
              {t('contactForm.addMethod')}
            </Button>
          </div>
        ) : null}
      </fieldset>
      <TextAreaField
        label={t('contactForm.safetyNotes')}
        description={t('contactForm.safetyNotesHelp')}
        value={contact.safetyNotes}
        onChange={(v) => set('safetyNotes', v)}
        rows={3}
        testId="contact-safety-notes"
        isInvalid={errors.safetyNotes ? true : undefined}
      />
    </div>
  );
}
