import { useState } from 'react';
import { Button, Form, ListBox, ListBoxItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextInput } from '../../components/TextInput';
import { useCountdown } from '../../components/useCountdown';
import { useFormErrors } from '../../components/useFormErrors';
import { useUnlock } from '../../data/vault';

interface Props {
  accounts: { username: string }[];
  disabled: boolean;
  onForgot: () => void;
}

/**
 * Staff pick their login from the accounts on this workstation or type it. After failed attempts the core
 * backs off; the wait it reports is counted down here and the button stays disabled until it passes.
 */
export function UnlockForm({ accounts, disabled, onForgot }: Props) {
  const { t } = useTranslation();
  const unlock = useUnlock();
  // One account (a new centre): name it, so the admin only types the password.
  const [username, setUsername] = useState(accounts.length === 1 ? (accounts[0]?.username ?? '') : '');
  const [password, setPassword] = useState('');
  const { errors, refuse, clear, formRef } = useFormErrors();
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const wait = useCountdown(retryAt);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (unlock.isPending) return; // one request at a time: a double press must not submit twice
    const found: Record<string, string> = {};
    if (!username.trim()) found.username = t('fieldErrors.required');
    if (!password) found.password = t('fieldErrors.required');
    refuse(found);
    if (Object.keys(found).length > 0 || wait > 0) return;
    unlock.mutate(
      { username: username.trim().toLowerCase(), password },
      {
        onError: (err) => {
          setPassword('');
          setRetryAt(err.retryAfterMs ? Date.now() + err.retryAfterMs : null);
        },
      },
    );
  };

  return (
    <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form" aria-labelledby="lock-title">
      <TextInput
        name="username"
        label={t('fields.username')}
        description={t('lock.usernameHelp')}
        value={username}
        onChange={(s) => {
          setUsername(s);
          clear('username');
        }}
        isRequired
        isDisabled={disabled}
        autoComplete="username"
        autoFocus={accounts.length !== 1}
        testId="unlock-username"
      />
      {accounts.length > 1 && (
        // An inline list, not a popover: a workstation has a handful of accounts, and a modal popover hides
        // the rest of the page from screen readers while it stays focusable.
        <ListBox
          aria-label={t('lock.accounts')}
          className="account-list"
          selectionMode="single"
          selectedKeys={accounts.some((a) => a.username === username.trim().toLowerCase()) ? [username.trim().toLowerCase()] : []}
          onSelectionChange={(keys) => {
            const [picked] = [...(keys as Set<string>)];
            if (picked) {
              setUsername(picked);
              clear('username');
              formRef.current?.querySelector<HTMLInputElement>('input[type="password"]')?.focus();
            }
          }}
          items={accounts.map((a) => ({ id: a.username }))}
          disabledKeys={disabled ? accounts.map((a) => a.username) : []}
        >
          {(item: { id: string }) => (
            <ListBoxItem id={item.id} textValue={item.id} className="account-item" data-testid={`unlock-account-${item.id}`}>
              {item.id}
            </ListBoxItem>
          )}
        </ListBox>
      )}
      <TextInput
        name="password"
        type="password"
        label={t('fields.password')}
        value={password}
        onChange={(s) => {
          setPassword(s);
          clear('password');
        }}
        isRequired
        isDisabled={disabled}
        autoComplete="current-password"
        autoFocus={accounts.length === 1}
        testId="unlock-password"
      />
      <ErrorMessage error={unlock.error} />
      <p role="status" className={wait > 0 ? 'muted' : 'status-empty'} data-testid="unlock-wait">
        {wait > 0 ? t('lock.waitSeconds', { seconds: wait }) : ''}
      </p>
      <div className="actions actions-spread">
        <Button type="submit" className="button button-primary" isDisabled={disabled || wait > 0} data-busy={unlock.isPending || undefined} data-testid="unlock-submit">
          {t('lock.unlock')}
        </Button>
        <Button className="button button-link" onPress={onForgot} isDisabled={disabled} data-testid="forgot-password">
          {t('lock.forgot')}
        </Button>
      </div>
    </Form>
  );
}
