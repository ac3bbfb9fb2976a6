import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseFile, Contact } from '../../../../../shared/cases/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ConflictNotice } from '../intake/ConflictNotice';
import { checkContact, normalizeContact, type ContactErrors } from '../intake/contactDraft';
import { ContactForm } from '../intake/ContactForm';
import { useCaseSaver } from '../intake/useCaseSaver';

/** Edits contact and safety against the version read; a CONFLICT shows the saved version first. */
export function ContactEditor({ caseFile, onDone }: { caseFile: CaseFile; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const saver = useCaseSaver(caseFile);
  const [contact, setContact] = useState<Contact>(caseFile.contact!);
  const [errors, setErrors] = useState<ContactErrors>({});
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (saver.pending) return;
    const found = checkContact(contact);
    setErrors(found);
    if (Object.keys(found).length === 0 && (await saver.saveContact(normalizeContact(contact)))) onDone(true);
  };
  return (
    <Form className="form" onSubmit={(e) => void submit(e)} aria-label={t('contactForm.edit')}>
      {saver.conflict ? (
        <ConflictNotice current={saver.conflict} fields={[]} drafts={null} onKeepMine={() => saver.acceptCurrent()} onUseTheirs={() => setContact(saver.acceptCurrent()?.contact ?? contact)} />
      ) : null}
      <ContactForm contact={contact} onChange={setContact} errors={errors} banner={false} />
      <ErrorMessage error={saver.error} />
      <div className="actions">
        <Button className="button" onPress={() => onDone(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" data-busy={saver.pending || undefined} data-testid="contact-save">
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
