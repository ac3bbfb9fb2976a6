import { useTranslation } from 'react-i18next';

/** Shown when the page is opened outside a Haven host (no window.haven): there is no core to talk to. */
export function NoHost() {
  const { t } = useTranslation();
  return (
    <main className="screen screen-centered card" aria-labelledby="nohost-title">
      <h1 id="nohost-title">{t('app.name')}</h1>
      <p role="alert" className="alert alert-error">
        {t('app.noHost')}
      </p>
    </main>
  );
}
