import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeError, ErrorMessage } from '../../components/ErrorMessage';
import { Hotlines } from '../../components/Hotlines';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { StatusMessage } from '../../components/StatusMessage';
import type { VaultStatus } from '../../data/vault';
import { RecoveryKeyScreen } from '../setup/RecoveryKeyScreen';
import { RecoverForm } from './RecoverForm';
import { UnlockForm } from './UnlockForm';

type Mode = { kind: 'unlock' } | { kind: 'recover' } | { kind: 'newKey'; key: string };

/** Locked is Haven's default state: unlock, or reset a forgotten password with the recovery key. */
export function LockScreen({ status }: { status: VaultStatus }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>({ kind: 'unlock' });
  const [notice, setNotice] = useState('');
  const problem = status.problem;

  if (mode.kind === 'newKey') {
    return (
      <RecoveryKeyScreen
        recoveryKey={mode.key}
        context="recover"
        onDone={() => {
          setNotice(t('recover.done'));
          setMode({ kind: 'unlock' });
        }}
      />
    );
  }

  return (
    <div className="screen screen-lock">
      <header className="screen-topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main className="card" aria-labelledby="lock-title">
        <h1 id="lock-title">{mode.kind === 'recover' ? t('recover.title') : t('lock.title')}</h1>
        {problem ? <ErrorMessage error={codeError(problem)} /> : null}
        <StatusMessage testId="lock-notice">{notice}</StatusMessage>
        {mode.kind === 'recover' ? (
          <RecoverForm
            onRecovered={(key) => {
              setNotice('');
              setMode({ kind: 'newKey', key });
            }}
            onCancel={() => setMode({ kind: 'unlock' })}
          />
        ) : (
          <UnlockForm
            accounts={status.accounts}
            disabled={problem !== null}
            onForgot={() => {
              setNotice('');
              setMode({ kind: 'recover' });
            }}
          />
        )}
      </main>
      <footer className="screen-footer">
        <Hotlines />
      </footer>
    </div>
  );
}
