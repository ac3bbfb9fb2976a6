import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextInput } from '../../components/TextInput';
import { useCountdown } from '../../components/useCountdown';
import { useFormErrors } from '../../components/useFormErrors';
import { useRestoreFromRecovery } from '../../data/backups';
import { ProgressLine } from '../admin/backups/ProgressLine';

type Way = 'password' | 'recoveryKey';

interface Props {
  backupId: string;
  /** The backup's date in words, for the button and the progress line. */
  when: string;
  accounts: { username: string }[];
  onRestored: (r: OutputOf<'vault.restoreBackup'>) => void;
}

/**
 * Opens the chosen backup with what it was sealed under: an administrator's password as it was then, or the
 * recovery key of that time. The core checks the backup, moves the damaged files aside and swaps it in.
 */
export function RecoveryRestoreForm({ backupId, when, accounts, onRestored }: Props) {
  const { t } = useTranslation();
  const restore = useRestoreFromRecovery();
  const [way, setWay] = useState<Way>('password');
  const [username, setUsername] = useState(accounts.length === 1 ? (accounts[0]?.username ?? '') : '');
  const [password, setPassword] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const { errors, refuse, clear, formRef } = useFormErrors();
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const wait = useCountdown(retryAt);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (restore.isPending) return; // one restore at a time: a double press must not start two
    const found: Record<string, string> = {};
    if (way === 'password') {
      if (!username.trim()) found.username = t('fieldErrors.required');
      if (!password) found.password = t('fieldErrors.required');
    } else if (!recoveryKey.trim()) found.recoveryKey = t('fieldErrors.required');
    refuse(found);
    if (Object.keys(found).length > 0 || wait > 0) return;
    const input = way === 'password' ? { backupId, username: username.trim().toLowerCase(), password } : { backupId, recoveryKey: recoveryKey.trim() };
    restore.mutate(input, {
      onSuccess: (r) => {
        setPassword('');
        setRecoveryKey('');
        onRestored(r);
      },
      onError: (err) => {
        setPassword('');
        setRetryAt(err.retryAfterMs ? Date.now() + err.retryAfterMs : null);
        if (err.code === 'VALIDATION' && err.fields?.recoveryKey) refuse({ recoveryKey: t('fieldErrors.recoveryKey') });
      },
    });
  };

  return (
    <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form" aria-labelledby="recovery-restore-title">
      <RadioGroup
        value={way}
        onChange={(v) => {
          setWay(v as Way);
          refuse({});
        }}
        className="field radio-group"
        orientation="horizontal"
        isDisabled={restore.isPending}
      >
        <Label className="field-label">{t('recoveryScreen.openWith')}</Label>
        <div className="radio-row">
          <Radio value="password" className="radio" data-testid="recovery-way-password">
            {t('recoveryScreen.withPassword')}
          </Radio>
          <Radio value="recoveryKey" className="radio" data-testid="recovery-way-key">
            {t('recoveryScreen.withKey')}
          </Radio>
        </div>
      </RadioGroup>
      {way === 'password' ? (
        <div className="recovery-fields">
          <TextInput
            name="username"
            label={t('fields.username')}
            value={username}
            onChange={(v) => {
              setUsername(v);
              clear('username');
            }}
            autoComplete="username"
            isDisabled={restore.isPending}
            testId="recovery-username"
          />
          <TextInput
            name="password"
            type="password"
            label={t('fields.password')}
            description={t('recoveryScreen.passwordHelp')}
            value={password}
            onChange={(v) => {
              setPassword(v);
              clear('password');
            }}
            autoComplete="current-password"
            isDisabled={restore.isPending}
            testId="recovery-password"
          />
        </div>
      ) : (
        <TextInput
          name="recoveryKey"
          label={t('recover.recoveryKey')}
          description={t('recoveryScreen.keyHelp')}
          value={recoveryKey}
          onChange={(v) => {
            setRecoveryKey(v);
            clear('recoveryKey');
          }}
          autoComplete="off"
          isDisabled={restore.isPending}
          testId="recovery-key"
        />
      )}
      {restore.isPending ? <ProgressLine label={t('recoveryScreen.restoring', { when })} fraction={null} testId="recovery-progress" /> : null}
      <ErrorMessage error={restore.error} />
      <p role="status" className={wait > 0 ? 'muted' : 'status-empty'}>
        {wait > 0 ? t('lock.waitSeconds', { seconds: wait }) : ''}
      </p>
      <div className="actions actions-start">
        <Button type="submit" className="button button-primary" isDisabled={wait > 0} data-busy={restore.isPending || undefined} data-testid="recovery-submit">
          {t('recoveryScreen.submit', { when })}
        </Button>
      </div>
    </Form>
  );
}
