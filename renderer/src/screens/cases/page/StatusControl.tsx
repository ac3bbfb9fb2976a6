import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { caseFileSchema, type CaseFile } from '../../../../../shared/cases/schemas';
import { CASE_STATUSES } from '../../../../../shared/cases/vocab';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/SelectField';
import { storeFile, useSetStatus } from '../../../data/cases';
import { vocabKey, type CaseStatus } from '../vocab';

/**
 * Case status with an explicit "Change" press: a list that changed the status as soon as it moved would
 * close a case on a stray key. A CONFLICT shows the status as it is now.
 */
export function StatusControl({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const setStatus = useSetStatus();
  const current = file.header.status;
  const [choice, setChoice] = useState<CaseStatus>(current);
  const options = CASE_STATUSES.map((s) => ({ id: s, label: t(vocabKey('status', s)) }));

  const apply = () => {
    if (setStatus.isPending || choice === current) return;
    setStatus.mutate(
      { caseId: file.header.id, version: file.header.version, status: choice },
      {
        onError: (err) => {
          const now = caseFileSchema.safeParse(err.current);
          if (err.code === 'CONFLICT' && now.success) {
            storeFile(qc, now.data);
            setChoice(now.data.header.status);
          }
        },
      },
    );
  };

  return (
    <div className="status-control">
      <div className="inline-form">
        <SelectField label={t('casePage.changeStatus')} hideLabel options={options} value={choice} onChange={(v) => setChoice(v as CaseStatus)} testId="status-select" />
        {choice !== current ? (
          <Button className="button button-primary button-small" data-busy={setStatus.isPending || undefined} onPress={apply} data-testid="status-apply">
            {t('casePage.applyStatus', { status: t(vocabKey('status', choice)) })}
          </Button>
        ) : null}
      </div>
      <ErrorMessage error={setStatus.error} />
    </div>
  );
}
