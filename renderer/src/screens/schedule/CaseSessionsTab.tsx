import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from '../../../../shared/sessions/schemas';
import { ORGANISER_CASE_ROLES, type SessionKind } from '../../../../shared/sessions/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useNow } from '../../components/useNow';
import { useCalendarSettings, useCaseSessions, useRooms } from '../../data/sessions';
import type { CaseTabProps } from '../cases/page/tabProps';
import { BookingDialog, bookableKinds } from './BookingDialog';
import { whereOf } from './items';
import { SessionDialog } from './SessionDialog';
import { STATUS_GLYPH, STATUS_LABEL } from './statusLabels';
import { localZone, toZonedFields } from './time';
import { useZonedFormat } from './useZonedFormat';

/**
 * A case's sessions and appointments (those the reader's part covers), coming first then past, each with
 * its status in words and whether the note after it is written; one click to book another or to write it.
 */
export function CaseSessionsTab({ file, session }: CaseTabProps) {
  const { t } = useTranslation();
  const caseId = file.header.id;
  const settings = useCalendarSettings();
  const zone = settings.data?.timeZone ?? localZone();
  const zf = useZonedFormat(zone);
  const list = useCaseSessions(caseId);
  const rooms = useRooms();
  const [open, setOpen] = useState<Occurrence | null>(null);
  const [booking, setBooking] = useState(false);
  const [message, setMessage] = useState('');
  // Booking here needs the case role the kind asks for (a mentor on the case books mentoring, and so on).
  const canBook = bookableKinds(session).some((k: SessionKind) => file.myCaseRoles.some((r) => (ORGANISER_CASE_ROLES[k] as readonly string[]).includes(r)));
  const now = useNow();
  const rows = list.data ?? [];
  const coming = rows.filter((o) => new Date(o.endsAt).getTime() >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = rows.filter((o) => new Date(o.endsAt).getTime() < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const today = toZonedFields(new Date(), zone);
  const roomName = (id: number | null) => rooms.data?.find((r) => r.id === id)?.name ?? t('schedule.where.room');

  const row = (o: Occurrence) => {
    const mine = o.cases.find((c) => c.caseId === caseId);
    return (
      <li key={`${o.sessionId}-${o.id}`} className={`case-session status-${o.status}`} data-testid={`case-session-${o.sessionId}-${o.id}`}>
        <span className="case-session-when">
          <span className="nowrap">{zf.longDay(o.startsAt)}</span> <span className="nowrap">{zf.range(o.startsAt, o.endsAt)}</span>
        </span>
        <span className="case-session-what">
          <Button className="button-link" onPress={() => setOpen(o)} data-testid={`case-session-open-${o.id}`}>
            {o.title || t(`schedule.kind.${o.kind}`)}
          </Button>
          <span className="muted small">
            {' '}
            · {whereOf(o, t)} · {o.organiserName}
            {o.recurring ? ` · ${t('schedule.recurring')}` : ''}
          </span>
        </span>
        <span className={`status-tag status-${o.status}`}>
          <span aria-hidden="true">{STATUS_GLYPH[o.status]} </span>
          {t(STATUS_LABEL[o.status])}
        </span>
        <span className="case-session-note">
          {mine?.noteId ? (
            <span className="badge badge-state badge-active">✓ {t('schedule.noteWritten')}</span>
          ) : o.mine && o.status !== 'cancelled' && new Date(o.startsAt).getTime() <= now ? (
            <Button className="button button-small" onPress={() => setOpen(o)} data-testid={`case-session-note-${o.id}`}>
              {t('schedule.writeNote')}
            </Button>
          ) : null}
        </span>
      </li>
    );
  };

  return (
    <div className="case-sessions" data-testid="case-sessions">
      <div className="section-head">
        <h2>{t('schedule.caseTab')}</h2>
        {canBook ? (
          <Button className="button button-primary" onPress={() => setBooking(true)} data-testid="case-session-book">
            {t('schedule.bookButton')}
          </Button>
        ) : null}
      </div>
      <p className="muted small">{t('schedule.zoneNote', { zone: `${zone} (${zf.zoneName()})` })}</p>
      <StatusMessage testId="case-sessions-status">{message}</StatusMessage>
      <ErrorMessage error={list.error} />
      {list.data && rows.length === 0 ? <p className="muted">{t('schedule.caseNone')}</p> : null}
      {coming.length ? (
        <section aria-labelledby="case-sessions-coming">
          <h3 id="case-sessions-coming">{t('schedule.coming')}</h3>
          <ul className="case-session-list">{coming.map(row)}</ul>
        </section>
      ) : null}
      {past.length ? (
        <section aria-labelledby="case-sessions-past">
          <h3 id="case-sessions-past">{t('schedule.past')}</h3>
          <ul className="case-session-list">{past.map(row)}</ul>
        </section>
      ) : null}
      {open ? <SessionDialog key={`${open.sessionId}-${open.id}`} occurrence={open} zone={zone} onClose={() => setOpen(null)} /> : null}
      {booking ? (
        <BookingDialog
          session={session}
          caseId={caseId}
          start={{ date: today.date, startTime: '10:00', endTime: '11:00', location: rooms.data?.length ? 'room' : 'offsite', roomId: rooms.data?.[0]?.id ?? null }}
          rooms={rooms.data ?? []}
          zone={zone}
          zoneNote={t('schedule.zoneNote', { zone: `${zone} (${zf.zoneName()})` })}
          roomName={roomName}
          onClose={(d) => {
            setBooking(false);
            if (d) setMessage(t('schedule.booked', { count: d.occurrences.length }));
          }}
        />
      ) : null}
    </div>
  );
}
