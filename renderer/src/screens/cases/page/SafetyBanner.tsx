import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../../shared/cases/schemas';
import { safetyItems, safetyLevel } from './contactSafety';

const MARK = { danger: '!', caution: '?', clear: '✓' } as const;

/**
 * Contact safety, shown wherever contact details are: at the top of the case page and beside the contact
 * section. Coloured by its most serious flag; each flag is a sentence, never a colour alone.
 */
export function SafetyBanner({ contact, id }: { contact: Pick<Contact, 'doNotContact' | 'unsafePersonMayMonitor' | 'othersAwareOfContact'>; id?: string }) {
  const { t } = useTranslation();
  const items = safetyItems(contact);
  const level = safetyLevel(items);
  return (
    <section id={id} className={`safety-banner safety-${level}`} aria-label={t('safety.title')} data-testid="safety-banner" data-level={level}>
      <strong className="safety-title">{t(`safety.level_${level}`)}</strong>
      <ul className="safety-list">
        {items.map((i) => (
          <li key={i.testId} className={`safety-item safety-item-${i.level}`} data-testid={i.testId}>
            <span aria-hidden="true" className="safety-mark">
              {MARK[i.level]}
            </span>
            {t(i.key)}
          </li>
        ))}
      </ul>
    </section>
  );
}
