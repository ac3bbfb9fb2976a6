import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/contract/backups';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { useNow } from '../../../components/useNow';
import { jobRunning, useBackups, useVerifyBackup } from '../../../data/backups';
import { useFormat } from '../../../i18n/format';
import { BackupTable } from './BackupTable';
import { FolderPanel } from './FolderPanel';
import { LastBackupPanel } from './LastBackupPanel';
import { RestoreDialog } from './RestoreDialog';
import { RotateKeyPanel } from './RotateKeyPanel';

/**
 * Admin > Backups: how old the newest backup is (and "Back up now"), where backups go, and every backup in
 * that folder with its verification, a check on demand and a restore. The core does the work; this page
 * shows it and asks before anything replaces the data.
 */
export function BackupsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const list = useBackups();
  const verify = useVerifyBackup();
  const [verifying, setVerifying] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  // What the last check found, kept as data so its sentence follows a language switch.
  const [result, setResult] = useState<{ createdAt: string; ok: boolean; findings: number } | null>(null);

  const onVerify = (b: BackupEntry) => {
    setResult(null);
    setVerifying(b.id);
    verify.mutate(
      { backupId: b.id },
      {
        onSuccess: (v) => setResult({ createdAt: b.createdAt, ok: v.ok, findings: v.findings.length }),
        onSettled: () => setVerifying(null),
      },
    );
  };

  const data = list.data;
  const busy = verifying !== null || jobRunning(data?.job);
  return (
    <section aria-labelledby="backups-title" className="section backups-page">
      <h2 id="backups-title">{t('backupsPage.title')}</h2>
      <ErrorMessage error={list.error} />
      {list.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <div className="backups-top">
            <LastBackupPanel list={data} />
            <FolderPanel folder={data.folder} />
          </div>
          <div className="section-head">
            <h3 id="backups-list-title">
              {t('backupsPage.listTitle')} <span className="count-badge">{fmt.number(data.backups.length)}</span>
            </h3>
          </div>
          <StatusMessage testId="backups-verify-status">
            {result === null
              ? ''
              : result.ok
                ? t('backupsPage.verifyOk', { when: fmt.dateTime(result.createdAt) })
                : t('backupsPage.verifyBad', { when: fmt.dateTime(result.createdAt), n: fmt.number(result.findings) })}
          </StatusMessage>
          <ErrorMessage error={verify.error} />
          {data.backups.length === 0 ? (
            <p className="muted" data-testid="backups-empty">
              {data.folder ? t('backupsPage.emptyFolder') : t('backupsPage.emptyNoFolder')}
            </p>
          ) : (
            <BackupTable backups={data.backups} now={now} verifying={verifying} busy={busy} onVerify={onVerify} onRestore={setRestoring} />
          )}
          <RotateKeyPanel />
        </>
      ) : null}
      {restoring ? <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} /> : null}
    </section>
  );
}
