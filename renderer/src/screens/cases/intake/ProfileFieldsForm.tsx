import { useTranslation } from 'react-i18next';
import { needsHhsMinorNotification } from '../../../../../shared/rules/minor';
import { useSettings } from '../../../data/settings';
import type { Draft } from '../answers';
import { AnswerField } from './AnswerField';
import type { FieldSpec, ProfileDrafts, ProfileField } from './profileFields';

interface Props {
  fields: readonly FieldSpec[];
  drafts: ProfileDrafts;
  onDraft: (name: ProfileField, d: Draft) => void;
  errors: Partial<Record<ProfileField, string>>;
}

/**
 * Answer fields for part of the profile. When the person may be a minor (and the centre works in the US),
 * it says before saving that the 24-hour HHS notification task will be created.
 */
export function ProfileFieldsForm({ fields, drafts, onDraft, errors }: Props) {
  const { t } = useTranslation();
  const settings = useSettings();
  const minor = drafts.minor;
  const minorValue = minor.state === 'known' && !Array.isArray(minor.value) ? minor.value : null;
  const hhs = settings.data && needsHhsMinorNotification(minorValue as 'yes' | 'no' | 'possible' | null, settings.data.jurisdiction);
  return (
    <div className="answer-list">
      {fields.map((f) => (
        <AnswerField key={f.name} spec={f} draft={drafts[f.name]} onChange={(d) => onDraft(f.name, d)} error={errors[f.name]}>
          {f.name === 'minor' && hhs ? (
            <p className="hhs-hint" role="note" data-testid="hhs-hint">
              {t('intakeWizard.hhsHint')}
            </p>
          ) : null}
        </AnswerField>
      ))}
    </div>
  );
}
