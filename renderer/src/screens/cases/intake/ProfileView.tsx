import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../../shared/cases/schemas';
import { AnswerDisplay } from './AnswerDisplay';
import type { FieldSpec } from './profileFields';

/** A group of profile fields, read-only, as a two-column definition list. */
export function ProfileView({ profile, fields, title, titleId }: { profile: Profile; fields: readonly FieldSpec[]; title: string; titleId: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <dl className="facts facts-wide">
        {fields.map((f) => (
          <div key={f.name} className="facts-row">
            <dt>{t(f.label)}</dt>
            <dd>
              <AnswerDisplay spec={f} answer={profile[f.name]} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
