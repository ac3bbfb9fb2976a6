import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useFormErrors } from '../../../components/useFormErrors';
import { useBreakGlass } from '../../../data/cases';

export const MIN_REASON = 20;

interface Props {
  caseId: number;
  onCancel?: () => void;
}

/**
 * Emergency access to a case the person is not assigned to. The warning is explicit: the open is flagged in
 * the audit log with their name and written reason, and it lasts only until Haven locks.
 */
export function BreakGlassForm({ caseId, onCancel }: Props) {
  const { t } = useTranslation();
  const breakGlass = useBreakGlass();
  const [reason, setReason] = useState('');
  const { errors, refuse, clear, formRef } = useFormErrors();
  const length = reason.trim().length;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (breakGlass.isPending) return;
    if (length < MIN_REASON) {
      refuse({ reason: t('breakGlass.reasonTooShort', { min: String(MIN_REASON) }) });
      return;
    }
    breakGlass.mutate({ caseId, reason: reason.trim() });
  };

  return (
    <section className="break-glass" aria-labelledby="break-glass-title" data-testid="break-glass">
      <h2 id="break-glass-title">{t('breakGlass.title')}</h2>
      <div className="alert alert-warning" role="note">
        <p>
          <strong>{t('breakGlass.warningStrong')}</strong> {t('breakGlass.warning')}
        </p>
      </div>
      <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form form-narrow-wide">
        <TextAreaField
          name="reason"
          label={t('breakGlass.reason')}
          description={t('breakGlass.reasonHelp', { count: String(length), min: String(MIN_REASON) })}
          value={reason}
          onChange={(v) => {
            setReason(v);
            clear('reason');
          }}
          isRequired
          rows={3}
          testId="break-glass-reason"
        />
        <ErrorMessage error={breakGlass.error} />
        <div className="actions actions-start">
          <Button type="submit" className="button button-danger" data-busy={breakGlass.isPending || undefined} data-testid="break-glass-submit">
            {t('breakGlass.submit')}
          </Button>
          {onCancel ? (
            <Button className="button" onPress={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
