import { FieldError, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../shared/sessions/schemas';
import type { SessionLocation } from '../../../../shared/sessions/vocab';
import { SESSION_LOCATIONS } from '../../../../shared/sessions/vocab';
import { DateInput } from '../../components/DateInput';
import { SelectField } from '../../components/SelectField';

export interface WhenWhere {
  date: string;
  startTime: string;
  endTime: string;
  location: SessionLocation;
  roomId: number | null;
}

interface Props {
  value: WhenWhere;
  onChange: (next: WhenWhere) => void;
  rooms: readonly Room[];
  errors: Record<string, string>;
  /** Shown under the date: the zone the times are read in. */
  zoneNote: string;
  testId: string;
}

function TimeField({ label, value, onChange, error, testId }: { label: string; value: string; onChange: (v: string) => void; error?: string; testId: string }) {
  return (
    <TextField className="field field-time" value={value} onChange={onChange} isRequired isInvalid={error ? true : undefined}>
      <Label className="field-label">{label}</Label>
      <Input className="input input-date" type="time" step={900} data-testid={testId} />
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}

/** The day, the times (wall clock in the centre's zone) and the place of a booking or a move. */
export function WhenWhereFields({ value, onChange, rooms, errors, zoneNote, testId }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<WhenWhere>) => onChange({ ...value, ...patch });
  const roomFeatures = (r: Room) =>
    [t('schedule.capacity', { count: r.capacity }), r.accessible ? t('roomAdmin.accessible') : '', r.childFriendly ? t('roomAdmin.childFriendly') : '', r.forensicRecording ? t('roomAdmin.forensicRecording') : '']
      .filter(Boolean)
      .join(', ');
  return (
    <fieldset className="when-where">
      <legend className="visually-hidden">{t('schedule.whenWhere')}</legend>
      <div className="when-row">
        <DateInput label={t('schedule.date')} value={value.date} onChange={(date) => set({ date })} isRequired errorMessage={errors.date} testId={`${testId}-date`} />
        <TimeField label={t('schedule.start')} value={value.startTime} onChange={(startTime) => set({ startTime })} error={errors.startTime} testId={`${testId}-start`} />
        <TimeField label={t('schedule.end')} value={value.endTime} onChange={(endTime) => set({ endTime })} error={errors.endTime} testId={`${testId}-end`} />
      </div>
      <Text className="field-description">{zoneNote}</Text>
      <RadioGroup
        className="field radio-group"
        orientation="horizontal"
        value={value.location}
        onChange={(v) => set({ location: v as SessionLocation, roomId: v === 'room' ? (value.roomId ?? rooms[0]?.id ?? null) : null })}
      >
        <Label className="field-label">{t('schedule.where.label')}</Label>
        <div className="radio-row">
          {SESSION_LOCATIONS.map((l) => (
            <Radio key={l} value={l} className="radio" data-testid={`${testId}-location-${l}`}>
              {t(`schedule.where.${l}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {value.location === 'room' ? (
        <SelectField
          label={t('schedule.room')}
          options={rooms.map((r) => ({ id: String(r.id), label: `${r.name} (${roomFeatures(r)})` }))}
          value={value.roomId === null ? null : String(value.roomId)}
          onChange={(id) => set({ roomId: Number(id) })}
          isRequired
          errorMessage={errors.roomId}
          placeholder={t('schedule.chooseRoom')}
          testId={`${testId}-room`}
        />
      ) : (
        <p className="muted small">{t(`schedule.whereNote.${value.location}`)}</p>
      )}
    </fieldset>
  );
}

/** Field problems of a when/where, in the UI language; empty when it can be sent. */
export function whenWhereProblems(v: WhenWhere, t: (k: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) out.date = t('fieldErrors.invalid');
  if (!/^\d{2}:\d{2}$/.test(v.startTime)) out.startTime = t('fieldErrors.invalid');
  if (!/^\d{2}:\d{2}$/.test(v.endTime)) out.endTime = t('fieldErrors.invalid');
  else if (v.startTime && v.endTime <= v.startTime) out.endTime = t('schedule.endAfterStart');
  if (v.location === 'room' && v.roomId === null) out.roomId = t('schedule.chooseRoom');
  return out;
}
