import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

interface Props {
  label: string;
  /** 'date' (YYYY-MM-DD) or 'datetime-local' (YYYY-MM-DDTHH:mm), in the computer's time zone. */
  kind?: 'date' | 'datetime-local';
  value: string;
  onChange: (v: string) => void;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  testId?: string;
  name?: string;
}

/** A labelled native date (or date and time) field: the browser's own picker, keyboard and locale order. */
export function DateInput({ label, kind = 'date', value, onChange, description, errorMessage, isRequired, testId, name }: Props) {
  return (
    <TextField className="field field-date" value={value} onChange={onChange} isRequired={isRequired} isInvalid={errorMessage ? true : undefined} name={name}>
      <Label className="field-label">{label}</Label>
      <Input className="input input-date" type={kind} data-testid={testId} />
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of an instant, in local time (what a date field shows). */
export function toDateValue(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function toDateTimeValue(d: Date): string {
  return `${toDateValue(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The instant a date field means. A consent or agreement starts at the start of its first day and lasts to
 * the end of its last day: "expires 30 June" still covers 30 June. Null when the value is not a date.
 */
export function dateToInstant(value: string, at: 'start' | 'end' | 'morning' = 'start'): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [h, min, s, ms] = at === 'end' ? [23, 59, 59, 999] : at === 'morning' ? [9, 0, 0, 0] : [0, 0, 0, 0];
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h, min, s, ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function dateTimeToInstant(value: string): string | null {
  const d = new Date(value);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

export function addDays(d: Date, days: number): Date {
  const out = new Date(d);
  out.setDate(out.getDate() + days);
  return out;
}
