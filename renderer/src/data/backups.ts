import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { BackupJob } from '../../../shared/contract/backups';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

export type BackupList = OutputOf<'backups.list'>;

/** A job still moving: the page polls backups.progress until it says done or failed. */
export const jobRunning = (job: BackupJob | null | undefined): boolean => Boolean(job && job.phase !== 'done' && job.phase !== 'failed');

/** Admin > Backups and Today's stale warning (admins only: the channel refuses everyone else). */
export function useBackups(enabled = true) {
  return useQuery<BackupList, HavenError>({
    queryKey: keys.backups,
    queryFn: () => unwrap(haven.backups.list({})),
    enabled,
    staleTime: 0,
  });
}

/**
 * The running job, asked again every half second while it runs (a backup returns at once and works in the
 * core's quiet time). Polling stops by itself once the job is done or failed.
 */
export function useBackupProgress(enabled: boolean) {
  return useQuery<BackupJob | null, HavenError>({
    queryKey: keys.backupProgress,
    queryFn: () => unwrap(haven.backups.progress({})),
    enabled,
    staleTime: 0,
    refetchInterval: (q) => (jobRunning(q.state.data) ? 500 : false),
  });
}

export function useSetBackupFolder() {
  const qc = useQueryClient();
  return useMutation<OutputOf<'backups.setFolder'>, HavenError, InputOf<'backups.setFolder'>>({
    mutationFn: (i) => unwrap(haven.backups.setFolder(i)),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.backups }),
  });
}

export function useRunBackup() {
  const qc = useQueryClient();
  return useMutation<BackupJob, HavenError, void>({
    mutationFn: () => unwrap(haven.backups.run({})),
    onSuccess: (job) => qc.setQueryData(keys.backupProgress, job),
  });
}

export function useVerifyBackup() {
  const qc = useQueryClient();
  return useMutation<OutputOf<'backups.verify'>, HavenError, InputOf<'backups.verify'>>({
    mutationFn: (i) => unwrap(haven.backups.verify(i)),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.backups }),
  });
}

export function useRestoreBackup() {
  return useMutation<OutputOf<'backups.restore'>, HavenError, InputOf<'backups.restore'>>({
    mutationFn: (i) => unwrap(haven.backups.restore(i)),
  });
}

/** The recovery screen's restore, before anyone is signed in. */
export function useRestoreFromRecovery() {
  return useMutation<OutputOf<'vault.restoreBackup'>, HavenError, InputOf<'vault.restoreBackup'>>({
    mutationFn: (i) => unwrap(haven.vault.restoreBackup(i)),
  });
}
