import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../../shared/cases/schemas';
import { useFormat } from '../../../i18n/format';
import { vocabKey } from '../vocab';
import { NoteEditForm } from './NoteEditForm';
import { NoteHistoryDialog } from './NoteHistoryDialog';
import { splitRedactions } from './noteTypes';
import { RedactDialog } from './RedactDialog';

interface Props {
  note: Note;
  mine: boolean;
  canWrite: boolean;
  onMessage: (m: string) => void;
}

/** One note: type, author, dates, the text (redacted passages marked), and what may be done with it. */
export function NoteItem({ note, mine, canWrite, onMessage }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [mode, setMode] = useState<'read' | 'edit' | 'history' | 'redact'>('read');
  const [selection, setSelection] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);
  // Remember text selected inside this note, so "Redact a passage" can start from it.
  const capture = () => {
    const sel = window.getSelection();
    if (sel && bodyRef.current && sel.anchorNode && bodyRef.current.contains(sel.anchorNode)) setSelection(sel.toString());
  };
  const done = (m?: string) => {
    setMode('read');
    if (m) onMessage(m);
  };

  return (
    <li className="note" data-testid={`note-${note.id}`}>
      <div className="note-head">
        <span className={`note-type note-type-${note.type}`}>{t(vocabKey('noteType', note.type))}</span>
        <span className="note-author">{note.authorName}</span>
        <span className="muted small">{fmt.dateTime(note.createdAt)}</span>
        {note.revisions > 0 ? <span className="muted small">· {t('notesPage.edited', { when: fmt.dateTime(note.updatedAt) })}</span> : null}
        {note.redactions > 0 ? <span className="badge badge-redacted">{t('notesPage.redactedCount', { n: String(note.redactions) })}</span> : null}
      </div>
      {mode === 'edit' ? (
        <NoteEditForm note={note} onDone={done} />
      ) : (
        <div ref={bodyRef} className="note-body pre-wrap" onMouseUp={capture} onKeyUp={capture}>
          {splitRedactions(note.body).map((p, i) =>
            p.redacted ? (
              <span key={i} className="redacted">
                {t('notesPage.redactedMark')}
              </span>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )}
        </div>
      )}
      {mode !== 'edit' ? (
        <div className="note-actions">
          {mine ? (
            <Button className="button button-small button-quiet" onPress={() => setMode('edit')} data-testid={`note-edit-${note.id}`}>
              {t('notesPage.edit')}
            </Button>
          ) : null}
          {note.revisions > 0 ? (
            <Button className="button button-small button-quiet" onPress={() => setMode('history')} data-testid={`note-history-${note.id}`}>
              {t('notesPage.history', { n: String(note.revisions) })}
            </Button>
          ) : null}
          {canWrite ? (
            <Button className="button button-small button-quiet" onPress={() => setMode('redact')} data-testid={`note-redact-${note.id}`}>
              {t('notesPage.redact')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {mode === 'history' ? <NoteHistoryDialog noteId={note.id} onClose={() => setMode('read')} /> : null}
      {mode === 'redact' ? <RedactDialog note={note} selection={selection} onClose={done} /> : null}
    </li>
  );
}
