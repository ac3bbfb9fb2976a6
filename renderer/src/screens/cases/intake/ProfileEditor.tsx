import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../../shared/cases/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { ConflictNotice } from './ConflictNotice';
import { ProfileFieldsForm } from './ProfileFieldsForm';
import { ALL_FIELDS, BACKGROUND_FIELDS, draftsOf, IDENTITY_FIELDS, profilePatch, type ProfileDrafts, type ProfileField } from './profileFields';
import { useCaseSaver } from './useCaseSaver';

/** Edit the whole profile of an existing case; only changed fields are sent. */
export function ProfileEditor({ file, onDone }: { file: CaseFile; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const saver = useCaseSaver(file);
  const [drafts, setDrafts] = useState<ProfileDrafts>(() => draftsOf(file.profile));
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [note, setNote] = useState('');

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (saver.pending) return;
    const { patch, errors: found } = profilePatch(ALL_FIELDS, drafts, saver.file?.profile ?? null);
    setErrors(found);
    if (Object.keys(found).length) {
      document.querySelector<HTMLElement>('.answer-field [aria-invalid="true"], .answer-field [data-invalid] input')?.focus();
      return;
    }
    if (await saver.saveProfile(patch)) onDone(true);
  };

  const onDraft = (name: ProfileField, d: ProfileDrafts[ProfileField]) => {
    setDrafts((p) => ({ ...p, [name]: d }));
    setErrors(({ [name]: _, ...rest }) => rest);
  };

  return (
    <Form className="form profile-editor" onSubmit={(e) => void submit(e)} aria-labelledby="profile-edit-title">
      <h2 id="profile-edit-title">{t('profileTab.editTitle')}</h2>
      {saver.conflict ? (
        <ConflictNotice
          current={saver.conflict}
          fields={ALL_FIELDS}
          drafts={drafts}
          onKeepMine={() => {
            saver.acceptCurrent();
            setNote(t('conflict.keptMine'));
          }}
          onUseTheirs={() => {
            const now = saver.acceptCurrent();
            if (now) setDrafts(draftsOf(now.profile));
            setNote(t('conflict.usedTheirs'));
          }}
        />
      ) : null}
      <StatusMessage>{note}</StatusMessage>
      <h3>{t('intakeWizard.stepIdentity')}</h3>
      <ProfileFieldsForm fields={IDENTITY_FIELDS} drafts={drafts} onDraft={onDraft} errors={errors} />
      <h3>{t('intakeWizard.stepBackground')}</h3>
      <ProfileFieldsForm fields={BACKGROUND_FIELDS} drafts={drafts} onDraft={onDraft} errors={errors} />
      <ErrorMessage error={saver.error} />
      <div className="actions sticky-actions">
        <Button className="button" onPress={() => onDone(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" data-busy={saver.pending || undefined} data-testid="profile-save">
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
