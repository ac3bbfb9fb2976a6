import type { BackupEntry, BackupJob } from '../../../../../shared/contract/backups';

/** The words for each phase of a long job; the bar's own numbers come from `done` and `total`. */
export const PHASE_LABEL: Record<BackupJob['phase'], string> = {
  database: 'backupsPage.phases.database',
  documents: 'backupsPage.phases.documents',
  keyring: 'backupsPage.phases.keyring',
  verifying: 'backupsPage.phases.verifying',
  swapping: 'backupsPage.phases.swapping',
  done: 'backupsPage.phases.done',
  failed: 'backupsPage.phases.failed',
};

/** What started a backup: a person here, the schedule, an update of the data, or the `haven` command. */
export const TRIGGER_LABEL: Record<BackupEntry['trigger'], string> = {
  manual: 'backupsPage.triggers.manual',
  scheduled: 'backupsPage.triggers.scheduled',
  'pre-migration': 'backupsPage.triggers.preMigration',
  cli: 'backupsPage.triggers.cli',
};

/** How far a job is, 0..1, or null when its phase cannot be counted (the bar is then indeterminate). */
export function jobFraction(job: Pick<BackupJob, 'done' | 'total' | 'phase'>): number | null {
  if (job.phase === 'done') return 1;
  if (job.total <= 0) return null;
  return Math.min(1, job.done / job.total);
}
