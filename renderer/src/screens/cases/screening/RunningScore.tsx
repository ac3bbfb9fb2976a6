import { useTranslation } from 'react-i18next';
import type { Instrument, ScoreSummary } from '../../../../../shared/screening';
import { pick } from './lang';
import { READING_LABEL, readingOf } from './reading';

/**
 * The score as it stands, beside the questions: weighted "yes" answers, the band, and separately what is
 * missing (declined, unknown, unanswered), so a low score with gaps reads "incomplete", never "no indicators".
 */
export function RunningScore({ instrument, summary }: { instrument: Instrument; summary: ScoreSummary }) {
  const { t, i18n } = useTranslation();
  const reading = readingOf(summary);
  const n = (x: number) => String(x);
  return (
    <aside className="score-panel" aria-labelledby="score-title" data-testid="running-score">
      <h3 id="score-title">{t('screeningPage.runningScore')}</h3>
      <p className="score-value">
        <span data-testid="score">{summary.score}</span>
        <span className="muted"> / {summary.maxScore}</span>
      </p>
      <p className={`reading reading-${reading}`} data-testid="score-reading" data-reading={reading}>
        {t(READING_LABEL[reading])}
      </p>
      <dl className="score-counts">
        <dt>{t('screeningPage.answered')}</dt>
        <dd data-testid="count-answered">{summary.answered}</dd>
        <dt>{t('vocab.screeningAnswer.yes')}</dt>
        <dd>{summary.yes}</dd>
        <dt className="count-declined">{t('vocab.screeningAnswer.declined')}</dt>
        <dd data-testid="count-declined">{summary.declined}</dd>
        <dt>{t('vocab.screeningAnswer.unknown')}</dt>
        <dd data-testid="count-unknown">{summary.unknown}</dd>
        <dt>{t('screeningPage.unanswered')}</dt>
        <dd data-testid="count-unanswered">{summary.unanswered}</dd>
      </dl>
      {reading === 'incomplete' ? <p className="small reading-help">{t('screeningPage.incompleteHelp')}</p> : null}
      <p className="small muted">{t('screeningPage.bands', { possible: n(instrument.bands.possible), likely: n(instrument.bands.likely) })}</p>
      <p className="small scoring-note" data-testid="scoring-note">
        {pick(instrument.scoringNote, i18n.language)}
      </p>
      <p className="visually-hidden" role="status">
        {t('screeningPage.announce', { score: n(summary.score), max: n(summary.maxScore), reading: t(READING_LABEL[reading]), declined: n(summary.declined), unanswered: n(summary.unanswered) })}
      </p>
    </aside>
  );
}
