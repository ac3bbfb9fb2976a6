import type { ScoreSummary } from '../../../../../shared/screening';

export type Reading = 'none' | 'possible' | 'likely' | 'incomplete';

/**
 * What the running score means. A score below the first band is read as "incomplete" whenever any question
 * was declined, unknown or left unanswered: a low score then says nothing about the absence of indicators.
 * Positive bands stand as they are (the gaps are still counted beside them).
 */
export function readingOf(s: Pick<ScoreSummary, 'band' | 'declined' | 'unknown' | 'unanswered'>): Reading {
  if (s.band !== 'none') return s.band;
  return s.declined + s.unknown + s.unanswered > 0 ? 'incomplete' : 'none';
}

export const READING_LABEL: Record<Reading, string> = {
  none: 'screeningPage.readingNone',
  possible: 'screeningPage.readingPossible',
  likely: 'screeningPage.readingLikely',
  incomplete: 'screeningPage.readingIncomplete',
};
