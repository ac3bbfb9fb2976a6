import { useMemo, useState } from 'react';
import { Button, Radio, RadioGroup, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Occurrence, ScheduleCheck } from '../../../../shared/sessions/schemas';
import type { Session } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { StatusMessage } from '../../components/StatusMessage';
import { useNow } from '../../components/useNow';
import { useCalendar, useCalendarSettings, useRoomCalendars, useRooms } from '../../data/sessions';
import type { CaseTab } from '../cases/page/caseTabs';
import { AgendaList } from './AgendaList';
import { bookableKinds, BookingDialog } from './BookingDialog';
import { CalendarGrid } from './CalendarGrid';
import { CheckPanel } from './CheckPanel';
import { ExportDialog } from './ExportDialog';
import { busyItem, dayColumns, roomColumns, toItem } from './items';
import { MenteesPanel } from './MenteesPanel';
import type { CalendarItem, SlotTarget } from './model';
import { MoveDialog } from './MoveDialog';
import { RemindersPanel } from './RemindersPanel';
import { ScopeDialog } from './ScopeDialog';
import { SessionDialog } from './SessionDialog';
import { atMinutes, dayStart, fromZonedFields, localZone, shiftDays, toZonedFields, weekDays } from './time';
import { useMoveFlow } from './useMoveFlow';
import { useZonedFormat } from './useZonedFormat';
import type { WhenWhere } from './WhenWhereFields';

type View = 'week' | 'day' | 'rooms' | 'agenda';

/** A move's suggestions, less the place the booking already is (free only because it would leave it). */
function withoutCurrent(check: ScheduleCheck, item: CalendarItem): ScheduleCheck {
  const o = item.occurrence;
  return o ? { ...check, suggestions: check.suggestions.filter((s) => !(s.date === o.date && s.startTime === o.startTime)) } : check;
}
const VIEWS: readonly View[] = ['week', 'day', 'rooms', 'agenda'];

interface Props {
  session: Session;
  openCase: (id: number, tab?: CaseTab) => void;
}

/**
 * The schedule: week, day and room calendars and the agenda (the same bookings as a list), in the centre's
 * time zone; booking, moving (drag, "Move to…", Alt+arrows) with the core's conflict check live; the
 * person's reminders; a mentor's mentees; the de-identified calendar export.
 */
export function ScheduleSection({ session, openCase }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const settings = useCalendarSettings();
  const zone = settings.data?.timeZone ?? localZone();
  const zf = useZonedFormat(zone);
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(() => Date.now());
  const [open, setOpen] = useState<Occurrence | null>(null);
  const [moving, setMoving] = useState<CalendarItem | null>(null);
  const [booking, setBooking] = useState<WhenWhere | null>(null);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState('');
  const flow = useMoveFlow(zone);
  const canBook = bookableKinds(session).length > 0;
  const isMentor = session.roles.includes('mentor');

  const days = useMemo(() => (view === 'week' || view === 'agenda' ? weekDays(anchor, zone) : [dayStart(anchor, zone)]), [view, anchor, zone]);
  const from = days[0]!.toISOString();
  const to = shiftDays(days[days.length - 1]!, 1, zone).toISOString();
  const calendar = useCalendar(from, to, settings.isSuccess || settings.isError);
  const rooms = useRooms();
  const roomList = useMemo(() => rooms.data ?? [], [rooms.data]);
  const roomCalendars = useRoomCalendars(from, to, view === 'rooms' ? roomList.map((r) => r.id) : []);

  const roomName = (id: number | null) => roomList.find((r) => r.id === id)?.name ?? t('schedule.where.room');
  const items = useMemo(() => {
    const out = new Map<string, CalendarItem>();
    for (const o of calendar.data?.occurrences ?? []) out.set(`${o.sessionId}-${o.id}`, toItem(o, t));
    if (view === 'rooms') {
      for (const q of roomCalendars) {
        for (const o of q?.occurrences ?? []) out.set(`${o.sessionId}-${o.id}`, toItem(o, t));
        for (const b of q?.busy ?? []) {
          const item = busyItem(b, roomList.find((r) => r.id === b.roomId)?.name ?? '', t);
          out.set(item.key, item);
        }
      }
    }
    return [...out.values()];
  }, [calendar.data, view, t, roomList, roomCalendars]);
  const caseNumber = (id: number | null) => items.flatMap((i) => i.occurrence?.cases ?? []).find((c) => c.caseId === id)?.caseNumber ?? '';

  const columns = useMemo(() => {
    if (view === 'rooms') return roomColumns(days[0]!, roomList, zone, now, t);
    if (view === 'day') return dayColumns(days, zone, now, (d) => ({ label: zf.longDay(d), sublabel: '' }));
    return dayColumns(days, zone, now, (d) => ({ label: zf.weekday(d), sublabel: zf.dayMonth(d) }));
  }, [view, days, roomList, zone, now, t, zf]);

  const rangeLabel = days.length > 1 ? zf.dateRange(days[0]!, days[days.length - 1]!) : zf.longDay(days[0]!);
  const step = view === 'day' || view === 'rooms' ? 1 : 7;
  const zoneNote = t('schedule.zoneNote', { zone: `${zone} (${zf.zoneName()})` });

  const bookAt = (target: SlotTarget | null) => {
    if (!canBook) return;
    // From a slot: there, for an hour. From the Book button: 10:00 on the first day shown.
    const day = target ? target.column.day : days.find((d) => d.getTime() >= dayStart(now, zone).getTime()) ?? days[0]!;
    const minutes = target ? target.minutes : 10 * 60;
    const a = toZonedFields(atMinutes(day, minutes, zone), zone);
    const b = toZonedFields(atMinutes(day, minutes + 60, zone), zone);
    const roomId = target?.column.roomId;
    const first = roomList[0]?.id ?? null;
    setBooking({
      date: a.date,
      startTime: a.time,
      endTime: b.time,
      location: roomId === null || (roomId === undefined && first === null) ? 'offsite' : 'room',
      roomId: roomId === undefined ? first : roomId,
    });
  };

  const openItem = (i: CalendarItem) => {
    if (i.occurrence) setOpen(i.occurrence);
  };

  /** "Tue, Dec 8, 6:30 PM–7:30 PM" of a day and times in the centre's zone. */
  const whenOf = (to: WhenWhere) => {
    const a = fromZonedFields(to.date, to.startTime, zone);
    const b = fromZonedFields(to.date, to.endTime, zone);
    return a && b ? `${zf.dateTime(a)}–${zf.time(b)}` : `${to.date} ${to.startTime}`;
  };
  const doneText = flow.done ? t('schedule.movedTo', { when: whenOf(flow.done.request.to) }) : '';

  const calendarPane = (
    <>
      <div className="schedule-bar">
        <div className="schedule-nav" role="group" aria-label={t('schedule.navLabel')}>
          <Button className="button button-small" onPress={() => setAnchor(shiftDays(new Date(anchor), -step, zone).getTime())} aria-label={t(step === 7 ? 'schedule.prevWeek' : 'schedule.prevDay')} data-testid="schedule-prev">
            ‹
          </Button>
          <Button className="button button-small" onPress={() => setAnchor(Date.now())} data-testid="schedule-today">
            {t('schedule.today')}
          </Button>
          <Button className="button button-small" onPress={() => setAnchor(shiftDays(new Date(anchor), step, zone).getTime())} aria-label={t(step === 7 ? 'schedule.nextWeek' : 'schedule.nextDay')} data-testid="schedule-next">
            ›
          </Button>
          <h2 className="schedule-range" aria-live="polite" data-testid="schedule-range">
            {rangeLabel}
          </h2>
        </div>
        <RadioGroup className="segmented" orientation="horizontal" aria-label={t('schedule.viewLabel')} value={view} onChange={(v) => setView(v as View)}>
          {VIEWS.map((v) => (
            <Radio key={v} value={v} className="segment" data-testid={`schedule-view-${v}`}>
              {t(`schedule.view.${v}`)}
            </Radio>
          ))}
        </RadioGroup>
        <div className="schedule-actions">
          {canBook ? (
            <>
              <Button className="button" onPress={() => setExporting(true)} data-testid="schedule-export">
                {t('schedule.export')}
              </Button>
              <Button className="button button-primary" onPress={() => bookAt(null)} data-testid="schedule-book">
                {t('schedule.bookButton')}
              </Button>
            </>
          ) : null}
        </div>
      </div>
      <p className="muted small schedule-zone" data-testid="schedule-zone">
        {zoneNote} {view !== 'agenda' ? t('schedule.keysHint') : ''}
      </p>
      <StatusMessage testId="schedule-status">{message || doneText}</StatusMessage>
      <ErrorMessage error={calendar.error ?? settings.error ?? flow.error} />
      {flow.live ? (
        // Floating, not in the flow: a panel pushing the grid down mid-drag would move the drop target under the pointer.
        <div className="schedule-live schedule-live-float" data-testid="move-live">
          <p className="small">{t('schedule.movingTo', { when: whenOf(flow.live.request.to) })}</p>
          <CheckPanel check={flow.live.check} checking={!flow.live.check} zone={zone} roomName={roomName} caseNumber={caseNumber} mode="live" testId="move-live-check" />
        </div>
      ) : null}
      {flow.refused ? (
        <div className="schedule-live" data-testid="move-refused">
          <p className="small">{t('schedule.moveRefused', { when: whenOf(flow.refused.request.to) })}</p>
          <CheckPanel check={withoutCurrent(flow.refused.check, flow.refused.request.item)} checking={false} zone={zone} roomName={roomName} caseNumber={caseNumber} mode="refused" onTake={flow.take} testId="move-conflict" />
          <Button className="button button-small" onPress={flow.dismissRefused} data-testid="move-conflict-dismiss">
            {t('schedule.leaveAsIs')}
          </Button>
        </div>
      ) : null}
      {view === 'agenda' ? (
        <AgendaList days={days} items={items} zone={zone} onOpen={openItem} testId="schedule-agenda" />
      ) : view === 'rooms' && roomList.length === 0 && rooms.isSuccess ? (
        <p className="empty-state" data-testid="schedule-no-rooms">
          {t('schedule.noRooms')}
        </p>
      ) : (
        <CalendarGrid
          key={view}
          columns={columns}
          items={items}
          zone={zone}
          now={now}
          label={t(`schedule.gridLabel.${view}`, { range: rangeLabel })}
          testId={`schedule-${view}`}
          onOpen={openItem}
          onBook={bookAt}
          onMoveDialog={setMoving}
          onPreview={flow.preview}
          onDrop={flow.drop}
          feedback={flow.feedback}
        />
      )}
      {/* The agenda is the grid's twin for screen readers: always there, below, when the grid is shown. */}
      {view !== 'agenda' ? (
        <details className="agenda-twin">
          <summary>{t('schedule.agendaTwin')}</summary>
          <AgendaList days={days} items={items} zone={zone} onOpen={openItem} testId="schedule-agenda-twin" />
        </details>
      ) : null}
    </>
  );

  return (
    <div className="schedule-page" data-testid="schedule-page">
      <PageTitle>{t('nav.schedule')}</PageTitle>
      <Tabs className="tabs">
        <TabList className="tab-list" aria-label={t('nav.schedule')}>
          <Tab id="calendar" className="tab" data-testid="schedule-tab-calendar">
            {t('schedule.calendarTab')}
          </Tab>
          {canBook ? (
            <Tab id="reminders" className="tab" data-testid="schedule-tab-reminders">
              {t('schedule.remindersTitle')}
            </Tab>
          ) : null}
          {isMentor ? (
            <Tab id="mentees" className="tab" data-testid="schedule-tab-mentees">
              {t('schedule.menteesTitle')}
            </Tab>
          ) : null}
        </TabList>
        <TabPanel id="calendar" className="tab-panel">
          {calendarPane}
        </TabPanel>
        {canBook ? (
          <TabPanel id="reminders" className="tab-panel">
            <RemindersPanel zone={zone} />
          </TabPanel>
        ) : null}
        {isMentor ? (
          <TabPanel id="mentees" className="tab-panel">
            <MenteesPanel session={session} openCase={openCase} />
          </TabPanel>
        ) : null}
      </Tabs>
      {open ? (
        <SessionDialog
          key={`${open.sessionId}-${open.id}`}
          occurrence={open}
          zone={zone}
          onClose={() => setOpen(null)}
          onMove={() => {
            setMoving(toItem(open, t));
            setOpen(null);
          }}
          onOpenCase={(id) => openCase(id, 'sessions')}
        />
      ) : null}
      {moving ? (
        <MoveDialog
          item={moving}
          rooms={roomList}
          zone={zone}
          zoneNote={zoneNote}
          roomName={roomName}
          caseNumber={caseNumber}
          onSubmit={(r) => {
            setMoving(null);
            flow.submit(r);
          }}
          onClose={() => setMoving(null)}
        />
      ) : null}
      {flow.ask ? <ScopeDialog when={whenOf(flow.ask.to)} onChoose={(s) => void flow.commit(flow.ask!, s)} onCancel={flow.cancelAsk} /> : null}
      {booking ? (
        <BookingDialog
          session={session}
          start={booking}
          rooms={roomList}
          zone={zone}
          zoneNote={zoneNote}
          roomName={roomName}
          onClose={(d) => {
            setBooking(null);
            if (d) setMessage(t('schedule.booked', { count: d.occurrences.length }));
          }}
        />
      ) : null}
      {exporting ? (
        <ExportDialog
          from={toZonedFields(days[0]!, zone).date}
          to={toZonedFields(days[days.length - 1]!, zone).date}
          onClose={(m) => {
            setExporting(false);
            if (m) setMessage(m);
          }}
        />
      ) : null}
    </div>
  );
}
