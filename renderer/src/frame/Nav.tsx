import { useTranslation } from 'react-i18next';
import { Hotlines } from '../components/Hotlines';
import { ACCOUNT_SECTION, canSee, NAV_SECTIONS, type SectionDef, type SectionId } from './sections';

interface Props {
  current: SectionId;
  isAdmin: boolean;
  onGo: (s: SectionId) => void;
}

/**
 * Left navigation. Plain buttons with aria-current: this is state-based routing, there are no URLs to link
 * to, and aria-current is what tells assistive technology which section is open.
 */
export function Nav({ current, isAdmin, onGo }: Props) {
  const { t } = useTranslation();
  const item = (s: SectionDef, n?: number) => (
    <li key={s.id}>
      <button type="button" className="nav-item" aria-current={current === s.id ? 'page' : undefined} onClick={() => onGo(s.id)} data-testid={`nav-${s.id}`}>
        <span>{t(s.labelKey)}</span>
        {n ? (
          <kbd className="nav-key" aria-hidden="true">
            Alt+{n}
          </kbd>
        ) : null}
      </button>
    </li>
  );
  return (
    <nav className="frame-nav" aria-label={t('nav.label')}>
      <ul className="nav-list">{NAV_SECTIONS.map((s, i) => (canSee(s, isAdmin) ? item(s, i + 1) : null))}</ul>
      <ul className="nav-list nav-list-secondary">{item(ACCOUNT_SECTION)}</ul>
      <Hotlines compact />
    </nav>
  );
}
