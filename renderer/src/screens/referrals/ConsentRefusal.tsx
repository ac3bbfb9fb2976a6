import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHARE_CATEGORIES, type ShareCategory } from '../../../../shared/referrals/vocab';
import type { HavenError } from '../../data/result';
import { CATEGORY_LABEL } from './labels';

const LACKS: Record<string, string> = {
  consent: 'referralsPage.lacksConsent',
  agreement: 'referralsPage.lacksAgreement',
  'consent+agreement': 'referralsPage.lacksBoth',
};

/** The categories a CONSENT_REQUIRED refusal names, each with what is missing for it (the core's `fields`). */
export function missingOf(error: HavenError): Array<{ category: ShareCategory; lacks: string }> {
  const fields = error.fields ?? {};
  return SHARE_CATEGORIES.filter((c) => fields[`categories.${c}`] !== undefined).map((c) => ({ category: c, lacks: fields[`categories.${c}`]! }));
}

/**
 * Why nothing was shared, in plain words: which categories no active release (or partner agreement) covers
 * for this agency, and whether a cross-border legal basis is missing. Nothing was sent.
 */
export function ConsentRefusal({ error, agency, title = 'referralsPage.refusedTitle' }: { error: HavenError; agency: string; title?: string }) {
  const { t } = useTranslation();
  const missing = missingOf(error);
  const fields = error.fields ?? {};
  const ref = useRef<HTMLDivElement>(null);
  // It appears at the foot of a long dialog: bring it into view (role=alert already announces it).
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);
  return (
    <div ref={ref} role="alert" className="alert alert-error consent-refusal" data-testid="consent-refusal" data-code={error.code}>
      <p>
        <strong>{t(title)}</strong> {t('referralsPage.refusedBody', { agency })}
      </p>
      {missing.length ? (
        <ul data-testid="consent-refusal-missing">
          {missing.map((m) => (
            <li key={m.category} data-category={m.category}>
              <strong>{t(CATEGORY_LABEL[m.category])}</strong> — {t(LACKS[m.lacks] ?? 'referralsPage.lacksConsent')}
            </li>
          ))}
        </ul>
      ) : null}
      {fields.consent !== undefined ? <p>{t('referralsPage.noActiveConsent', { agency })}</p> : null}
      {fields.crossBorderBasis !== undefined ? <p>{t('referralsPage.lacksBasis')}</p> : null}
      <p className="small">{t('referralsPage.refusedNext')}</p>
    </div>
  );
}
