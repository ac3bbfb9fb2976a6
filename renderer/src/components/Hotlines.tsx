import { useTranslation } from 'react-i18next';

/**
 * Help lines, always visible even while locked: a survivor or staff member may need them at any moment.
 * Numbers are facts, not translations; only their names are translated.
 */
export function Hotlines({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const lines = [
    { name: t('hotlines.usTrafficking'), number: '1-888-373-7888', extra: t('hotlines.usTraffickingText', { number: '233733' }) },
    { name: t('hotlines.caTrafficking'), number: '1-833-900-1010' },
    { name: t('hotlines.usDomesticViolence'), number: '1-800-799-7233' },
    { name: t('hotlines.emergency'), number: '911' },
  ];
  return (
    <aside className={compact ? 'hotlines hotlines-compact' : 'hotlines'} aria-label={t('hotlines.title')} data-testid="hotlines">
      <h2 className="hotlines-title">{t('hotlines.title')}</h2>
      <ul className="hotlines-list">
        {lines.map((l) => (
          <li key={l.number}>
            <span className="hotline-name">{l.name}</span> <span className="hotline-number">{l.number}</span>
            {l.extra ? <span className="hotline-extra"> · {l.extra}</span> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
