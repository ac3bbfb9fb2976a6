import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../../shared/cases/schemas';
import { ContactView } from '../page/ContactView';
import { countStates } from '../answers';
import { ALL_FIELDS, BACKGROUND_FIELDS, IDENTITY_FIELDS } from './profileFields';
import { ProfileView } from './ProfileView';

/** Everything saved so far, read-only, with a count of Unknown and Declined answers before completing. */
export function ReviewStep({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const profile = file.profile;
  const counts = countStates(ALL_FIELDS.map((f) => profile?.[f.name]));
  return (
    <div className="review">
      <p className="review-counts" data-testid="review-counts">
        {t('intakeWizard.reviewCounts', { known: String(counts.known), unknown: String(counts.unknown), declined: String(counts.declined) })}
      </p>
      {profile ? (
        <div className="two-columns">
          <ProfileView profile={profile} fields={IDENTITY_FIELDS} title={t('intakeWizard.stepIdentity')} titleId="review-identity" />
          <ProfileView profile={profile} fields={BACKGROUND_FIELDS} title={t('intakeWizard.stepBackground')} titleId="review-background" />
        </div>
      ) : null}
      {file.contact ? (
        <section className="panel" aria-labelledby="review-contact">
          <h3 id="review-contact">{t('intakeWizard.stepContact')}</h3>
          <ContactView contact={file.contact} />
        </section>
      ) : null}
    </div>
  );
}
