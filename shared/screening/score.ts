import type { Band, Instrument, ScreeningAnswer } from './define';

export interface ScoreSummary {
  score: number;
  maxScore: number;
  band: Band;
  answered: number;
  yes: number;
  declined: number;
  unknown: number;
  unanswered: number;
}

/**
 * Weighted count of "yes" answers. "Declined" and "unknown" add nothing to the score AND are counted
 * separately, so a low score with many declines reads as "incomplete", never as "no indicators".
 * Pure: the screening form shows the same running score the core stores.
 */
export function scoreScreening(instrument: Instrument, answers: Readonly<Record<string, ScreeningAnswer>>): ScoreSummary {
  let score = 0;
  let maxScore = 0;
  const counts = { yes: 0, no: 0, declined: 0, unknown: 0 };
  for (const q of instrument.questions) {
    maxScore += q.weight;
    const a = answers[q.id];
    if (!a) continue;
    counts[a]++;
    if (a === 'yes') score += q.weight;
  }
  const answered = counts.yes + counts.no + counts.declined + counts.unknown;
  const band: Band = score >= instrument.bands.likely ? 'likely' : score >= instrument.bands.possible ? 'possible' : 'none';
  return { score, maxScore, band, answered, yes: counts.yes, declined: counts.declined, unknown: counts.unknown, unanswered: instrument.questions.length - answered };
}
