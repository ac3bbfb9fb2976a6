import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useExportCalendar } from '../../data/sessions';

/** Hands the file to the system as a download; the object URL does not outlive the click. */
function download(filename: string, ics: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Calendar export, an explicit act: the person chooses the dates and reads what the file holds (case
 * numbers and times only: no names, places or notes) and that the export is recorded, then confirms.
 */
export function ExportDialog({ from, to, onClose }: { from: string; to: string; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const [range, setRange] = useState({ from, to });
  const [problem, setProblem] = useState<Record<string, string>>({});
  const exp = useExportCalendar();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(range.from)) next.from = t('fieldErrors.invalid');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(range.to) || range.to < range.from) next.to = t('schedule.untilAfterStart');
    setProblem(next);
    if (Object.keys(next).length || exp.isPending) return;
    exp.mutate(range, {
      onSuccess: (out) => {
        download(out.filename, out.ics);
        onClose(t('schedule.exported', { count: out.count, filename: out.filename }));
      },
    });
  };
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('schedule.exportTitle')} testId="export-dialog" role="alertdialog">
      <Form onSubmit={submit} className="form" validationErrors={problem}>
        <p>{t('schedule.exportWhat')}</p>
        <ul className="small export-rules">
          <li>{t('schedule.exportRuleIn')}</li>
          <li>{t('schedule.exportRuleOut')}</li>
          <li>{t('schedule.exportRuleAudit')}</li>
        </ul>
        <div className="when-row">
          <DateInput label={t('schedule.exportFrom')} value={range.from} onChange={(v) => setRange({ ...range, from: v })} isRequired errorMessage={problem.from} testId="export-from" />
          <DateInput label={t('schedule.exportTo')} value={range.to} onChange={(v) => setRange({ ...range, to: v })} isRequired errorMessage={problem.to} testId="export-to" />
        </div>
        <ErrorMessage error={exp.error} />
        <div className="actions">
          <Button className="button" slot="close" autoFocus>
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={exp.isPending || undefined} data-testid="export-confirm">
            {t('schedule.exportConfirm')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
