import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

export type PlaceholderSection = 'cases' | 'referrals' | 'schedule' | 'legal' | 'reports';

const TEXT: Record<PlaceholderSection, { title: string; body: string }> = {
  cases: { title: 'nav.cases', body: 'placeholders.cases' },
  referrals: { title: 'nav.referrals', body: 'placeholders.referrals' },
  schedule: { title: 'nav.schedule', body: 'placeholders.schedule' },
  legal: { title: 'nav.legal', body: 'placeholders.legal' },
  reports: { title: 'nav.reports', body: 'placeholders.reports' },
};

/**
 * A section whose capability is not built yet. It says plainly what will fill it; it never shows sample
 * data that could be mistaken for a real survivor's record.
 */
export function PlaceholderPage({ section }: { section: PlaceholderSection }) {
  const { t } = useTranslation();
  const text = TEXT[section];
  return (
    <>
      <PageTitle>{t(text.title)}</PageTitle>
      <div className="placeholder" data-testid={`placeholder-${section}`}>
        <p>{t(text.body)}</p>
        <p className="muted small">{t('placeholders.note')}</p>
      </div>
    </>
  );
}
