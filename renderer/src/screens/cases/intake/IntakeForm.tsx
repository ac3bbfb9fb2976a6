import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseFile, Contact } from '../../../../../shared/cases/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { StatusMessage } from '../../../components/StatusMessage';
import type { CasesNav } from '../nav';
import { BackToList } from '../page/BackToList';
import { ConflictNotice } from './ConflictNotice';
import { checkContact, dropBlankMethods, EMPTY_CONTACT, normalizeContact, sameContact, withBlankMethod, type ContactErrors } from './contactDraft';
import { ContactForm } from './ContactForm';
import { IntakeSteps, STEP_LABEL, STEPS, type Step } from './IntakeSteps';
import { ProfileFieldsForm } from './ProfileFieldsForm';
import { BACKGROUND_FIELDS, draftsOf, IDENTITY_FIELDS, profilePatch, type ProfileDrafts, type ProfileField } from './profileFields';
import { ReviewStep } from './ReviewStep';
import { DiscardIntakeDialog } from './DiscardIntakeDialog';
import { NOTHING_ENTERED } from './entered';
import { useCaseSaver } from './useCaseSaver';

const FIELDS_OF = { identity: IDENTITY_FIELDS, background: BACKGROUND_FIELDS, contact: [], review: [] } as const;

/**
 * The intake wizard. The first save creates the case (the creator becomes its lead caseworker); each step
 * then saves what changed against the version it read. "Save and close" leaves the intake half done; the
 * last step completes it.
 */
export function IntakeForm({ initial, nav }: { initial: CaseFile | null; nav: CasesNav }) {
  const { t } = useTranslation();
  const saver = useCaseSaver(initial);
  const [step, setStep] = useState<Step>('identity');
  const [drafts, setDrafts] = useState<ProfileDrafts>(() => draftsOf(initial?.profile ?? null));
  const [contact, setContact] = useState<Contact>(() => withBlankMethod(initial?.contact ?? EMPTY_CONTACT));
  const [discarding, setDiscarding] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [contactErrors, setContactErrors] = useState<ContactErrors>({});
  const [note, setNote] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const file = saver.file;
  const at = STEPS.indexOf(step);

  useEffect(() => {
    if (at > 0 || file) headingRef.current?.focus();
    // Only when the step changes: focus must not jump while the person works in a step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  /**
   * Saves the current step; null when something stops it (invalid entries, a conflict, a refusal), and
   * NOTHING_ENTERED while the intake is still blank (no case exists until something is entered).
   */
  async function saveStep(): Promise<CaseFile | null | typeof NOTHING_ENTERED> {
    setNote('');
    if (step === 'identity' || step === 'background') {
      const { patch, errors: found } = profilePatch(FIELDS_OF[step], drafts, file?.profile ?? null);
      setErrors(found);
      if (Object.keys(found).length) {
        document.querySelector<HTMLElement>('.answer-field [aria-invalid="true"], .answer-field [data-invalid] input')?.focus();
        return null;
      }
      return saver.saveProfile(patch);
    }
    if (step === 'contact') {
      const entered = dropBlankMethods(contact);
      const found = checkContact(entered);
      setContactErrors(found);
      if (Object.keys(found).length) return null;
      if (file && sameContact(file.contact, entered)) return file;
      return saver.saveContact(normalizeContact(entered));
    }
    return file ?? NOTHING_ENTERED;
  }

  const go = async (to: Step) => {
    if (saver.pending) return;
    if (await saveStep()) setStep(to);
  };
  const saveAndClose = async () => {
    if (saver.pending) return;
    const saved = await saveStep();
    if (saved === NOTHING_ENTERED) nav.list(t('intakeWizard.nothingSaved'));
    else if (saved) nav.list(t('intakeWizard.savedHalf', { number: saved.header.caseNumber }));
  };
  const complete = async () => {
    if (saver.pending) return;
    const done = await saver.completeIntake();
    if (done) nav.openCase(done.header.id);
  };
  const onDraft = (name: ProfileField, d: ProfileDrafts[ProfileField]) => {
    setDrafts((p) => ({ ...p, [name]: d }));
    setErrors(({ [name]: _, ...rest }) => rest);
  };

  return (
    <div className="intake" data-testid="intake">
      <BackToList nav={nav} />
      <PageTitle>{file ? t('intakeWizard.titleCase', { number: file.header.caseNumber }) : t('intakeWizard.title')}</PageTitle>
      <IntakeSteps current={step} />
      <Form
        className="form intake-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (step === 'review') void complete();
          else void go(STEPS[at + 1]!);
        }}
      >
        <h2 ref={headingRef} tabIndex={-1} className="step-title" data-testid="intake-step-title">
          {t('intakeWizard.stepOf', { n: String(at + 1), total: String(STEPS.length), step: t(STEP_LABEL[step]) })}
        </h2>
        {step === 'identity' && !file ? <p className="muted small">{t('intakeWizard.createHint')}</p> : null}
        {saver.conflict ? (
          <ConflictNotice
            current={saver.conflict}
            fields={step === 'identity' || step === 'background' ? FIELDS_OF[step] : []}
            drafts={drafts}
            onKeepMine={() => {
              saver.acceptCurrent();
              setNote(t('conflict.keptMine'));
            }}
            onUseTheirs={() => {
              const now = saver.acceptCurrent();
              if (now) {
                setDrafts(draftsOf(now.profile));
                setContact(now.contact ?? EMPTY_CONTACT);
              }
              setNote(t('conflict.usedTheirs'));
            }}
          />
        ) : null}
        <StatusMessage testId="intake-status">{note}</StatusMessage>
        {step === 'identity' || step === 'background' ? <ProfileFieldsForm fields={FIELDS_OF[step]} drafts={drafts} onDraft={onDraft} errors={errors} /> : null}
        {step === 'contact' ? <ContactForm contact={contact} onChange={setContact} errors={contactErrors} /> : null}
        {step === 'review' && file ? <ReviewStep file={file} /> : null}
        {step === 'review' && !file ? (
          <p className="alert" data-testid="intake-nothing-entered">
            {t('intakeWizard.nothingEntered')}
          </p>
        ) : null}
        <ErrorMessage error={saver.error} />
        <div className="actions actions-spread sticky-actions">
          <div className="actions-group">
            {at > 0 ? (
              <Button className="button" onPress={() => void go(STEPS[at - 1]!)} data-testid="intake-back">
                {t('intakeWizard.back')}
              </Button>
            ) : null}
            {file && !file.header.intakeComplete && file.myCaseRoles.includes('lead_caseworker') ? (
              <Button className="button button-quiet" onPress={() => setDiscarding(true)} data-testid="intake-discard">
                {t('intakeWizard.discardIntake')}
              </Button>
            ) : null}
          </div>
          <div className="actions-group">
            {file ? null : (
              <Button className="button button-quiet" onPress={() => nav.list()} data-testid="intake-cancel">
                {t('intakeWizard.discard')}
              </Button>
            )}
            <Button className="button" onPress={() => void saveAndClose()} data-busy={saver.pending || undefined} data-testid="intake-save-close">
              {t('intakeWizard.saveAndClose')}
            </Button>
            {step === 'review' && !file ? null : (
              <Button type="submit" className="button button-primary" data-busy={saver.pending || undefined} data-testid={step === 'review' ? 'intake-complete' : 'intake-next'}>
                {step === 'review' ? t('intakeWizard.complete') : t('intakeWizard.saveAndContinue')}
              </Button>
            )}
          </div>
        </div>
      </Form>
      {discarding && file ? (
        <DiscardIntakeDialog header={file.header} onOpenChange={setDiscarding} onDone={() => nav.list(t('intakeWizard.discarded', { number: file.header.caseNumber }))} />
      ) : null}
    </div>
  );
}
