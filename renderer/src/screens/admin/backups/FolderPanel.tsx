import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextInput } from '../../../components/TextInput';
import { useFormErrors } from '../../../components/useFormErrors';
import { useSetBackupFolder } from '../../../data/backups';
import { folderPathProblem } from './folderPath';

/**
 * Where backups go. A typed path rather than a folder picker: the Chromium host has no native dialog and
 * the page never touches the file system, so the field checks the path's shape and the core checks that
 * the folder exists and can be written (BACKUP_FOLDER_UNAVAILABLE otherwise).
 */
export function FolderPanel({ folder }: { folder: string | null }) {
  const { t } = useTranslation();
  const save = useSetBackupFolder();
  const [value, setValue] = useState(folder ?? '');
  // A flag, not the text: the message follows a language switch.
  const [saved, setSaved] = useState(false);
  const { errors, refuse, clear, formRef } = useFormErrors();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const problem = folderPathProblem(value);
    refuse(problem ? { folder: t(problem) } : {});
    if (problem) return;
    save.mutate(
      { folder: value.trim() },
      {
        onSuccess: (r) => {
          setValue(r.folder);
          setSaved(true);
        },
        onError: (err) => {
          if (err.code === 'VALIDATION') refuse({ folder: t('backupsPage.folderNotAbsolute') });
        },
      },
    );
  };

  return (
    <section className="panel backups-panel" aria-labelledby="backups-folder-title">
      <h3 id="backups-folder-title">{t('backupsPage.folderTitle')}</h3>
      <Form ref={formRef} onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
        {/* The field and its button on one line: the panel stays short enough for 1024x640. */}
        <div className="backups-folder-row">
          <TextInput
            name="folder"
            label={t('backupsPage.folderLabel')}
            aria-describedby="backups-folder-help"
            value={value}
            onChange={(v) => {
              setValue(v);
              setSaved(false);
              clear('folder');
            }}
            autoComplete="off"
            testId="backups-folder"
          />
          <Button type="submit" className="button" data-busy={save.isPending || undefined} data-testid="backups-folder-save">
            {t('backupsPage.folderSave')}
          </Button>
        </div>
        {/* Under the field and its button both, so it reads as a paragraph rather than a narrow column. */}
        <p id="backups-folder-help" className="field-description backups-folder-help">
          {t('backupsPage.folderHelp')}
        </p>
        <ErrorMessage error={save.error && save.error.code !== 'VALIDATION' ? save.error : null} />
        <p role="status" className={saved ? 'backups-note' : 'status-empty'} data-testid="backups-folder-status">
          {saved ? t('backupsPage.folderSaved') : ''}
        </p>
      </Form>
    </section>
  );
}
