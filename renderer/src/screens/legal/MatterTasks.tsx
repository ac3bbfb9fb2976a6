import { useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { LegalTask } from '../../../../shared/legal/schemas';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { useCompleteLegalTask, useSnoozeLegalTask } from '../../data/legal';
import { msg, useMessageText, type Message } from './message';
import { useIsoDay } from './isoDay';
import { KIND_LABEL } from './labels';
import { UrgencyBadge } from './UrgencyBadge';

const visible = (s: string) => s.replace(/[\s\u200b-\u200d\ufeff]/g, '').length;

function SnoozeDialog({ task, today, onClose }: { task: LegalTask; today: string; onClose: (message?: Message) => void }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const snooze = useSnoozeLegalTask();
  const [until, setUntil] = useState(task.snoozedUntil ?? '');
  const [reason, setReason] = useState(task.snoozeReason ?? '');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (snooze.isPending) return;
    const p: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until <= today) p.until = t('legalPage.tasks.untilFuture');
    // A snooze quiets reminders; it never hides the deadline itself (the core refuses it too).
    else if (task.dueOn !== null && until > task.dueOn) p.until = t('legalPage.tasks.untilBeforeDue', { date: day.day(task.dueOn) });
    if (visible(reason) < 3) p.reason = t('legalPage.override.reasonShort');
    setProblem(p);
    if (Object.keys(p).length) return;
    snooze.mutate({ legalTaskId: task.id, version: task.version, until, reason: reason.trim() }, { onSuccess: () => onClose(msg('legalPage.tasks.snoozedMessage')) });
  };
  const wake = () => {
    if (!snooze.isPending) snooze.mutate({ legalTaskId: task.id, version: task.version, until: null }, { onSuccess: () => onClose(msg('legalPage.tasks.wokenMessage')) });
  };
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('legalPage.tasks.snoozeTitle')} testId="snooze-dialog">
      <Form onSubmit={submit} className="form" validationErrors={problem}>
        <p className="muted">{t('legalPage.tasks.snoozeIntro', { task: t(KIND_LABEL[task.kind]) })}</p>
        <DateInput label={t('legalPage.tasks.until')} value={until} onChange={setUntil} isRequired errorMessage={problem.until} testId="snooze-until" />
        <TextAreaField label={t('legalPage.tasks.reason')} description={t('legalPage.tasks.reasonHelp')} value={reason} onChange={setReason} rows={2} isRequired errorMessage={problem.reason} testId="snooze-reason" />
        <ErrorMessage error={snooze.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          {task.snoozedUntil ? (
            <Button className="button" onPress={wake} data-testid="snooze-end">
              {t('legalPage.tasks.endSnooze')}
            </Button>
          ) : null}
          <Button type="submit" className="button button-primary" data-busy={snooze.isPending || undefined} data-testid="snooze-save">
            {t('legalPage.tasks.snooze')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}

/** Each deadline's task: owner, due date and urgency, done, snoozed with a reason. */
export function MatterTasks({ tasks, today }: { tasks: readonly LegalTask[]; today: string }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const complete = useCompleteLegalTask();
  const [snoozing, setSnoozing] = useState<LegalTask | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const messageText = useMessageText(message);
  return (
    <section className="panel matter-tasks" aria-labelledby="matter-tasks-title" data-testid="matter-tasks">
      <h2 id="matter-tasks-title">{t('legalPage.tasks.title')}</h2>
      <StatusMessage testId="matter-tasks-status">{messageText}</StatusMessage>
      <ErrorMessage error={complete.error} />
      {tasks.length === 0 ? (
        <p className="empty-state">{t('legalPage.tasks.none')}</p>
      ) : (
        <div className="table-wrap" data-scroll-x>
          <table className="table table-compact" data-testid="matter-task-table">
            <caption className="visually-hidden">{t('legalPage.tasks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalPage.tasks.task')}</th>
                <th scope="col">{t('legalPage.tasks.due')}</th>
                <th scope="col">{t('legalPage.tasks.owner')}</th>
                <th scope="col">{t('legalPage.tasks.done')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('legalPage.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} data-testid={`legal-task-${task.id}`} className={task.done ? 'row-inactive' : undefined}>
                  <th scope="row">
                    {t(KIND_LABEL[task.kind])}
                    {task.snoozedUntil ? (
                      <div className="small muted" data-testid={`legal-task-snoozed-${task.id}`}>
                        {t('legalPage.tasks.snoozedUntil', { date: day.day(task.snoozedUntil), reason: task.snoozeReason ?? '' })}
                      </div>
                    ) : null}
                  </th>
                  <td className="nowrap">
                    {task.dueOn ? day.day(task.dueOn) : t('legalPage.deadline.noDate')}
                    {!task.done ? (
                      <div>
                        <UrgencyBadge urgency={task.urgency} />
                      </div>
                    ) : null}
                  </td>
                  <td>{task.ownerName ?? t('legalPage.tasks.noOwner')}</td>
                  <td>
                    <Checkbox
                      className="checkbox"
                      isSelected={task.done}
                      onChange={(done) => !complete.isPending && complete.mutate({ legalTaskId: task.id, version: task.version, done })}
                      data-testid={`legal-task-done-${task.id}`}
                    >
                      <span className="checkbox-box" aria-hidden="true" />
                      <span className="visually-hidden">{t('legalPage.tasks.markDone', { task: t(KIND_LABEL[task.kind]) })}</span>
                    </Checkbox>
                    {task.done && task.doneByName ? <span className="small muted">{task.doneByName}</span> : null}
                  </td>
                  <td className="nowrap">
                    {!task.done ? (
                      <Button className="button button-small" onPress={() => setSnoozing(task)} data-testid={`legal-task-snooze-${task.id}`}>
                        {t('legalPage.tasks.snooze')}
                        <span className="visually-hidden"> {t('legalPage.tasks.snoozeFor', { task: t(KIND_LABEL[task.kind]) })}</span>
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {snoozing ? (
        <SnoozeDialog
          task={snoozing}
          today={today}
          onClose={(m) => {
            setSnoozing(null);
            if (m) setMessage(m);
          }}
        />
      ) : null}
    </section>
  );
}
