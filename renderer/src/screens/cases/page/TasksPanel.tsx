import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../../shared/cases/schemas';
import { HHS_MINOR_NOTIFICATION } from '../../../../../shared/rules/minor';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useNow } from '../../../components/useNow';
import { useCompleteTask } from '../../../data/cases';
import { useFormat } from '../../../i18n/format';
import { vocabKey } from '../vocab';

/**
 * Deadlines on the case, open ones first and prominent: the 24-hour HHS notification for a possible minor
 * shows its due time, how long is left (or how late it is) and a "Mark done" action for caseworkers.
 */
export function TasksPanel({ file, canAct }: { file: CaseFile; canAct: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const complete = useCompleteTask();
  const now = useNow();
  const tasks = file.header.tasks;
  if (tasks.length === 0) return null;
  const open = tasks.filter((x) => !x.doneAt);
  const done = tasks.filter((x) => x.doneAt);

  return (
    <section className="tasks" aria-labelledby="tasks-title" data-testid="tasks">
      <h2 id="tasks-title">{t('caseTasks.title')}</h2>
      {open.map((task) => {
        const overdue = new Date(task.dueAt).getTime() < now;
        return (
          <div key={task.id} className={overdue ? 'task task-overdue' : 'task'} data-testid={`task-${task.kind}`}>
            <div className="task-body">
              <strong>{t(vocabKey('taskKind', task.kind))}</strong>
              <span>
                {t('caseTasks.due', { when: fmt.dateTime(task.dueAt) })} · <strong>{overdue ? t('caseTasks.overdue', { relative: fmt.relative(task.dueAt, now) }) : fmt.relative(task.dueAt, now)}</strong>
              </span>
              {task.kind === 'hhs_minor_notification' ? <span className="muted small">{t('caseTasks.hhsHelp', { source: HHS_MINOR_NOTIFICATION.source })}</span> : null}
            </div>
            {canAct ? (
              <Button
                className="button button-primary"
                data-busy={complete.isPending || undefined}
                onPress={() => !complete.isPending && complete.mutate({ taskId: task.id })}
                data-testid={`task-done-${task.id}`}
              >
                {t('caseTasks.markDone')}
              </Button>
            ) : null}
          </div>
        );
      })}
      <ErrorMessage error={complete.error} />
      {done.length ? (
        <ul className="plain-list small muted">
          {done.map((task) => (
            <li key={task.id}>{t('caseTasks.doneOn', { task: t(vocabKey('taskKind', task.kind)), when: fmt.dateTime(task.doneAt ?? '') })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
