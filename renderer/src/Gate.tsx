import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/schemas';
import { ErrorMessage } from './components/ErrorMessage';
import { Loading } from './components/Loading';
import { keys } from './data/keys';
import { useSettings } from './data/settings';
import { useVaultStatus } from './data/vault';
import { AppFrame } from './frame/AppFrame';
import { useLockTriggers } from './lock/useLockTriggers';
import { ForcedPasswordChange } from './screens/account/ForcedPasswordChange';
import { LockScreen } from './screens/lock/LockScreen';
import { RecoveryScreen } from './screens/recovery/RecoveryScreen';
import { RecoveryKeyScreen } from './screens/setup/RecoveryKeyScreen';
import { SetupScreen } from './screens/setup/SetupScreen';

/** Used until the centre's own setting has loaded; the core's default is the same order of magnitude. */
const FALLBACK_IDLE_MINUTES = 10;

/**
 * Everything shown while a session is open, under the idle lock, Ctrl/Cmd+L and clipboard tracking. That
 * includes the recovery key right after setup: an unattended key on a shared desk is worse than re-showing nothing.
 */
function Unlocked({ session, setupKey, onKeySaved }: { session: Session; setupKey: string | null; onKeySaved: () => void }) {
  const settings = useSettings();
  useLockTriggers(settings.data?.idleMinutes ?? FALLBACK_IDLE_MINUTES);
  if (setupKey) return <RecoveryKeyScreen recoveryKey={setupKey} context="setup" onDone={onKeySaved} />;
  if (session.mustChangePassword) return <ForcedPasswordChange session={session} />;
  return <AppFrame session={session} />;
}

function StatusFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const status = useVaultStatus();
  return (
    <main className="screen screen-centered card" aria-labelledby="status-failed-title">
      <h1 id="status-failed-title">{t('app.name')}</h1>
      <ErrorMessage error={status.error} />
      <Button className="button" onPress={onRetry}>
        {t('common.retry')}
      </Button>
    </main>
  );
}

/** Chooses the screen from the vault status: setup, lock, forced password change, or the app. */
export function Gate() {
  const qc = useQueryClient();
  const status = useVaultStatus();
  // Setup returns the recovery key once; it is held here (not in the query cache) until confirmed.
  const [setupKey, setSetupKey] = useState<string | null>(null);
  const [setupSession, setSetupSession] = useState<Session | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: keys.vaultStatus });

  if (setupSession && setupKey) {
    return (
      <Unlocked
        session={setupSession}
        setupKey={setupKey}
        onKeySaved={() => {
          // Wait for the fresh status (now initialized and unlocked) so the setup form never flashes back.
          void qc.invalidateQueries({ queryKey: keys.vaultStatus }).then(() => {
            setSetupKey(null);
            setSetupSession(null);
          });
        }}
      />
    );
  }
  if (status.isPending) return <Loading />;
  if (status.error) return <StatusFailed onRetry={refresh} />;
  const s = status.data;
  // A damaged, unreadable or missing database: the recovery screen, before setup or unlock could be offered
  // (setup over a lost vault would bury its backups' way back; unlocking would only fail again).
  if (s.recovery && !s.unlocked) return <RecoveryScreen recovery={s.recovery} accounts={s.accounts} />;
  if (!s.initialized) {
    return (
      <SetupScreen
        onCreated={(key, session) => {
          setSetupKey(key);
          setSetupSession(session);
        }}
      />
    );
  }
  if (!s.unlocked || !s.session) return <LockScreen status={s} />;
  return <Unlocked session={s.session} setupKey={null} onKeySaved={refresh} />;
}
