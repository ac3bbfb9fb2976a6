import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { useCreateNote } from '../../../data/notes';
import { vocabKey, type NoteType } from '../vocab';

export const MAX_NOTE = 20_000;

/** A new note: the type list holds only the types this person may write on the case. */
export function NoteEditor({ caseId, types, onSaved }: { caseId: number; types: readonly NoteType[]; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateNote(caseId);
  const [type, setType] = useState<NoteType>(types[0]!);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (create.isPending) return;
    const text = body.trim();
    if (!text || text.length > MAX_NOTE) return setProblem(t(text ? 'notesPage.tooLong' : 'notesPage.bodyRequired'));
    create.mutate(
      { caseId, type, body: text },
      {
        onSuccess: () => {
          setBody('');
          onSaved(t('notesPage.created', { type: t(vocabKey('noteType', type)) }));
        },
      },
    );
  };

  return (
    <Form className="form note-editor panel" onSubmit={submit} aria-labelledby="note-new-title" validationBehavior="aria">
      <h3 id="note-new-title">{t('notesPage.newNote')}</h3>
      <SelectField
        label={t('notesPage.type')}
        options={types.map((x) => ({ id: x, label: t(vocabKey('noteType', x)) }))}
        value={type}
        onChange={(v) => setType(v as NoteType)}
        testId="note-type"
        className="field-narrow"
      />
      <TextAreaField
        label={t('notesPage.body')}
        value={body}
        onChange={(v) => {
          setBody(v);
          setProblem(null);
        }}
        rows={5}
        testId="note-body"
        errorMessage={problem ?? undefined}
        description={t('notesPage.bodyHelp')}
      />
      <ErrorMessage error={create.error} />
      <div className="actions actions-start">
        <Button type="submit" className="button button-primary" data-busy={create.isPending || undefined} data-testid="note-save">
          {t('notesPage.save')}
        </Button>
      </div>
    </Form>
  );
}
