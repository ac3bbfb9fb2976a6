import { useState } from 'react';
import { Button, Checkbox, DropZone, FileTrigger, Label, ProgressBar, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS } from '../../../../../shared/cases/vocab';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/SelectField';
import { useFormat } from '../../../i18n/format';
import { vocabKey, type DocumentKind } from '../vocab';
import { MAX_DOCUMENT_SIZE, percentOf } from './chunks';
import { useUpload } from './useUpload';

interface Props {
  caseId: number;
  /** Which of the two document parts this person may add to. */
  general: boolean;
  legal: boolean;
  onMessage: (m: string) => void;
}

/**
 * Add a document: drop a file or choose one (keyboard), set its kind and whether it is a legal document,
 * then upload. It is encrypted chunk by chunk as it arrives; the bar shows progress and it can be cancelled.
 */
export function UploadPanel({ caseId, general, legal, onMessage }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const upload = useUpload(caseId);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>('other');
  const [isLegal, setLegal] = useState(!general);
  const problem = file && file.size === 0 ? t('documentsPage.empty') : file && file.size > MAX_DOCUMENT_SIZE ? t('documentsPage.tooLarge', { max: fmt.bytes(MAX_DOCUMENT_SIZE) }) : null;
  const busy = upload.phase !== 'idle';

  const start = async () => {
    if (!file || problem || busy) return;
    const out = await upload.start(file, kind, isLegal);
    if (out === 'cancelled') onMessage(t('documentsPage.cancelled', { name: file.name }));
    else if (out) {
      onMessage(t('documentsPage.uploaded', { name: out.filename }));
      setFile(null);
    }
  };

  return (
    <section className="panel upload-panel" aria-labelledby="upload-title" data-testid="upload-panel">
      <h3 id="upload-title">{t('documentsPage.addTitle')}</h3>
      <DropZone
        className="drop-zone"
        aria-label={t('documentsPage.dropLabel')}
        isDisabled={busy}
        onDrop={async (e) => {
          const item = e.items.find((i) => i.kind === 'file');
          if (item && item.kind === 'file') setFile(await item.getFile());
        }}
        data-testid="upload-zone"
      >
        <Text slot="label" className="drop-text">
          {t('documentsPage.dropHere')}
        </Text>
        <FileTrigger onSelect={(files) => files?.[0] && setFile(files[0])}>
          <Button className="button" isDisabled={busy} data-testid="upload-choose">
            {t('documentsPage.choose')}
          </Button>
        </FileTrigger>
      </DropZone>
      <div className="upload-options">
        <SelectField label={t('documentsPage.kind')} options={DOCUMENT_KINDS.map((k) => ({ id: k, label: t(vocabKey('documentKind', k)) }))} value={kind} onChange={(k) => setKind(k as DocumentKind)} testId="upload-kind" />
        {general && legal ? (
          <Checkbox className="checkbox" isSelected={isLegal} onChange={setLegal} data-testid="upload-legal">
            <span className="checkbox-box" aria-hidden="true" />
            <span>
              {t('documentsPage.legal')} <span className="muted small">— {t('documentsPage.legalHelp')}</span>
            </span>
          </Checkbox>
        ) : (
          <p className="muted small">{isLegal ? t('documentsPage.onlyLegal') : t('documentsPage.onlyGeneral')}</p>
        )}
      </div>
      {file ? (
        <p className="upload-file" data-testid="upload-file">
          <strong>{file.name}</strong> <span className="muted">· {fmt.bytes(file.size)}</span>
        </p>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {busy ? (
        <div className="upload-progress">
          <ProgressBar className="progress" value={percentOf(upload.sent, upload.total)} data-testid="upload-progress">
            {({ percentage, valueText }) => (
              <>
                <div className="progress-head">
                  <Label className="small">{upload.phase === 'cancelling' ? t('documentsPage.cancelling') : t('documentsPage.uploading', { name: file?.name ?? '' })}</Label>
                  <span className="small">{valueText}</span>
                </div>
                <div className="progress-track">
                  <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
          <Button className="button button-small" onPress={upload.cancel} isDisabled={upload.phase === 'cancelling'} data-testid="upload-cancel">
            {t('common.cancel')}
          </Button>
        </div>
      ) : (
        <div className="actions actions-start">
          <Button className="button button-primary" isDisabled={!file || Boolean(problem)} onPress={() => void start()} data-testid="upload-start">
            {t('documentsPage.upload')}
          </Button>
        </div>
      )}
      <ErrorMessage error={upload.error} />
    </section>
  );
}
