import { useState } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { useNotes } from '../../../data/notes';
import type { CaseTabProps } from '../page/tabProps';
import { vocabKey, type NoteType } from '../vocab';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import { readableTypes, writableTypes } from './noteTypes';

const ALL = 'all';

/** Notes of the case, by type (only the types this person may read), newest first, with the editor above. */
export function NotesTab({ file, session }: CaseTabProps) {
  const { t } = useTranslation();
  const caseId = file.header.id;
  const readable = readableTypes(file.parts);
  const writable = writableTypes(file.parts, session);
  const [type, setType] = useState<NoteType | null>(null);
  const [message, setMessage] = useState('');
  const notes = useNotes(caseId, type);

  return (
    <div className="notes-tab">
      <h2 className="visually-hidden">{t('casePage.tabNotes')}</h2>
      <StatusMessage testId="notes-status">{message}</StatusMessage>
      <div className="notes-layout">
        {writable.length ? <NoteEditor caseId={caseId} types={writable} onSaved={setMessage} /> : null}
        <section className="notes-list-section" aria-labelledby="notes-list-title">
          <div className="section-head">
            <h3 id="notes-list-title">{t('notesPage.listTitle')}</h3>
            {readable.length > 1 ? (
              <RadioGroup className="segmented" orientation="horizontal" aria-label={t('notesPage.filter')} value={type ?? ALL} onChange={(v) => setType(v === ALL ? null : (v as NoteType))}>
                <Radio value={ALL} className="segment" data-testid="notes-filter-all">
                  {t('notesPage.allTypes')}
                </Radio>
                {readable.map((x) => (
                  <Radio key={x} value={x} className="segment" data-testid={`notes-filter-${x}`}>
                    {t(vocabKey('noteType', x))}
                  </Radio>
                ))}
              </RadioGroup>
            ) : null}
          </div>
          <ErrorMessage error={notes.error} />
          {notes.isPending ? <p className="muted">{t('common.loading')}</p> : null}
          {notes.data && notes.data.length === 0 ? <p className="muted">{t('notesPage.none')}</p> : null}
          <ul className="note-list" data-testid="note-list">
            {notes.data?.map((n) => (
              <NoteItem key={n.id} note={n} mine={n.authorId === session.staffId} canWrite={writable.includes(n.type)} onMessage={setMessage} />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
