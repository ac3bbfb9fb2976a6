import { useTranslation } from 'react-i18next';

/** Neutral state while the vault status is not known yet: nothing that hints at locked or unlocked. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <main className="screen screen-centered" aria-busy="true">
      <h1 className="visually-hidden">{t('app.name')}</h1>
      <p role="status" className="muted" data-testid="loading">
        {t('common.loading')}
      </p>
    </main>
  );
}
