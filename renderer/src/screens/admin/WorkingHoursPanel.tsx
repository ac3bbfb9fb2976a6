import { useState } from 'react';
import { Button, Checkbox, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Availability } from '../../../../shared/sessions/schemas';
import { WEEKDAYS } from '../../../../shared/sessions/vocab';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { useStaffList } from '../../data/staff';
import { useAddTimeOff, useAvailability, useRemoveTimeOff, useSetHours } from '../../data/sessions';
import { fromZonedFields } from '../schedule/time';
import { useZonedFormat } from '../schedule/useZonedFormat';

type Day = { works: boolean; start: string; end: string };
type Week = Record<number, Day>;

/** One interval a day, as most people work; a day with several intervals keeps its first (the note says so). */
function weekOf(a: Availability | undefined): Week {
  const out: Week = {};
  for (const d of WEEKDAYS) {
    const h = a?.hours.find((x) => x.weekday === d);
    out[d] = h ? { works: true, start: h.start, end: h.end } : { works: false, start: '09:00', end: '17:00' };
  }
  return out;
}

/** A Monday in 2024 + n days, only to name weekdays in the UI language. */
const weekdayName = (d: number, lang: string) => new Intl.DateTimeFormat(lang === 'qps' ? 'en' : lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, d)));

/**
 * A staff member's working hours (bookings outside them are flagged as clashes) and time off (no reason
 * asked: only when). Admins set anyone's; the times are wall clock in the centre's zone.
 */
export function WorkingHoursPanel({ zone }: { zone: string }) {
  const { t, i18n } = useTranslation();
  const zf = useZonedFormat(zone);
  const staff = useStaffList();
  const active = (staff.data ?? []).filter((s) => s.active);
  const [picked, setStaffId] = useState<number | null>(null);
  const staffId = picked ?? active[0]?.id ?? null;
  const availability = useAvailability(staffId);
  const setHours = useSetHours();
  const addOff = useAddTimeOff();
  const removeOff = useRemoveTimeOff();
  // Edits of the shown person's week; a new person or a fresh answer from the core starts again from it.
  const base = `${staffId}-${availability.dataUpdatedAt}`;
  const [draft, setDraft] = useState<{ base: string; week: Week } | null>(null);
  const week = draft?.base === base ? draft.week : weekOf(availability.data);
  const setWeek = (w: Week) => setDraft({ base, week: w });
  const [off, setOff] = useState({ from: '', to: '' });
  const [message, setMessage] = useState('');
  const [offProblem, setOffProblem] = useState('');


  const saveHours = () => {
    if (staffId === null) return;
    const hours = WEEKDAYS.filter((d) => week[d]!.works).map((d) => ({ weekday: d, start: week[d]!.start, end: week[d]!.end }));
    setMessage('');
    setHours.mutate({ staffId, hours }, { onSuccess: () => setMessage(t('roomAdmin.hoursSaved')) });
  };
  const addTimeOff = () => {
    if (staffId === null) return;
    // Whole days: from the start of the first to the start of the day after the last, in the centre's zone.
    const start = fromZonedFields(off.from, '00:00', zone);
    const lastDay = fromZonedFields(off.to, '00:00', zone);
    if (!start || !lastDay || lastDay < start) {
      setOffProblem(t('schedule.untilAfterStart'));
      return;
    }
    const end = new Date(fromZonedFields(off.to, '23:59', zone)!.getTime() + 60_000);
    setOffProblem('');
    addOff.mutate({ staffId, startsAt: start.toISOString(), endsAt: end.toISOString() }, { onSuccess: () => setOff({ from: '', to: '' }) });
  };

  return (
    <section className="panel hours-panel" aria-labelledby="hours-title" data-testid="working-hours">
      <h2 id="hours-title">{t('roomAdmin.hoursTitle')}</h2>
      <p className="muted small">{t('roomAdmin.hoursIntro')}</p>
      <SelectField label={t('roomAdmin.staffMember')} options={active.map((s) => ({ id: String(s.id), label: s.displayName }))} value={staffId === null ? null : String(staffId)} onChange={(v) => setStaffId(Number(v))} testId="hours-staff" />
      <ErrorMessage error={availability.error ?? setHours.error ?? addOff.error ?? removeOff.error} />
      <table className="table hours-table">
        <caption className="visually-hidden">{t('roomAdmin.hoursTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('roomAdmin.weekday')}</th>
            <th scope="col">{t('roomAdmin.works')}</th>
            <th scope="col">{t('schedule.start')}</th>
            <th scope="col">{t('schedule.end')}</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((d) => {
            const day = week[d]!;
            const name = weekdayName(d, i18n.language);
            const set = (patch: Partial<Day>) => setWeek({ ...week, [d]: { ...day, ...patch } });
            return (
              <tr key={d} data-testid={`hours-day-${d}`}>
                <th scope="row">{name}</th>
                <td>
                  <Checkbox className="checkbox" isSelected={day.works} onChange={(works) => set({ works })} aria-label={t('roomAdmin.worksOn', { day: name })} data-testid={`hours-works-${d}`}>
                    <span className="checkbox-box" aria-hidden="true" />
                  </Checkbox>
                </td>
                <td>
                  <TextField className="field field-time" value={day.start} onChange={(start) => set({ start })} isDisabled={!day.works} aria-label={t('roomAdmin.startOn', { day: name })}>
                    <Input className="input input-date" type="time" step={900} data-testid={`hours-start-${d}`} />
                  </TextField>
                </td>
                <td>
                  <TextField className="field field-time" value={day.end} onChange={(end) => set({ end })} isDisabled={!day.works} aria-label={t('roomAdmin.endOn', { day: name })}>
                    <Input className="input input-date" type="time" step={900} data-testid={`hours-end-${d}`} />
                  </TextField>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t('roomAdmin.hoursNote')}</p>
      <div className="actions actions-start">
        <Button className="button button-primary" onPress={saveHours} isDisabled={staffId === null} data-busy={setHours.isPending || undefined} data-testid="hours-save">
          {t('roomAdmin.saveHours')}
        </Button>
      </div>
      <StatusMessage testId="hours-status">{message}</StatusMessage>
      <h3>{t('roomAdmin.timeOff')}</h3>
      {availability.data?.timeOff.length ? (
        <ul className="plain-list time-off-list">
          {availability.data.timeOff.map((o) => (
            <li key={o.id} data-testid={`time-off-${o.id}`}>
              {zf.dateTime(o.startsAt)} – {zf.dateTime(o.endsAt)}{' '}
              <Button className="button button-small" onPress={() => staffId !== null && removeOff.mutate({ staffId, timeOffId: o.id })} aria-label={t('roomAdmin.removeTimeOffOf', { when: zf.dateTime(o.startsAt) })}>
                {t('roomAdmin.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('roomAdmin.noTimeOff')}</p>
      )}
      <div className="when-row">
        <DateInput label={t('roomAdmin.offFrom')} value={off.from} onChange={(from) => setOff({ ...off, from })} testId="time-off-from" />
        <DateInput label={t('roomAdmin.offTo')} value={off.to} onChange={(to) => setOff({ ...off, to })} errorMessage={offProblem || undefined} testId="time-off-to" />
        <div className="field field-button">
          <Label className="field-label visually-hidden">{t('roomAdmin.addTimeOff')}</Label>
          <Button className="button" onPress={addTimeOff} isDisabled={staffId === null || !off.from || !off.to} data-testid="time-off-add">
            {t('roomAdmin.addTimeOff')}
          </Button>
        </div>
      </div>
    </section>
  );
}
