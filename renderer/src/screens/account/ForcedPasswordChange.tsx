import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/schemas';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { lock } from '../../lock';
import { ChangePasswordForm } from './ChangePasswordForm';
import { Hotlines } from '../../components/Hotlines';

/**
 * A temporary password was set by an admin (new account, reset, reactivation): it must be replaced before
 * anything else is shown. Once changed, the session update in the status cache moves the app on.
 */
export function ForcedPasswordChange({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <header className="screen-topbar">
        <span className="brand">{t('app.name')}</span>
        <div className="topbar-tools">
          <LanguageSwitcher />
          <Button className="button" onPress={() => void lock('user')} data-testid="lock-button">
            {t('frame.lock')}
          </Button>
        </div>
      </header>
      <main className="card" aria-labelledby="forced-title">
        <h1 id="forced-title">{t('password.forcedTitle')}</h1>
        <p>{t('password.forcedIntro', { name: session.displayName })}</p>
        <ChangePasswordForm currentLabel={t('fields.temporaryPassword')} onChanged={() => undefined} autoFocus />
      </main>
      <footer className="screen-footer">
        <Hotlines />
      </footer>
    </div>
  );
}
