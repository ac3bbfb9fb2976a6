import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../../shared/sessions/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useReminderDone, useReminders } from '../../data/sessions';
import { inVocabulary, vocabKey } from '../cases/vocab';
import { useZonedFormat } from './useZonedFormat';

const DAYS = 2;

/**
 * This person's reminders for their coming sessions. Each mentee shows only the contact methods they marked
 * safe to leave a message on; when there is none (do not contact, someone unsafe may be watching, or no safe
 * method), it says so and offers nothing to use. The app sends nothing: the person reminds, then records it.
 */
export function RemindersPanel({ zone }: { zone: string }) {
  const { t } = useTranslation();
  const zf = useZonedFormat(zone);
  const list = useReminders(DAYS);
  const done = useReminderDone();
  const row = (r: Reminder) => (
    <li key={`${r.occurrenceId}-${r.caseId}`} className={r.blocked ? 'reminder reminder-blocked' : 'reminder'} data-testid={`reminder-${r.occurrenceId}-${r.caseId}`}>
      <div className="reminder-head">
        <span className="nowrap">{zf.dateTime(r.startsAt)}</span>
        <span className="case-number">{r.caseNumber}</span>
        {r.name ? <span>{r.name}</span> : null}
      </div>
      {r.blocked ? (
        <p className="reminder-stop" data-testid={`reminder-blocked-${r.occurrenceId}-${r.caseId}`}>
          <span aria-hidden="true">⛔ </span>
          {t(`schedule.reminderBlocked.${r.blocked}`)}
        </p>
      ) : (
        <ul className="plain-list small">
          {r.methods.map((m, i) => (
            <li key={i}>
              <strong>{inVocabulary('contactKind', m.kind) ? t(vocabKey('contactKind', m.kind)) : m.kind}</strong> {m.value}
              {m.safeTimes ? <span className="muted"> · {t('schedule.safeTimes', { times: m.safeTimes })}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <div className="reminder-foot">
        {r.doneAt ? (
          <span className="badge badge-state badge-active">✓ {t('schedule.remindedAt', { when: zf.dateTime(r.doneAt) })}</span>
        ) : !r.blocked ? (
          <Button className="button button-small" onPress={() => done.mutate({ sessionId: r.sessionId, occurrenceId: r.occurrenceId, caseId: r.caseId })} data-testid={`reminder-done-${r.occurrenceId}-${r.caseId}`}>
            {t('schedule.markReminded')}
          </Button>
        ) : null}
      </div>
    </li>
  );
  return (
    <section className="reminders" aria-labelledby="reminders-title" data-testid="reminders">
      <h2 id="reminders-title">{t('schedule.remindersTitle')}</h2>
      <p className="muted small">{t('schedule.remindersIntro', { days: DAYS })}</p>
      <ErrorMessage error={list.error ?? done.error} />
      {list.data && list.data.length === 0 ? <p className="muted">{t('schedule.remindersNone')}</p> : null}
      <ul className="reminder-list">{list.data?.map(row)}</ul>
    </section>
  );
}
