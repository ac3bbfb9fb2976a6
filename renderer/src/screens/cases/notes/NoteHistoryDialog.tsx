import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ModalDialog } from '../../../components/ModalDialog';
import { useNoteHistory } from '../../../data/notes';
import { useFormat } from '../../../i18n/format';

/** Earlier versions of a note, newest first. Redacted passages are gone from these too. */
export function NoteHistoryDialog({ noteId, onClose }: { noteId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useNoteHistory(noteId);
  const revisions = [...(history.data ?? [])].sort((a, b) => b.rev - a.rev);
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('notesPage.historyTitle')} testId="note-history" wide>
      <ErrorMessage error={history.error} />
      {history.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {history.data && revisions.length === 0 ? <p className="muted">{t('notesPage.noHistory')}</p> : null}
      <ol className="history-list">
        {revisions.map((r) => (
          <li key={r.rev} className="history-item">
            <p className="small muted">{t('notesPage.revision', { rev: String(r.rev), by: r.editedBy, when: fmt.dateTime(r.editedAt) })}</p>
            <p className="pre-wrap note-body">{r.body}</p>
          </li>
        ))}
      </ol>
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('common.close')}
        </Button>
      </div>
    </ModalDialog>
  );
}
