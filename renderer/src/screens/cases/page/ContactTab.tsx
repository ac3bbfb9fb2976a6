import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/StatusMessage';
import { canWriteContact } from '../permissions';
import { ContactEditor } from './ContactEditor';
import { ContactView } from './ContactView';
import type { CaseTabProps } from './tabProps';

/** Contact and safety: read first; everyone on the case may update it (mentors included). */
export function ContactTab({ file, session }: CaseTabProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  if (!file.contact) return null;
  return (
    <div className="contact-tab">
      <div className="section-head">
        <h2>{t('casePage.tabContact')}</h2>
        {!editing && canWriteContact(file, session) ? (
          <Button className="button" onPress={() => setEditing(true)} data-testid="contact-edit">
            {t('contactForm.edit')}
          </Button>
        ) : null}
      </div>
      <StatusMessage testId="contact-status">{message}</StatusMessage>
      {editing ? (
        <ContactEditor
          key={file.header.version}
          caseFile={file}
          onDone={(saved) => {
            setEditing(false);
            setMessage(saved ? t('contactForm.saved') : '');
          }}
        />
      ) : (
        <ContactView contact={file.contact} banner={false} />
      )}
    </div>
  );
}
