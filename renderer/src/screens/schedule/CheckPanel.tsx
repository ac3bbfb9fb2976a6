import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Clash, ScheduleCheck, Slot } from '../../../../shared/sessions/schemas';
import { useZonedFormat } from './useZonedFormat';

interface Props {
  check: ScheduleCheck | null;
  /** A check is on its way (the fields or the dragged block just moved). */
  checking: boolean;
  zone: string;
  roomName: (id: number | null) => string;
  caseNumber: (id: number | null) => string;
  /** One click books (or moves to) the suggested slot. */
  onTake?: (slot: Slot) => void;
  testId: string;
  /** 'live': feedback while choosing (polite); 'refused': the core said CONFLICT (an alert). */
  mode: 'live' | 'refused';
}

/**
 * What a booking or a move would clash with, in words (room taken, you or the mentee already booked,
 * outside working hours, time off), each with its time, and the next free slots as buttons: one click
 * takes one. The same panel serves the booking dialog, the move dialog and a drag on the calendar.
 */
export function CheckPanel({ check, checking, zone, roomName, caseNumber, onTake, testId, mode }: Props) {
  const { t } = useTranslation();
  const zf = useZonedFormat(zone);
  const clashText = (c: Clash) => {
    const when = c.theirs ? zf.range(c.theirs.startsAt, c.theirs.endsAt) : zf.range(c.ours.startsAt, c.ours.endsAt);
    return t(`schedule.clash.${c.reason}`, { room: roomName(c.roomId), caseNumber: caseNumber(c.caseId), time: when });
  };
  const clashes = check?.clashes ?? [];
  const body = (
    <>
      {checking && !check ? <p className="muted small">{t('schedule.checking')}</p> : null}
      {check && clashes.length === 0 ? (
        <p className="check-free" data-testid={`${testId}-free`}>
          <span aria-hidden="true">✓ </span>
          {t('schedule.noClash')}
        </p>
      ) : null}
      {clashes.length ? (
        <>
          <p className="check-title">
            <span aria-hidden="true">✕ </span>
            {t('schedule.clashCount', { count: clashes.length })}
          </p>
          <ul className="check-list" data-testid={`${testId}-clashes`}>
            {clashes.slice(0, 8).map((c, i) => (
              <li key={i} data-reason={c.reason}>
                <span className="check-day">{zf.dateTime(c.ours.startsAt)}</span> {clashText(c)}
              </li>
            ))}
          </ul>
          {clashes.length > 8 ? <p className="muted small">{t('schedule.moreClashes', { count: clashes.length - 8 })}</p> : null}
          {check?.suggestions.length ? (
            <div className="check-suggest">
              <p className="check-title">{t('schedule.suggested')}</p>
              <ul className="check-slots" data-testid={`${testId}-suggestions`}>
                {check.suggestions.map((s) => (
                  <li key={s.startsAt}>
                    {onTake ? (
                      <Button className="button button-small" onPress={() => onTake(s)} data-testid={`${testId}-take`}>
                        {t('schedule.takeSlot', { time: `${zf.dateTime(s.startsAt)}–${zf.time(s.endsAt)}` })}
                      </Button>
                    ) : (
                      <span>{`${zf.dateTime(s.startsAt)}–${zf.time(s.endsAt)}`}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="muted small">{t('schedule.noSuggestion')}</p>
          )}
        </>
      ) : null}
    </>
  );
  if (mode === 'refused') {
    return (
      <div className="check-panel check-refused" role="alert" data-testid={testId}>
        {body}
      </div>
    );
  }
  return (
    <div className={clashes.length ? 'check-panel check-clash' : 'check-panel'} aria-live="polite" data-testid={testId}>
      {body}
    </div>
  );
}
