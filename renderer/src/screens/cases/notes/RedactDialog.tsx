import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../../shared/cases/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ModalDialog } from '../../../components/ModalDialog';
import { TextAreaField } from '../../../components/TextAreaField';
import { useRedactNote } from '../../../data/notes';

const MIN_REASON = 5;

/**
 * Partial purge of a note: the passage (selected in the note, or pasted) and a reason, then an explicit
 * confirmation, because the passage is removed from the note and from all of its history for good.
 */
export function RedactDialog({ note, selection, onClose }: { note: Note; selection: string; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const redact = useRedactNote(note.caseId);
  const [passage, setPassage] = useState(selection);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<{ passage?: string; reason?: string }>({});

  const review = (e: React.FormEvent) => {
    e.preventDefault();
    const found: typeof errors = {};
    if (!passage) found.passage = t('redact.passageRequired');
    else if (!note.body.includes(passage)) found.passage = t('redact.passageNotFound');
    if (reason.trim().length < MIN_REASON) found.reason = t('redact.reasonTooShort', { min: String(MIN_REASON) });
    setErrors(found);
    if (Object.keys(found).length === 0) setConfirming(true);
  };
  const confirm = () => {
    if (redact.isPending) return;
    redact.mutate({ noteId: note.id, version: note.version, passage, reason: reason.trim() }, { onSuccess: () => onClose(t('redact.done')), onError: () => setConfirming(false) });
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} role="alertdialog" title={t('redact.title')} testId="redact-dialog" wide>
      {confirming ? (
        <>
          <p className="alert alert-warning">{t('redact.confirmBody')}</p>
          <blockquote className="redact-preview pre-wrap" data-testid="redact-preview">
            {passage}
          </blockquote>
          <div className="actions">
            <Button className="button" onPress={() => setConfirming(false)} autoFocus>
              {t('redact.backToEdit')}
            </Button>
            <Button className="button button-danger" data-busy={redact.isPending || undefined} onPress={confirm} data-testid="redact-confirm">
              {t('redact.confirm')}
            </Button>
          </div>
        </>
      ) : (
        <Form className="form" onSubmit={review}>
          <p className="small muted">{t('redact.intro')}</p>
          <TextAreaField label={t('redact.passage')} value={passage} onChange={setPassage} rows={3} testId="redact-passage" errorMessage={errors.passage} autoFocus />
          <TextAreaField label={t('redact.reason')} value={reason} onChange={setReason} rows={2} testId="redact-reason" errorMessage={errors.reason} description={t('redact.reasonHelp')} />
          <ErrorMessage error={redact.error} />
          <div className="actions">
            <Button className="button" slot="close">
              {t('common.cancel')}
            </Button>
            <Button type="submit" className="button button-danger" data-testid="redact-review">
              {t('redact.review')}
            </Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
