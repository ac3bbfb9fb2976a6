import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { findInstrument, scoreScreening, type ScreeningAnswer } from '../../../../../shared/screening';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAnswerScreening, useCompleteScreening, type Screening } from '../../../data/screening';
import { toHavenError, type HavenError } from '../../../data/result';
import { useFormat } from '../../../i18n/format';
import { CompleteDialog } from './CompleteDialog';
import { pick } from './lang';
import { QuestionRow } from './QuestionRow';
import { RunningScore } from './RunningScore';

type Answers = Record<string, ScreeningAnswer>;

/** The answers that differ from what is saved: partial saves send only these. */
export function changedAnswers(saved: Answers, now: Answers): Answers {
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => saved[k] !== v));
}

/**
 * One screening: the questions, the running score beside them, partial saves, and completion. A complete
 * screening is shown read-only. A CONFLICT keeps the answers given here and moves to the saved version.
 */
export function ScreeningForm({ caseId, screening, onClose }: { caseId: number; screening: Screening; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const answer = useAnswerScreening(caseId);
  const complete = useCompleteScreening(caseId);
  const [base, setBase] = useState(screening);
  const [answers, setAnswers] = useState<Answers>(screening.answers);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<HavenError | null>(null);
  const instrument = findInstrument(screening.instrumentId, screening.instrumentVersion);
  if (!instrument) return <ErrorMessage error={{ code: 'NOT_FOUND' }} />;
  const readOnly = base.status === 'complete';
  const summary = scoreScreening(instrument, answers);
  const changed = changedAnswers(base.answers, answers);
  const busy = answer.isPending || complete.isPending;

  /** Saves pending answers; returns the saved screening, or null when the save was refused. */
  async function save(): Promise<Screening | null> {
    setError(null);
    if (Object.keys(changed).length === 0) return base;
    try {
      const s = await answer.mutateAsync({ screeningId: base.id, version: base.version, answers: changed });
      setBase(s);
      return s;
    } catch (e) {
      const err = toHavenError(e);
      const current = err.current as Screening | undefined;
      if (err.code === 'CONFLICT' && current?.id === base.id) {
        setBase(current);
        setNote(t('screeningPage.conflict'));
      } else setError(err);
      return null;
    }
  }

  const onSave = async () => {
    if (busy) return;
    const s = await save();
    if (s) setNote(t('screeningPage.saved', { time: fmt.time(new Date().toISOString()) }));
  };
  const onComplete = async () => {
    if (busy) return;
    const s = await save();
    if (!s) return setConfirming(false);
    try {
      setBase(await complete.mutateAsync({ screeningId: s.id, version: s.version }));
      setConfirming(false);
      setNote(t('screeningPage.completed'));
    } catch (e) {
      setError(toHavenError(e));
      setConfirming(false);
    }
  };

  return (
    <div className="screening-form" data-testid="screening-form">
      <div className="section-head">
        <h2>{pick(instrument.name, i18n.language)}</h2>
        <Button className="button button-link" onPress={onClose} data-testid="screening-close">
          ← {t('screeningPage.backToList')}
        </Button>
      </div>
      <p className="muted small">
        {readOnly ? t('screeningPage.completedOn', { when: fmt.dateTime(base.completedAt ?? ''), by: base.screenedBy }) : t('screeningPage.inProgressHelp')}
      </p>
      <StatusMessage testId="screening-status">{note}</StatusMessage>
      <div className="screening-layout">
        <ol className="questions">
          {instrument.questions.map((q, i) => (
            <QuestionRow key={q.id} n={i + 1} question={q} answer={answers[q.id]} readOnly={readOnly} onAnswer={(a) => setAnswers((p) => ({ ...p, [q.id]: a }))} />
          ))}
        </ol>
        <div className="score-column">
          <RunningScore instrument={instrument} summary={summary} />
          <ErrorMessage error={error} />
          {readOnly ? null : (
            <div className="score-actions">
              <Button className="button" onPress={() => void onSave()} isDisabled={Object.keys(changed).length === 0} data-busy={busy || undefined} data-testid="screening-save">
                {t('screeningPage.saveProgress')}
              </Button>
              <Button className="button button-primary" onPress={() => setConfirming(true)} data-testid="screening-complete">
                {t('screeningPage.complete')}
              </Button>
              {Object.keys(changed).length ? <p className="small muted">{t('screeningPage.unsaved', { n: String(Object.keys(changed).length) })}</p> : null}
            </div>
          )}
        </div>
      </div>
      {confirming ? <CompleteDialog summary={summary} busy={busy} onConfirm={() => void onComplete()} onCancel={() => setConfirming(false)} /> : null}
    </div>
  );
}
