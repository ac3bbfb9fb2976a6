import { addDays, differenceInCalendarDays, eachMonthOfInterval, eachYearOfInterval, format, parseISO } from 'date-fns';
import type { Deadline, IsoDate } from '../../../../shared/legal';

/** What the matter timeline draws: single days (facts and deadlines) and windows between two days. */
export type MarkShape = 'fact' | 'deadline' | 'expiry' | 'court';
export interface TimelineMark {
  date: IsoDate;
  /** A catalogue key and its values: the component translates. */
  labelKey: string;
  shape: MarkShape;
}
export interface TimelineBand {
  from: IsoDate;
  to: IsoDate;
  labelKey: string;
  tone: 'window' | 'renewal';
}

const FACTS = [
  ['filedOn', 'legalPage.timeline.filed'],
  ['approvedOn', 'legalPage.timeline.approved'],
  ['admittedOn', 'legalPage.timeline.admitted'],
  ['signedOn', 'legalPage.timeline.signed'],
] as const;

const SHAPE: Partial<Record<Deadline['kind'], MarkShape>> = {
  status_expiry: 'expiry',
  adjustment_window_opens: 'deadline',
  adjustment_window_closes: 'deadline',
  extension_file_by: 'deadline',
  renewal_window_opens: 'deadline',
  certification_file_by: 'deadline',
  next_permit_apply_by: 'deadline',
  court_date: 'court',
};

/**
 * The marks and bands of one matter: its own dated facts, its deadlines (reminders and preparation dates
 * are left to the list: they would crowd the line), the I-485 / adjustment window and the renewal window
 * as bands. Uses the engine's effective dates, so an override moves the drawing too.
 */
export function timelineOf(facts: Partial<Record<(typeof FACTS)[number][0], IsoDate | null>>, deadlines: readonly Pick<Deadline, 'kind' | 'date'>[]): { marks: TimelineMark[]; bands: TimelineBand[] } {
  const marks: TimelineMark[] = [];
  for (const [field, key] of FACTS) {
    const d = facts[field];
    if (d) marks.push({ date: d, labelKey: key, shape: 'fact' });
  }
  const byKind = new Map<string, Pick<Deadline, 'kind' | 'date'>>();
  for (const d of deadlines) {
    const shape = SHAPE[d.kind];
    if (!shape || !d.date) continue;
    byKind.set(d.kind, d);
    marks.push({ date: d.date, labelKey: `legalPage.kind.${d.kind}`, shape });
  }
  const bands: TimelineBand[] = [];
  const opens = byKind.get('adjustment_window_opens')?.date;
  const closes = byKind.get('adjustment_window_closes')?.date;
  if (opens && closes && opens <= closes) bands.push({ from: opens, to: closes, labelKey: 'legalPage.timeline.adjustmentWindow', tone: 'window' });
  const renewal = byKind.get('renewal_window_opens')?.date;
  const expiry = byKind.get('status_expiry')?.date;
  if (renewal && expiry && renewal <= expiry) bands.push({ from: renewal, to: expiry, labelKey: 'legalPage.timeline.renewalWindow', tone: 'renewal' });
  marks.sort((a, b) => a.date.localeCompare(b.date));
  return { marks, bands };
}

export interface Scale {
  start: IsoDate;
  end: IsoDate;
  x(date: IsoDate): number;
  ticks: { date: IsoDate; year: boolean }[];
}

/** A linear day scale over every drawn date and today, with a margin, mapped onto [left, right]. */
export function scaleFor(dates: readonly IsoDate[], today: IsoDate, left: number, right: number): Scale {
  const all = [...dates, today].sort();
  const lo = parseISO(all[0]!);
  const hi = parseISO(all[all.length - 1]!);
  const span = Math.max(differenceInCalendarDays(hi, lo), 120);
  const pad = Math.round(span * 0.06);
  const s = addDays(lo, -pad);
  const e = addDays(hi, pad + (differenceInCalendarDays(hi, lo) < 120 ? 120 - differenceInCalendarDays(hi, lo) : 0));
  const total = Math.max(differenceInCalendarDays(e, s), 1);
  const x = (date: IsoDate) => left + ((right - left) * differenceInCalendarDays(parseISO(date), s)) / total;
  const iso = (d: Date) => format(d, 'yyyy-MM-dd');
  const years = eachYearOfInterval({ start: s, end: e }).filter((d) => d >= s);
  const ticks =
    total > 3 * 365
      ? years.map((d) => ({ date: iso(d), year: true }))
      : eachMonthOfInterval({ start: s, end: e })
          .filter((d) => d >= s && d.getMonth() % (total > 365 ? 3 : 1) === 0)
          .map((d) => ({ date: iso(d), year: d.getMonth() === 0 }));
  return { start: iso(s), end: iso(e), x, ticks };
}

/** Greedy label lanes: each label goes in the first lane whose last label ends before it starts. */
export function laneOf(items: readonly { x: number; width: number }[], lanes: number): number[] {
  const ends: number[] = Array.from({ length: lanes }, () => -Infinity);
  return items.map(({ x, width }) => {
    const from = x - width / 2;
    let lane = ends.findIndex((end) => end + 6 <= from);
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = x + width / 2;
    return lane;
  });
}
