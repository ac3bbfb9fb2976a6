import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/StatusMessage';
import { BACKGROUND_FIELDS, IDENTITY_FIELDS } from '../intake/profileFields';
import { ProfileEditor } from '../intake/ProfileEditor';
import { ProfileView } from '../intake/ProfileView';
import { actsAsCaseworker } from '../permissions';
import type { CaseTabProps } from './tabProps';

/** Every profile field with its answer state; caseworkers on the case can edit them. */
export function ProfileTab({ file }: CaseTabProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const profile = file.profile;
  if (!profile) return null;
  if (editing) {
    return (
      <ProfileEditor
        file={file}
        onDone={(saved) => {
          setEditing(false);
          setMessage(saved ? t('profileTab.saved') : '');
        }}
      />
    );
  }
  return (
    <div className="profile-tab">
      <div className="section-head">
        <h2>{t('casePage.tabProfile')}</h2>
        {actsAsCaseworker(file) ? (
          <Button className="button" onPress={() => setEditing(true)} data-testid="profile-edit">
            {t('profileTab.edit')}
          </Button>
        ) : null}
      </div>
      <StatusMessage testId="profile-status">{message}</StatusMessage>
      <div className="two-columns">
        <ProfileView profile={profile} fields={IDENTITY_FIELDS} title={t('intakeWizard.stepIdentity')} titleId="profile-identity" />
        <ProfileView profile={profile} fields={BACKGROUND_FIELDS} title={t('intakeWizard.stepBackground')} titleId="profile-background" />
      </div>
    </div>
  );
}
