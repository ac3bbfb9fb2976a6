import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { noteSchema, type Note } from '../../../../../shared/cases/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useUpdateNote } from '../../../data/notes';
import { MAX_NOTE } from './NoteEditor';

/**
 * Edit one's own note. The earlier text goes to the note's history. If the note moved meanwhile (CONFLICT),
 * the saved text is shown and this edit is kept, to save again on top of it.
 */
export function NoteEditForm({ note, onDone }: { note: Note; onDone: (message?: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateNote(note.caseId);
  const [base, setBase] = useState(note);
  const [body, setBody] = useState(note.body);
  const [theirs, setTheirs] = useState<Note | null>(null);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (update.isPending) return;
    const text = body.trim();
    if (!text || text.length > MAX_NOTE) return setProblem(t(text ? 'notesPage.tooLong' : 'notesPage.bodyRequired'));
    if (text === base.body) return onDone();
    update.mutate(
      { noteId: base.id, version: base.version, body: text },
      {
        onSuccess: () => onDone(t('notesPage.updated')),
        onError: (err) => {
          const current = noteSchema.safeParse(err.current);
          if (err.code === 'CONFLICT' && current.success) {
            setBase(current.data);
            setTheirs(current.data);
          }
        },
      },
    );
  };

  return (
    <Form className="form note-edit" onSubmit={submit}>
      {theirs ? (
        <div className="alert alert-warning" role="alert" data-testid="note-conflict">
          <p>{t('notesPage.conflict')}</p>
          <blockquote className="pre-wrap">{theirs.body}</blockquote>
        </div>
      ) : (
        <ErrorMessage error={update.error} />
      )}
      <TextAreaField
        label={t('notesPage.editBody')}
        value={body}
        onChange={(v) => {
          setBody(v);
          setProblem(undefined);
        }}
        rows={6}
        testId="note-edit-body"
        errorMessage={problem}
        autoFocus
      />
      <div className="actions actions-start">
        <Button type="submit" className="button button-primary button-small" data-busy={update.isPending || undefined} data-testid="note-edit-save">
          {theirs ? t('notesPage.saveAgain') : t('common.save')}
        </Button>
        <Button className="button button-small" onPress={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
