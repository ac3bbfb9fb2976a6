import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from './model';
import { STATUS_GLYPH, STATUS_LABEL } from './statusLabels';
import { sameDay } from './time';
import { useZonedFormat } from './useZonedFormat';

interface Props {
  days: readonly Date[];
  items: readonly CalendarItem[];
  zone: string;
  onOpen: (item: CalendarItem) => void;
  testId: string;
}

/**
 * The same bookings as the grid, as a list: one heading per day, one line per booking in time order with
 * its status in words. What a screen reader (or anyone who prefers a list) reads instead of the grid.
 */
export function AgendaList({ days, items, zone, onOpen, testId }: Props) {
  const { t } = useTranslation();
  const zf = useZonedFormat(zone);
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <div className="agenda" data-testid={testId}>
      {days.map((day) => {
        const onDay = sorted.filter((i) => sameDay(i.startsAt, day, zone));
        const id = `${testId}-day-${day.getTime()}`;
        return (
          <section key={day.getTime()} aria-labelledby={id} className="agenda-day">
            <h3 id={id} className="agenda-day-title">
              {zf.longDay(day)}
            </h3>
            {onDay.length === 0 ? (
              <p className="muted small">{t('schedule.agendaNone')}</p>
            ) : (
              <ul className="agenda-list">
                {onDay.map((i) => (
                  <li key={i.key} className={`agenda-item status-${i.status}`} data-testid={`agenda-item-${i.key}`}>
                    <span className="agenda-time">{zf.range(i.startsAt, i.endsAt)}</span>
                    <span className="agenda-what">
                      {i.occurrence ? (
                        <Button className="button-link" onPress={() => onOpen(i)} data-testid={`agenda-open-${i.key}`}>
                          {i.title}
                        </Button>
                      ) : (
                        <span>{i.title}</span>
                      )}
                      <span className="muted small">
                        {' '}
                        · {i.where}
                        {i.who ? ` · ${i.who}` : ''}
                        {i.recurring ? ` · ${t('schedule.recurring')}` : ''}
                        {i.interpreter ? ` · ${t('schedule.interpreterNeeded')}` : ''}
                      </span>
                    </span>
                    <span className={`status-tag status-${i.status}`}>
                      <span aria-hidden="true">{STATUS_GLYPH[i.status]} </span>
                      {t(STATUS_LABEL[i.status])}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
