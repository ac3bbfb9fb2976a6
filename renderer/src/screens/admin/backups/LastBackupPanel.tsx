import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { codeError, ErrorMessage } from '../../../components/ErrorMessage';
import { useNow } from '../../../components/useNow';
import { jobRunning, useBackupProgress, useRunBackup, type BackupList } from '../../../data/backups';
import { keys } from '../../../data/keys';
import { isErrorCode } from '../../../data/result';
import { useFormat } from '../../../i18n/format';
import { jobFraction, PHASE_LABEL } from './jobText';
import { ProgressLine } from './ProgressLine';
import { backupFreshness } from './staleness';

/**
 * The age of the newest backup (a warning once it is stale, or when there is none), the schedule, and
 * "Back up now" with its progress. The job runs in the core; this panel polls it until it ends.
 */
export function LastBackupPanel({ list }: { list: BackupList }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const qc = useQueryClient();
  const run = useRunBackup();
  const progress = useBackupProgress(true);
  const job = progress.data ?? list.job;
  const running = jobRunning(job);
  // The job this person started here: its end is announced; a scheduled one only refreshes the list.
  const [started, setStarted] = useState<string | null>(null);
  const wasRunning = useRef(running);

  // A job that just ended changes the list (a new backup, a verification): read it again.
  useEffect(() => {
    if (wasRunning.current && !running) void qc.invalidateQueries({ queryKey: keys.backups });
    wasRunning.current = running;
  }, [running, qc]);
  const finished = job && job.jobId === started && job.kind === 'backup' && job.phase === 'done' ? t('backupsPage.runDone', { when: fmt.time(job.finishedAt ?? '') }) : '';

  const fresh = backupFreshness(list.latestAt, list.everyHours, new Date(now));
  const failed = job && job.phase === 'failed' && !running ? job.error : null;

  return (
    <section className="panel backups-panel" aria-labelledby="backups-last-title" data-testid="backups-last">
      <h3 id="backups-last-title">{t('backupsPage.lastTitle')}</h3>
      {fresh.state === 'none' ? (
        <p className="alert alert-warning" data-testid="backups-none">
          {t('backupsPage.none')}
        </p>
      ) : fresh.state === 'stale' ? (
        <p className="alert alert-warning" data-testid="backups-stale">
          {t('backupsPage.stale', { age: fmt.relative(fresh.at, now), when: fmt.dateTime(fresh.at), hours: fmt.number(list.everyHours) })}
        </p>
      ) : (
        <p data-testid="backups-fresh">
          <span className="backups-age">{t('backupsPage.madeAgo', { age: fmt.relative(fresh.at, now) })}</span> <span className="muted">({fmt.dateTime(fresh.at)})</span>
        </p>
      )}
      <p className="muted small">{t('backupsPage.schedule', { hours: fmt.number(list.everyHours) })}</p>
      {running && job ? (
        <ProgressLine label={t(PHASE_LABEL[job.phase], { done: fmt.number(job.done), total: fmt.number(job.total) })} fraction={jobFraction(job)} testId="backups-progress" />
      ) : null}
      <ErrorMessage error={run.error ?? (failed ? codeError(isErrorCode(failed) ? failed : 'INTERNAL') : null)} />
      <div className="actions actions-start">
        <Button
          className="button button-primary"
          isDisabled={list.folder === null || running}
          data-busy={run.isPending || undefined}
          onPress={() => {
            if (run.isPending) return;
            run.mutate(undefined, { onSuccess: (j) => setStarted(j.jobId) });
          }}
          data-testid="backups-run"
        >
          {t('backupsPage.run')}
        </Button>
        {list.folder === null ? <span className="muted small">{t('backupsPage.runNeedsFolder')}</span> : null}
        <span role="status" className={finished ? 'backups-note' : 'status-empty'} data-testid="backups-run-status">
          {finished}
        </span>
      </div>
    </section>
  );
}
