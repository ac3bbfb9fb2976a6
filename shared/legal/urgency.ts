import { daysBetween } from './dates';
import type { IsoDate } from './dates';

export type Urgency = 'undated' | 'overdue' | 'due_today' | 'due_soon' | 'later';

/**
 * Today's reading of a deadline, for Today and task lists. "Due soon" is 7 days by default: DOMAIN.md's
 * practice anchor (Primero marks tasks due soon 7 days ahead). Undated ones are shown: they need the notice.
 */
export function deadlineUrgency(date: IsoDate | null, today: IsoDate, dueSoonDays = 7): Urgency {
  if (date === null) return 'undated';
  const d = daysBetween(today, date);
  if (d < 0) return 'overdue';
  if (d === 0) return 'due_today';
  return d <= dueSoonDays ? 'due_soon' : 'later';
}
