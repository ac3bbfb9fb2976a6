import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../shared/cases/schemas';
import { useLegalSummary } from '../../data/legal';
import { useIsoDay } from './isoDay';

/**
 * All a caseworker learns of a survivor's legal matters (8 U.S.C. 1367): that one is open, so they ask the
 * legal aide, and the court dates the survivor must be accompanied to. Shown to people who hold the summary
 * part but not the matters themselves; a legal aide has the Legal tab instead.
 */
export function CaseLegalNotice({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const applies = file.parts.includes('legal.summary') && !file.parts.includes('legal');
  const summary = useLegalSummary(file.header.id, applies);
  const s = summary.data;
  if (!applies || !s || (!s.hasOpenMatter && s.accompanyCourtDates.length === 0)) return null;
  return (
    <section className="alert alert-warning legal-notice" aria-labelledby="legal-notice-title" data-testid="legal-notice">
      <h2 id="legal-notice-title" className="legal-notice-title">
        {t('legalPage.notice.title')}
      </h2>
      {s.hasOpenMatter ? <p data-testid="legal-notice-open">{t('legalPage.notice.open')}</p> : null}
      {s.accompanyCourtDates.length ? (
        <>
          <p>{t('legalPage.notice.accompany')}</p>
          <ul data-testid="legal-notice-court-dates">
            {s.accompanyCourtDates.map((c) => (
              <li key={`${c.date}-${c.time ?? ''}`}>
                <strong>{day.weekday(c.date)}</strong>
                {c.time ? ` · ${c.time}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
