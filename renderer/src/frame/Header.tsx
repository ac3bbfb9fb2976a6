import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/schemas';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { lock } from '../lock';

interface Props {
  centreName: string | undefined;
  session: Session;
  onHelp: () => void;
}

export function Header({ centreName, session, onHelp }: Props) {
  const { t } = useTranslation();
  return (
    <header className="frame-header">
      <div className="frame-brand">
        <span className="brand">{t('app.name')}</span>
        {centreName ? (
          <span className="centre-name" data-testid="centre-name">
            {centreName}
          </span>
        ) : null}
      </div>
      <div className="frame-tools">
        <span className="signed-in" data-testid="signed-in-user">
          {t('frame.signedInAs', { name: session.displayName })}
        </span>
        <LanguageSwitcher />
        <Button className="button button-quiet icon-button" aria-label={t('frame.shortcuts')} onPress={onHelp} data-testid="shortcuts-button">
          ?
        </Button>
        <Button className="button button-lock" onPress={() => void lock('user')} data-testid="lock-button">
          {t('frame.lock')}
        </Button>
      </div>
    </header>
  );
}
